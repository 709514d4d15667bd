package dev.restsh.shell.render;

import dev.restsh.shell.http.Response;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The status and header lines of {@code diff --all}: headers compared by name, case-insensitively. */
public final class HeadersDiff {
    /** Headers that differ on every exchange and would only hide the differences that matter. */
    private static final Set<String> VOLATILE = Set.of("date", "content-length");

    private HeadersDiff() {}

    /** Prints the differences (the server's words with control characters visible) and returns how many. */
    public static int print(Response before, Response after, Ansi ansi, PrintWriter out) {
        int count = 0;
        if (before.status() != after.status()) {
            out.println(ansi.paint(
                    Ansi.YELLOW,
                    TerminalText.visible("~ status: " + before.status() + " " + before.reason() + " -> "
                            + after.status() + " " + after.reason())));
            count++;
        }
        Set<String> names = new LinkedHashSet<>();
        before.headers().asMap().keySet().forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
        after.headers().asMap().keySet().forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
        for (String name : names) {
            if (VOLATILE.contains(name)) {
                continue;
            }
            List<String> was = before.headers().all(name);
            List<String> is = after.headers().all(name);
            if (was.equals(is)) {
                continue;
            }
            count++;
            if (was.isEmpty()) {
                out.println(ansi.paint(
                        Ansi.GREEN, TerminalText.visible("+ header " + name + ": " + String.join(", ", is))));
            } else if (is.isEmpty()) {
                out.println(
                        ansi.paint(Ansi.RED, TerminalText.visible("- header " + name + ": " + String.join(", ", was))));
            } else {
                out.println(ansi.paint(
                        Ansi.YELLOW,
                        TerminalText.visible(
                                "~ header " + name + ": " + String.join(", ", was) + " -> " + String.join(", ", is))));
            }
        }
        return count;
    }
}
