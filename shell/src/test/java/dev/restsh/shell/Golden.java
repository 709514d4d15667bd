package dev.restsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files for rendered output, under src/test/resources/golden/. Run the tests with
 * {@code -Dgolden.update=true} to rewrite them after an intended change, then review the diff.
 */
public final class Golden {
    private static final Path DIRECTORY = Path.of("src/test/resources/golden");

    private Golden() {}

    public static void assertMatches(String name, String actual) {
        Path file = DIRECTORY.resolve(name);
        try {
            if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
                if (!Boolean.getBoolean("golden.update")) {
                    throw new AssertionError("no golden file " + file + ": run with -Dgolden.update=true to create it");
                }
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(actual).as("golden file " + name).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces what changes from run to run (ports, dates, timings) with fixed placeholders. */
    public static String stable(String text) {
        return text.replaceAll("127\\.0\\.0\\.1:\\d+", "127.0.0.1:PORT")
                .replaceAll("(?m)^(\u001b\\[36m)?Date(\u001b\\[0m)?: .*$", "$1Date$2: DATE")
                .replaceAll("\\(\\d+(\\.\\d+)? ms", "(TIME ms");
    }
}
