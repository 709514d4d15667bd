package dev.restsh.shell.request;

import dev.restsh.shell.ErrorText;
import dev.restsh.shell.RestshException;
import java.io.IOException;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads the files that {@code @file} items name, relative to a folder, with one-line errors. */
final class FileReferences {
    private final Path folder;

    FileReferences(Path folder) {
        this.folder = folder;
    }

    Path resolve(String name) {
        String expanded = name.startsWith("~/") ? System.getProperty("user.home") + name.substring(1) : name;
        return folder.resolve(expanded);
    }

    byte[] read(String name) {
        Path path = resolve(name);
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw RestshException.usage("no such file: " + path);
        } catch (IOException e) {
            throw RestshException.usage("cannot read " + path + ": " + ErrorText.of(e));
        }
    }

    /** The Content-Type to send a file as, by its name; JSON-looking content otherwise, else octet-stream. */
    static String contentType(String name, byte[] content) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return "application/json";
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return "application/yaml";
        }
        String guessed = URLConnection.guessContentTypeFromName(lower);
        if (guessed != null) {
            return guessed;
        }
        String start = new String(content, 0, Math.min(content.length, 64), java.nio.charset.StandardCharsets.UTF_8)
                .stripLeading();
        return start.startsWith("{") || start.startsWith("[") ? "application/json" : "application/octet-stream";
    }
}
