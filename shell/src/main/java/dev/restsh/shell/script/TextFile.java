package dev.restsh.shell.script;

import dev.restsh.shell.ErrorText;
import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a script's or a report's text to its file, making the folders it needs (CI's {@code target/reports/…}). */
public final class TextFile {
    private TextFile() {}

    public static void write(Path target, String text) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // one line, as save says it (an unexpected error with a stack trace before)
            throw new RestshException(ExitStatus.ERROR, "cannot write " + target + ": " + ErrorText.of(e), e);
        }
    }
}
