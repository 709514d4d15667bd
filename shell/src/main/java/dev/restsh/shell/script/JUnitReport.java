package dev.restsh.shell.script;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a script run as JUnit XML (the format CI systems read): one test suite per script, one test case per
 * expectation, failed ones with their explanation, lines that ended in an error as errors.
 */
public final class JUnitReport {
    private JUnitReport() {}

    public static void write(ScriptRun run, Path target) {
        TextFile.write(target, xml(run));
    }

    static String xml(ScriptRun run) {
        List<ScriptEvent> events = run.events();
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuite name=\"")
                .append(escape(run.name()))
                .append("\" tests=\"")
                .append(events.size())
                .append("\" failures=\"")
                .append(run.count(ScriptEvent.Kind.FAILED))
                .append("\" errors=\"")
                .append(run.count(ScriptEvent.Kind.ERROR))
                .append("\" skipped=\"0\" time=\"")
                .append(seconds(run))
                .append("\">\n");
        out.append("  <properties>\n    <property name=\"requests\" value=\"")
                .append(run.requests())
                .append("\"/>\n  </properties>\n");
        for (ScriptEvent event : events) {
            String line = event.line() == null ? "" : ":" + event.line().number();
            out.append("  <testcase classname=\"")
                    .append(escape(run.name()))
                    .append("\" name=\"")
                    .append(escape(run.name() + line + " " + event.name()))
                    .append("\" time=\"0\"");
            if (event.kind() == ScriptEvent.Kind.PASSED) {
                out.append("/>\n");
                continue;
            }
            String element = event.kind() == ScriptEvent.Kind.FAILED ? "failure" : "error";
            out.append(">\n    <")
                    .append(element)
                    .append(" message=\"")
                    .append(escape(event.message()))
                    .append("\">")
                    .append(escape(event.details()))
                    .append("</")
                    .append(element)
                    .append(">\n  </testcase>\n");
        }
        return out.append("</testsuite>\n").toString();
    }

    private static String seconds(ScriptRun run) {
        return String.format(Locale.ROOT, "%.3f", run.elapsed().toNanos() / 1e9);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    // XML 1.0 cannot carry most control characters (ANSI escapes from coloured output).
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
