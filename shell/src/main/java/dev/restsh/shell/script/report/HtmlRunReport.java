package dev.restsh.shell.script.report;

import static dev.restsh.shell.render.HtmlText.escape;

import java.util.Locale;

/**
 * A run as one self-contained HTML page (inline CSS, no script, no external asset), for a person: the summary,
 * then each line that ran; a line opens on its expectations (a failed one with its explanation and diff) and its
 * exchanges, each collapsible. Failed lines start open.
 */
final class HtmlRunReport {
    private static final String STYLE = """
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:70rem;\
            padding:0 1rem;color:#1f2328;background:#fff}
            h1{font-size:1.5rem;margin:0 0 .3rem}
            .summary{display:flex;gap:1.5rem;flex-wrap:wrap;align-items:center;padding:.8rem 1rem;border-radius:8px;\
            margin:1rem 0 1.5rem;border:1px solid #d0d7de;background:#f6f8fa}
            .badge{font-weight:700;padding:.15rem .6rem;border-radius:1rem;color:#fff;font-size:.85rem}
            .badge.ok,.badge.passed{background:#1a7f37}.badge.failed{background:#cf222e}.badge.error{background:#9a6700}
            .count b{font-size:1.2rem}
            details{border:1px solid #d0d7de;border-radius:6px;margin:.45rem 0;background:#fff}
            details>summary{cursor:pointer;padding:.45rem .7rem;list-style-position:inside}
            details[open]>summary{border-bottom:1px solid #d0d7de}
            details.step{border-left:4px solid #1a7f37}
            details.step.failed{border-color:#cf222e;border-left-color:#cf222e}
            details.step.error{border-color:#9a6700;border-left-color:#9a6700}
            .body{padding:.5rem .9rem}
            code,pre{font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
            pre{background:#f6f8fa;padding:.6rem .8rem;border-radius:6px;overflow:auto;white-space:pre-wrap;\
            word-break:break-word;margin:.4rem 0}
            .line{color:#656d76;min-width:3.5rem;display:inline-block}
            .check{margin:.3rem 0}.check .badge{margin-right:.5rem}
            .muted{color:#656d76;font-size:.85rem}
            h3{font-size:.95rem;margin:.7rem 0 .2rem}
            """;

    private HtmlRunReport() {}

    static String html(RunReport report) {
        StringBuilder out =
                new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.append("<title>").append(escape(report.script())).append(report.passed() ? " passed" : " failed");
        out.append(" · restsh</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        out.append("<h1>").append(escape(report.script())).append("</h1>\n");
        out.append("<div class=\"summary\">").append(badge(report.passed() ? "passed" : "failed"));
        count(out, report.requests(), "requests sent");
        count(out, report.expectationsPassed(), "expectations passed");
        count(out, report.expectationsFailed(), "failed");
        count(out, report.errors(), "errors");
        out.append("<span class=\"count\"><b>")
                .append(String.format(Locale.ROOT, "%.2f", report.seconds()))
                .append("</b> s</span>");
        if (report.stopped()) {
            out.append("<span>stopped (quit)</span>");
        }
        out.append("</div>\n<h2>Steps</h2>\n");
        for (RunReport.Step step : report.steps()) {
            step(out, step);
        }
        return out.append(
                        "<p class=\"muted\">Written by restsh. Secret headers and query parameters are shown as ***.</p>\n")
                .append("</body>\n</html>\n")
                .toString();
    }

    private static void step(StringBuilder out, RunReport.Step step) {
        boolean open = !step.outcome().equals("ok");
        out.append("<details class=\"step ").append(step.outcome()).append('"');
        out.append(open ? " open>" : ">").append("<summary>").append(badge(step.outcome()));
        out.append(" <span class=\"line\">line ").append(step.line()).append("</span> <code>");
        out.append(escape(step.command())).append("</code>");
        if (step.status() != 0 && !step.outcome().equals("failed")) { // a failed expectation's 6 says nothing more
            out.append(" <span class=\"muted\">exit status ")
                    .append(step.status())
                    .append("</span>");
        }
        out.append("</summary>\n<div class=\"body\">\n");
        for (RunReport.Check check : step.checks()) {
            out.append("<div class=\"check\">");
            if (!check.name().equals(step.command())) { // an expect line's own check is named in the summary
                out.append(badge(check.outcome()))
                        .append("<code>")
                        .append(escape(check.name()))
                        .append("</code>");
            }
            if (!check.message().isEmpty()) {
                out.append(" <span class=\"muted\">")
                        .append(escape(check.message()))
                        .append("</span>");
            }
            if (!check.details().isEmpty()) {
                out.append("<pre>").append(escape(check.details())).append("</pre>");
            }
            out.append("</div>\n");
        }
        for (ReportExchange exchange : step.exchanges()) {
            exchange(out, exchange);
        }
        if (step.checks().isEmpty() && step.exchanges().isEmpty()) {
            out.append("<span class=\"muted\">no expectations, no requests</span>\n");
        }
        out.append("</div>\n</details>\n");
    }

    private static void exchange(StringBuilder out, ReportExchange exchange) {
        out.append("<details class=\"exchange\"><summary><code>_")
                .append(exchange.number())
                .append(' ');
        out.append(escape(exchange.method()))
                .append(' ')
                .append(escape(exchange.url()))
                .append(" → ");
        out.append(escape(exchange.status())).append("</code> <span class=\"muted\">");
        out.append(String.format(Locale.ROOT, "%.1f ms", exchange.millis()));
        if (exchange.importedFrom() != null) {
            out.append(", imported from ").append(escape(exchange.importedFrom()));
        }
        out.append("</span></summary>\n");
        out.append("<div class=\"body\"><h3>Request</h3><pre>");
        out.append(escape(exchange.method() + " " + exchange.url()));
        head(out, exchange.requestHeaders(), exchange.requestBody());
        out.append("</pre><h3>Response</h3><pre>").append(escape(exchange.status()));
        head(out, exchange.responseHeaders(), exchange.responseBody());
        out.append("</pre></div></details>\n");
    }

    private static void head(StringBuilder out, java.util.List<String> headers, String body) {
        for (String header : headers) {
            out.append('\n').append(escape(header));
        }
        if (!body.isEmpty()) {
            out.append("\n\n").append(escape(body));
        }
    }

    private static String badge(String outcome) {
        return "<span class=\"badge " + outcome + "\">" + outcome.toUpperCase(Locale.ROOT) + "</span>";
    }

    private static void count(StringBuilder out, long value, String label) {
        out.append("<span class=\"count\"><b>")
                .append(value)
                .append("</b> ")
                .append(label)
                .append("</span>");
    }
}
