package dev.restsh.shell.script;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.command.LineRunner;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.http.Response;
import dev.restsh.shell.render.Ansi;
import dev.restsh.shell.render.ExchangePrinter;
import dev.restsh.shell.render.TerminalText;
import dev.restsh.shell.session.Exchange;
import dev.restsh.shell.session.Exchanges;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Re-sends a request every few seconds and shows what changed since the previous response (for live reload in
 * Quarkus dev mode), until Ctrl-C or a number of runs. Network errors (a server restarting) are shown and the
 * watch goes on. Only the last response joins the session's history (and is saved with a named session), not every
 * run.
 */
public final class Watcher {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ShellContext context;
    private final LineRunner lines;
    private final Ansi ansi;

    public Watcher(ShellContext context, LineRunner lines) {
        this.context = context;
        this.lines = lines;
        this.ansi = new Ansi(context.console().colour());
    }

    /** Watches the request of {@code command} (run once first), or of the latest response when it is null. */
    public int watch(String command, Duration interval, int runs) {
        if (command != null) {
            int status = lines.run(command);
            if (!ExitStatus.in(ExitStatus.RESPONSE_ARRIVED, status)) {
                return status;
            }
        }
        Exchange start = context.session()
                .history()
                .latest()
                .orElseThrow(() -> RestshException.usage("watch: no request yet: watch get /path, or send one first"));
        RequestSpec request = start.request();
        PrintWriter out = context.console().out();
        out.println(ansi.paint(
                Ansi.DIM,
                "watching " + request.method() + " " + request.url() + " every " + seconds(interval) + " s"
                        + (runs > 0 ? ", " + runs + (runs == 1 ? " time" : " times") : "; Ctrl-C stops")));
        out.flush();
        Exchanges exchanges = context.session().exchanges();
        Response previous = start.response();
        Response latest = null;
        for (int run = 1; runs <= 0 || run <= runs; run++) {
            if (!sleep(interval)) {
                break;
            }
            try {
                // its --verify=no, --timeout …
                latest = exchanges.transmit(request, start.options(), Exchanges.Printer.NONE);
            } catch (RestshException e) {
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
                // an error may quote the server (a header line, a reason): visible on a terminal
                String message = context.console().escapes() ? TerminalText.visible(e.getMessage()) : e.getMessage();
                line(run, ansi.paint(Ansi.RED, message));
                continue;
            }
            show(run, previous, latest);
            previous = latest;
        }
        Thread.interrupted();
        if (latest != null) {
            exchanges.keep(latest, start.options());
        }
        return 0;
    }

    private void show(int run, Response previous, Response latest) {
        String status = new ExchangePrinter(context.console()).statusLine(latest);
        List<String> changes = ResponseDiff.between(previous, latest);
        if (changes.isEmpty()) {
            line(run, status + "  " + ansi.paint(Ansi.DIM, "no change"));
            return;
        }
        line(run, status + "  " + ansi.paint(Ansi.YELLOW, "changed:"));
        PrintWriter out = context.console().out();
        for (String change : changes) {
            out.println(
                    "  " + ansi.paint(change.startsWith("+") ? Ansi.GREEN : Ansi.RED, TerminalText.visible(change)));
        }
        out.flush();
    }

    private void line(int run, String text) {
        PrintWriter out = context.console().out();
        out.println("[" + LocalTime.now().format(CLOCK) + " #" + run + "] " + text);
        out.flush();
    }

    /** False when interrupted (Ctrl-C). */
    private static boolean sleep(Duration interval) {
        try {
            Thread.sleep(interval.toMillis());
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    private static String seconds(Duration interval) {
        double value = interval.toMillis() / 1000.0;
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
