package dev.restsh.shell.openapi;

import dev.restsh.shell.http.UrlCredentials;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Coverage as a table for the terminal: a summary line, one row per operation (requests, documented responses
 * seen, documented responses not seen; a status the operation does not document is marked {@code !}), then the
 * requests that matched no operation. Columns shrink (ends cut with {@code …}) to fit the width.
 */
public final class CoverageTable {
    private static final String[] HEADINGS = {"METHOD", "PATH", "REQUESTS", "SEEN", "NOT SEEN"};
    private static final int[] NARROWEST = {6, 8, 8, 6, 6};

    private final int width;
    private final UnaryOperator<String> visible;

    /** {@code visible}: how text from the document or the server is made safe for the output. */
    public CoverageTable(int width, UnaryOperator<String> visible) {
        this.width = width;
        this.visible = visible;
    }

    public void print(Coverage coverage, PrintWriter out) {
        ApiDocument document = coverage.document();
        out.println(cut(
                visible.apply("Coverage of " + document.title()
                        + (document.version().isEmpty() ? "" : " " + document.version()) + " ("
                        + UrlCredentials.shown(document.source()) + ")"),
                width));
        long operations = coverage.operations().size();
        long responses = coverage.responsesDocumented();
        out.println("  operations  " + coverage.operationsExercised() + " of " + operations + " exercised ("
                + Coverage.percent(coverage.operationsExercised(), operations) + " %)");
        out.println("  responses   " + coverage.responsesSeen() + " of " + responses + " seen ("
                + Coverage.percent(coverage.responsesSeen(), responses) + " %)");
        out.println("  requests    " + coverage.requests() + ", " + coverage.unmatchedRequests()
                + " matching no operation");
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADINGS);
        for (Coverage.OperationCoverage seen : coverage.operations()) {
            rows.add(new String[] {
                seen.operation().method(),
                visible.apply(seen.operation().path().text()),
                Integer.toString(seen.requests()),
                seenStatuses(seen),
                notSeen(seen.documented())
            });
        }
        out.println();
        printRows(rows, out);
        if (coverage.operations().stream().anyMatch(seen -> !seen.undocumented().isEmpty())) {
            out.println("  ! a status the operation does not document");
        }
        if (!coverage.unmatched().isEmpty()) {
            out.println();
            out.println("Requests that matched no operation:");
            List<String[]> unmatched = new ArrayList<>();
            unmatched.add(new String[] {"METHOD", "PATH", "REQUESTS", "STATUSES", ""});
            for (Coverage.Unmatched request : coverage.unmatched()) {
                unmatched.add(new String[] {
                    request.method(),
                    visible.apply(request.path()),
                    Integer.toString(request.requests()),
                    String.join(
                            " ",
                            request.statuses().keySet().stream()
                                    .map(String::valueOf)
                                    .toList()),
                    ""
                });
            }
            printRows(unmatched, out);
        }
        out.flush();
    }

    private static String seenStatuses(Coverage.OperationCoverage seen) {
        List<String> statuses = new ArrayList<>();
        seen.documented().forEach((status, count) -> {
            if (count > 0) {
                statuses.add(status);
            }
        });
        seen.undocumented().keySet().forEach(status -> statuses.add(status + "!"));
        return statuses.isEmpty() ? "-" : String.join(" ", statuses);
    }

    private static String notSeen(Map<String, Integer> documented) {
        List<String> statuses = new ArrayList<>();
        documented.forEach((status, count) -> {
            if (count == 0) {
                statuses.add(status);
            }
        });
        return statuses.isEmpty() ? "-" : String.join(" ", statuses);
    }

    private void printRows(List<String[]> rows, PrintWriter out) {
        int[] widths = new int[HEADINGS.length];
        for (String[] row : rows) {
            for (int column = 0; column < row.length; column++) {
                widths[column] = Math.max(widths[column], row[column].length());
            }
        }
        fit(widths);
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(" ");
            for (int column = 0; column < row.length; column++) {
                String cell = cut(row[column], widths[column]);
                line.append(' ');
                String padding = " ".repeat(widths[column] - cell.length());
                line.append(column == 2 ? padding + cell : cell + padding).append(' ');
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /** Narrows the widest shrinkable columns (the not-seen list first, then the path) until a row fits. */
    private void fit(int[] widths) {
        int[] order = {4, 1, 3};
        for (int column : order) {
            int over = total(widths) - width;
            if (over <= 0) {
                return;
            }
            widths[column] = Math.max(NARROWEST[column], widths[column] - over);
        }
    }

    private static int total(int[] widths) {
        int sum = 1;
        for (int column : widths) {
            sum += column + 2;
        }
        return sum;
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, Math.max(0, width - 1)) + "…";
    }
}
