package dev.restsh.shell.script;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.Pacer;
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
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Re-sends a request every few seconds and shows what changed since the previous response (for live reload in
 * Quarkus dev mode), until Ctrl-C or a number of runs; with {@code --until}, shows the condition's value instead and
 * stops when it holds (or fails when the timeout comes first). Network errors (a server restarting) are shown and
 * the watch goes on. Only the last response joins the session's history (and is saved with a named session), not
 * every run. The waits go through the context's {@link Pacer}.
 */
public final class Watcher {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    /**
     * How to watch: the pause between runs, how many runs (0: no limit), the condition that ends the watch (null:
     * none) and the time it has (null: no limit).
     */
    public record Plan(Duration interval, int runs, ResponseCondition until, Duration timeout) {}

    private final ShellContext context;
    private final LineRunner lines;
    private final Ansi ansi;
    private final Pacer pacer;

    public Watcher(ShellContext context, LineRunner lines) {
        this.context = context;
        this.lines = lines;
        this.ansi = new Ansi(context.console().colour());
        this.pacer = context.pacer();
    }

    /** Watches the request of {@code command} (run once first), or of the latest response when it is null. */
    public int watch(String command, Plan plan) {
        Instant started = pacer.now();
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
        ResponseCondition until = plan.until();
        ResponseCondition.Outcome outcome = until == null ? null : until.test(context.session(), start.response());
        announce(request, plan, outcome);
        if (outcome != null && outcome.holds()) {
            return ExitStatus.OK.code();
        }
        Exchanges exchanges = context.session().exchanges();
        Response previous = start.response();
        Response latest = null;
        for (int run = 1; plan.runs() <= 0 || run <= plan.runs(); run++) {
            if (outOfTime(plan, started) || !pacer.pause(plan.interval())) {
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
            if (until == null) {
                show(run, previous, latest);
            } else {
                outcome = until.test(context.session(), latest);
                line(run, statusLine(latest) + "  " + TerminalText.visible(until.source() + " → " + outcome.shown()));
                if (outcome.holds()) {
                    break;
                }
            }
            previous = latest;
        }
        boolean interrupted = Thread.interrupted();
        if (latest != null) {
            exchanges.keep(latest, start.options());
        }
        return until == null || outcome.holds() || interrupted
                ? ExitStatus.OK.code()
                : timedOut(plan, outOfTime(plan, started), until, outcome);
    }

    private void announce(RequestSpec request, Plan plan, ResponseCondition.Outcome outcome) {
        String limit = plan.runs() > 0
                ? ", " + plan.runs() + (plan.runs() == 1 ? " time" : " times")
                : plan.timeout() != null ? ", for up to " + seconds(plan.timeout()) + " s" : "; Ctrl-C stops";
        String condition = plan.until() == null ? "" : " until " + plan.until().source();
        PrintWriter out = context.console().out();
        out.println(ansi.paint(
                Ansi.DIM,
                "watching " + request.method() + " " + request.url() + condition + " every " + seconds(plan.interval())
                        + " s" + limit));
        if (outcome != null) {
            line(0, TerminalText.visible(plan.until().source() + " → " + outcome.shown()));
        }
        out.flush();
    }

    /** True when the next run would start after the timeout. */
    private boolean outOfTime(Plan plan, Instant started) {
        return plan.timeout() != null && pacer.now().plus(plan.interval()).isAfter(started.plus(plan.timeout()));
    }

    /** The timeout came before the condition held: a failed expectation (status 6), with the last value seen. */
    private int timedOut(Plan plan, boolean outOfTime, ResponseCondition until, ResponseCondition.Outcome outcome) {
        String where = context.scripting().position().map(at -> " at " + at).orElse("");
        String message = outOfTime
                ? "watch timed out" + where + " after " + seconds(plan.timeout()) + " s"
                : "watch stopped" + where + " after " + plan.runs() + " runs";
        String details = "  " + until.source() + " → " + outcome.shown() + "\n";
        ScriptLine line = context.scripting().current().map(ScriptRun::line).orElse(null);
        context.scripting()
                .report(new ScriptEvent(
                        line, ScriptEvent.Kind.FAILED, "watch --until " + until.source(), message, details));
        PrintWriter err = context.console().err();
        err.println("restsh: " + message + ": " + until.source());
        err.print(TerminalText.visible(details));
        err.flush();
        return ExitStatus.EXPECTATION_FAILED.code();
    }

    private String statusLine(Response response) {
        return new ExchangePrinter(context.console()).statusLine(response);
    }

    private void show(int run, Response previous, Response latest) {
        String status = statusLine(latest);
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
        LocalTime time = LocalTime.ofInstant(pacer.now(), ZoneId.systemDefault());
        out.println("[" + time.format(CLOCK) + " #" + run + "] " + text);
        out.flush();
    }

    static String seconds(Duration interval) {
        double value = interval.toMillis() / 1000.0;
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
