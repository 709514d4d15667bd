package dev.restsh.shell.command;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.script.ScriptRun;
import dev.restsh.shell.script.report.ReportFormat;
import dev.restsh.shell.script.report.RunReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reports {@code run --report FORMAT [FILE] …} asks for. picocli gives the values of every {@code --report} as
 * one list; a format name starts a report, a word after it is its file. Only TAP may go without a file (stdout).
 */
final class ReportRequests {
    private static final String JUNIT = "junit";

    private final Path junit;
    private final Map<ReportFormat, Optional<Path>> others;

    private ReportRequests(Path junit, Map<ReportFormat, Optional<Path>> others) {
        this.junit = junit;
        this.others = others;
    }

    static ReportRequests parse(List<String> values, Path folder) {
        Path junit = null;
        Map<ReportFormat, Optional<Path>> others = new java.util.EnumMap<>(ReportFormat.class);
        List<String> words = values == null ? List.of() : new ArrayList<>(values);
        for (int i = 0; i < words.size(); i++) {
            String format = words.get(i);
            boolean isJunit = format.equalsIgnoreCase(JUNIT);
            Optional<ReportFormat> named = ReportFormat.named(format);
            if (!isJunit && named.isEmpty()) {
                throw RestshException.usage(
                        "unknown report format '" + format + "': use junit FILE, json FILE, html FILE or tap [FILE]");
            }
            String file = i + 1 < words.size() && !isFormat(words.get(i + 1)) ? words.get(++i) : null;
            if (file == null && !(named.isPresent() && named.get() == ReportFormat.TAP)) {
                throw RestshException.usage("--report " + format + " needs a FILE (for example: --report " + format
                        + " target/report." + (isJunit ? "xml" : format) + ")");
            }
            Optional<Path> target =
                    file == null || file.equals("-") ? Optional.empty() : Optional.of(folder.resolve(file));
            if (isJunit) {
                junit = target.orElseThrow(() -> RestshException.usage("--report junit needs a FILE"));
            } else {
                others.put(named.get(), target);
            }
        }
        return new ReportRequests(junit, others);
    }

    Path junit() {
        return junit;
    }

    /** Writes the JSON, HTML and TAP reports of a finished run (to their files, or TAP to stdout). */
    void write(ScriptRun run, ShellContext context) {
        if (others.isEmpty()) {
            return;
        }
        RunReport report = RunReport.of(run, context.session().history());
        others.forEach((format, target) -> {
            if (target.isPresent()) {
                format.write(report, target.get());
            } else {
                context.console().out().print(format.text(report));
                context.console().out().flush();
            }
        });
    }

    private static boolean isFormat(String word) {
        return word.equalsIgnoreCase(JUNIT) || ReportFormat.named(word).isPresent();
    }
}
