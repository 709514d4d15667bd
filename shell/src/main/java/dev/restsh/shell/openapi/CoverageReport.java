package dev.restsh.shell.openapi;

import dev.restsh.shell.ErrorText;
import dev.restsh.shell.RestshException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes coverage to a file, as its extension asks: {@code .json} for tools, {@code .html} for people. */
public final class CoverageReport {
    private CoverageReport() {}

    /** Throws a usage error for another extension, before anything runs (see {@link #check}). */
    public static void write(Coverage coverage, Path file) {
        String text;
        if (isHtml(file)) {
            text = CoverageHtml.page(coverage);
        } else {
            check(file);
            StringWriter json = new StringWriter();
            CoverageJson.write(coverage, json);
            text = json + "\n";
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw RestshException.usage("cannot write the coverage report " + file + ": " + ErrorText.of(e));
        }
    }

    /** A usage error unless the file ends in {@code .json} or {@code .html} (or {@code .htm}). */
    public static void check(Path file) {
        String name =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".json") && !isHtml(file)) {
            throw RestshException.usage(
                    "the coverage report's file must end in .json or .html (the format), not " + file.getFileName());
        }
    }

    private static boolean isHtml(Path file) {
        String name =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }
}
