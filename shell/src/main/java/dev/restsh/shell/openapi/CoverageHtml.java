package dev.restsh.shell.openapi;

import static dev.restsh.shell.render.HtmlText.escape;

import dev.restsh.shell.http.UrlCredentials;
import java.util.Locale;
import java.util.Map;

/**
 * Coverage as one self-contained HTML page (inline CSS, no scripts, nothing fetched): the two percentages as bars,
 * one row per operation with its responses as chips (seen, not seen, seen but not documented), then the requests
 * that matched no operation.
 */
final class CoverageHtml {
    private static final String STYLE = """
            :root { --ink: #1f2328; --muted: #656d76; --line: #d0d7de; --seen: #1a7f37; --seen-bg: #dafbe1;
              --missing-bg: #f6f8fa; --odd: #cf222e; --odd-bg: #ffebe9; --accent: #0969da; }
            * { box-sizing: border-box; }
            body { margin: 0; padding: 32px 40px; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif;
              color: var(--ink); background: #fff; }
            h1 { font-size: 24px; margin: 0 0 4px; }
            h2 { font-size: 18px; margin: 32px 0 8px; }
            .source { color: var(--muted); margin: 0 0 24px; font-size: 13px; word-break: break-all; }
            .cards { display: flex; gap: 16px; flex-wrap: wrap; }
            .card { flex: 1 1 220px; border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; }
            .card .label { color: var(--muted); font-size: 13px; text-transform: uppercase; letter-spacing: .04em; }
            .card .value { font-size: 32px; font-weight: 600; }
            .card .detail { color: var(--muted); font-size: 13px; }
            .bar { height: 8px; background: var(--missing-bg); border: 1px solid var(--line); border-radius: 4px;
              margin-top: 8px; overflow: hidden; }
            .bar span { display: block; height: 100%; background: var(--seen); }
            table { border-collapse: collapse; width: 100%; margin-top: 8px; }
            th { text-align: left; font-size: 12px; text-transform: uppercase; letter-spacing: .04em;
              color: var(--muted); border-bottom: 2px solid var(--line); padding: 6px 10px; }
            td { border-bottom: 1px solid var(--line); padding: 8px 10px; vertical-align: top; }
            td.requests { text-align: right; font-variant-numeric: tabular-nums; width: 6em; }
            tr.unexercised td { background: #fafbfc; }
            tr.unexercised .path { color: var(--muted); }
            .method { display: inline-block; min-width: 64px; text-align: center; font: 600 12px/20px ui-monospace,
              monospace; border-radius: 4px; color: #fff; background: #57606a; }
            .m-get { background: #0969da; } .m-post { background: #1a7f37; } .m-put { background: #9a6700; }
            .m-patch { background: #8250df; } .m-delete { background: #cf222e; }
            .path { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; word-break: break-all; }
            .summary { color: var(--muted); font-size: 13px; }
            .chip { display: inline-block; margin: 0 4px 4px 0; padding: 0 8px; border-radius: 10px;
              font: 12px/20px ui-monospace, monospace; border: 1px solid var(--line); }
            .chip.seen { background: var(--seen-bg); border-color: var(--seen); color: var(--seen); font-weight: 600; }
            .chip.missing { background: var(--missing-bg); color: var(--muted); }
            .chip.undocumented { background: var(--odd-bg); border-color: var(--odd); color: var(--odd);
              font-weight: 600; }
            .legend { color: var(--muted); font-size: 13px; margin-top: 8px; }
            .none { color: var(--muted); }
            """;

    private CoverageHtml() {}

    static String page(Coverage coverage) {
        ApiDocument document = coverage.document();
        String title = document.title() + (document.version().isEmpty() ? "" : " " + document.version());
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>API coverage: ")
                .append(escape(title))
                .append("</title>\n<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>API coverage: ")
                .append(escape(title))
                .append("</h1>\n<p class=\"source\">")
                .append(escape(UrlCredentials.shown(document.source())))
                .append("</p>\n<div class=\"cards\">\n");
        card(
                html,
                "operations",
                "Operations exercised",
                coverage.operationsExercised(),
                coverage.operations().size());
        card(html, "responses", "Documented responses seen", coverage.responsesSeen(), coverage.responsesDocumented());
        html.append("<div class=\"card\" id=\"requests\"><div class=\"label\">Requests</div><div class=\"value\">")
                .append(coverage.requests())
                .append("</div><div class=\"detail\">")
                .append(coverage.unmatchedRequests())
                .append(" matching no operation</div></div>\n</div>\n");
        operations(html, coverage);
        unmatched(html, coverage);
        return html.append("</body>\n</html>\n").toString();
    }

    private static void card(StringBuilder html, String id, String label, long part, long whole) {
        long percent = Coverage.percent(part, whole);
        html.append("<div class=\"card\" id=\"")
                .append(id)
                .append("\"><div class=\"label\">")
                .append(label)
                .append("</div><div class=\"value\"><span class=\"percent\">")
                .append(percent)
                .append(" %</span></div><div class=\"detail\">")
                .append(part)
                .append(" of ")
                .append(whole)
                .append("</div><div class=\"bar\"><span style=\"width:")
                .append(percent)
                .append("%\"></span></div></div>\n");
    }

    private static void operations(StringBuilder html, Coverage coverage) {
        html.append("<h2>Operations</h2>\n<table id=\"operations-table\">\n<thead><tr><th>Method</th><th>Path</th>")
                .append("<th>Requests</th><th>Responses</th></tr></thead>\n<tbody>\n");
        for (Coverage.OperationCoverage seen : coverage.operations()) {
            Operation operation = seen.operation();
            html.append("<tr class=\"operation ")
                    .append(seen.exercised() ? "exercised" : "unexercised")
                    .append("\" data-method=\"")
                    .append(escape(operation.method()))
                    .append("\" data-path=\"")
                    .append(escape(operation.path().text()))
                    .append("\"><td><span class=\"method m-")
                    .append(operation.method().toLowerCase(Locale.ROOT))
                    .append("\">")
                    .append(escape(operation.method()))
                    .append("</span></td><td><div class=\"path\">")
                    .append(escape(operation.path().text()))
                    .append("</div><div class=\"summary\">")
                    .append(escape(operation.summary()))
                    .append("</div></td><td class=\"requests\">")
                    .append(seen.requests())
                    .append("</td><td>");
            for (Map.Entry<String, Integer> status : seen.documented().entrySet()) {
                boolean wasSeen = status.getValue() > 0;
                chip(
                        html,
                        wasSeen ? "seen" : "missing",
                        status.getKey(),
                        wasSeen ? "seen " + status.getValue() + "×" : "documented, not seen");
            }
            for (Map.Entry<Integer, Integer> status : seen.undocumented().entrySet()) {
                chip(html, "undocumented", status.getKey() + " !", "seen " + status.getValue() + "×, not documented");
            }
            html.append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n<p class=\"legend\">")
                .append("<span class=\"chip seen\">200</span> documented and seen ")
                .append("<span class=\"chip missing\">404</span> documented, not seen ")
                .append("<span class=\"chip undocumented\">500 !</span> seen, not documented</p>\n");
    }

    private static void unmatched(StringBuilder html, Coverage coverage) {
        html.append("<h2>Requests that matched no operation</h2>\n");
        if (coverage.unmatched().isEmpty()) {
            html.append("<p class=\"none\" id=\"unmatched-none\">None: every request matched an operation.</p>\n");
            return;
        }
        html.append("<table id=\"unmatched-table\">\n<thead><tr><th>Method</th><th>Path</th><th>Requests</th>")
                .append("<th>Statuses</th></tr></thead>\n<tbody>\n");
        for (Coverage.Unmatched request : coverage.unmatched()) {
            html.append("<tr class=\"unmatched\"><td><span class=\"method m-")
                    .append(escape(request.method().toLowerCase(Locale.ROOT)))
                    .append("\">")
                    .append(escape(request.method()))
                    .append("</span></td><td><div class=\"path\">")
                    .append(escape(request.path()))
                    .append("</div></td><td class=\"requests\">")
                    .append(request.requests())
                    .append("</td><td>");
            request.statuses()
                    .forEach((status, count) ->
                            chip(html, "undocumented", String.valueOf(status), "seen " + count + "×"));
            html.append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void chip(StringBuilder html, String kind, String text, String tip) {
        html.append("<span class=\"chip ")
                .append(kind)
                .append("\" title=\"")
                .append(escape(tip))
                .append("\">")
                .append(escape(text))
                .append("</span>");
    }
}
