package dev.restsh.shell.script.report;

import dev.restsh.shell.render.TerminalText;

/**
 * A run in TAP version 14: one test point per expectation, and one per line without expectations (a request, a
 * command), {@code not ok} for a failure or an error, with YAML diagnostics (message, line, details).
 */
final class TapRunReport {
    private TapRunReport() {}

    static String tap(RunReport report) {
        StringBuilder points = new StringBuilder();
        int count = 0;
        for (RunReport.Step step : report.steps()) {
            if (step.checks().isEmpty()) {
                count++;
                point(points, count, !step.outcome().equals("ok"), step.line(), step.command(), "", "");
                continue;
            }
            for (RunReport.Check check : step.checks()) {
                count++;
                point(
                        points,
                        count,
                        !check.outcome().equals("passed"),
                        step.line(),
                        check.name(),
                        check.message(),
                        check.details());
            }
        }
        StringBuilder out = new StringBuilder("TAP version 14\n");
        out.append("1..").append(count).append('\n').append(points);
        out.append("# ")
                .append(report.script())
                .append(": ")
                .append(report.requests())
                .append(" requests, ");
        out.append(report.expectationsPassed()).append(" expectations passed, ");
        out.append(report.expectationsFailed())
                .append(" failed, ")
                .append(report.errors())
                .append(" errors\n");
        return out.toString();
    }

    private static void point(
            StringBuilder out, int number, boolean failed, int line, String name, String message, String details) {
        out.append(failed ? "not ok " : "ok ").append(number).append(" - ");
        // '#' starts a directive in TAP; a description may not contain it unescaped.
        out.append(TerminalText.visible(("line " + line + ": " + name)
                .replace("\\", "\\\\")
                .replace("#", "\\#")
                .replace('\n', ' ')));
        out.append('\n');
        if (!failed) {
            return;
        }
        out.append("  ---\n");
        out.append("  line: ").append(line).append('\n');
        if (!message.isEmpty()) {
            out.append("  message: ").append(quoted(message)).append('\n');
        }
        if (!details.isEmpty()) {
            out.append("  details: |-\n");
            // YAML carries no control characters: a server's, quoted in the details, are shown as a terminal would
            for (String detail : TerminalText.visible(details.strip()).split("\r?\n", -1)) {
                out.append("    ").append(detail).append('\n');
            }
        }
        out.append("  ...\n");
    }

    /** A YAML double-quoted scalar. */
    private static String quoted(String text) {
        return "\""
                + TerminalText.visible(text.replace("\\", "\\\\")
                        .replace("\"", "\\\"")
                        .replace("\r", "\\r")
                        .replace("\n", "\\n"))
                + "\"";
    }
}
