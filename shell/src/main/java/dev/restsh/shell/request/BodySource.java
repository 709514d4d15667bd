package dev.restsh.shell.request;

import java.nio.file.Path;

/**
 * Where a request's body may come from besides its items: how fields are encoded ({@code --form},
 * {@code --multipart}), the bytes piped to a one-shot command (null when there are none), and the folder that
 * {@code @file} names are relative to.
 */
public record BodySource(boolean form, boolean multipart, byte[] stdin, Path folder) {
    public static BodySource json() {
        return new BodySource(false, false, null, Path.of(""));
    }
}
