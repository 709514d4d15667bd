package dev.restsh.shell.script.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.restsh.shell.json.Json;
import dev.restsh.shell.script.TextFile;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/** The report formats made from a {@link RunReport} (JUnit XML is written by the script runner itself). */
public enum ReportFormat {
    JSON,
    HTML,
    TAP;

    /** The format of that name ({@code json}, {@code html}, {@code tap}), if there is one. */
    public static Optional<ReportFormat> named(String name) {
        for (ReportFormat format : values()) {
            if (format.name().equalsIgnoreCase(name)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    public String text(RunReport report) {
        return switch (this) {
            case JSON -> json(report);
            case HTML -> HtmlRunReport.html(report);
            case TAP -> TapRunReport.tap(report);
        };
    }

    public void write(RunReport report, Path target) {
        TextFile.write(target, text(report));
    }

    private static String json(RunReport report) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
