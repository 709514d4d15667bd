package dev.restsh.shell.script;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.Failures;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.command.CommandCatalogue;
import dev.restsh.shell.command.LineRunner;
import dev.restsh.shell.http.Response;
import dev.restsh.shell.openapi.Coverage;
import dev.restsh.shell.openapi.CoverageReport;
import dev.restsh.shell.openapi.OpenApiException;
import dev.restsh.shell.openapi.SessionCoverage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/**
 * Runs a script's lines through the same line runner as the REPL: fills {@code {{variables}}}, counts
 * expectations (the session counts the requests that went out, see {@link Scripting#requestSent}), stops at the
 * first failure (unless told to keep going), pauses where asked, prints a summary and writes the report; with the
 * API's OpenAPI document it checks responses ({@code --validate}) and shows coverage ({@code --coverage}).
 */
public final class ScriptRunner {
    private final ShellContext context;
    private final LineRunner lines;
    private final Debugger debugger;
    private final ScriptOptions options;

    public ScriptRunner(CommandLine root, ShellContext context, ScriptOptions options) {
        this.context = context;
        this.lines = new LineRunner(root, context);
        this.debugger = new Debugger(root, context);
        this.options = options;
    }

    public int run(ScriptRun run) {
        Scripting scripting = context.scripting();
        Path folder = context.workingDirectory();
        Path parent = run.file().toAbsolutePath().getParent();
        int exchangesBefore = context.session().history().size();
        scripting.enter(run);
        context.workingDirectory(parent == null ? folder : parent);
        try {
            int status = context.preflight().strict(options.strict(), () -> runLines(run));
            summary(run);
            if (options.junitReport() != null) {
                JUnitReport.write(run, options.junitReport());
            }
            if (options.coverage() || options.coverageReport() != null) {
                status = coverage(exchangesBefore, status);
            }
            return status;
        } finally {
            scripting.leave(run);
            context.workingDirectory(folder);
        }
    }

    private int runLines(ScriptRun run) {
        if ((options.stepRequests() || options.postMortem()) && !debugger.available()) {
            context.console().err().println("restsh: " + run.name() + ": no terminal: --step and --pm are ignored");
        }
        int status = ExitStatus.OK.code();
        ResponseValidation validation = options.validate() ? new ResponseValidation(context) : null;
        for (int i = 0; i < run.lines().size(); i++) {
            run.at(i);
            ScriptLine line = run.lines().get(i);
            boolean request = isRequest(line.text());
            if (run.stepping() || (options.stepRequests() && request && debugger.available())) {
                debugger.pause(run, "paused");
            }
            if (run.aborted()) {
                break;
            }
            long errorsBefore = context.console().errorCount();
            int responsesBefore = context.session().history().size();
            int lineStatus = runLine(line);
            if (validation != null
                    && !validation.check(run, line, responsesBefore)
                    && lineStatus != ExitStatus.EXPECTATION_FAILED.code()
                    && (!request || ExitStatus.in(ExitStatus.RESPONSE_ARRIVED, lineStatus))) {
                lineStatus = ExitStatus.EXPECTATION_FAILED.code(); // as a failed expect: stops the script
            }
            run.step(new ScriptStep(
                    line,
                    lineStatus,
                    responsesBefore + 1,
                    context.session().history().size() + 1));
            breakIfAsked(run, responsesBefore);
            boolean failed = request
                    ? !ExitStatus.in(ExitStatus.RESPONSE_ARRIVED, lineStatus)
                    : lineStatus != ExitStatus.OK.code();
            if (failed) {
                if (lineStatus != ExitStatus.EXPECTATION_FAILED.code()) {
                    run.record(new ScriptEvent(
                            line,
                            ScriptEvent.Kind.ERROR,
                            line.text(),
                            "exit status " + lineStatus + " at " + run.position(),
                            context.console().errorCount() > errorsBefore
                                    ? line.text() + "\n" + context.console().lastError()
                                    : line.text()));
                }
                status = lineStatus;
                if (options.postMortem() && debugger.available()) {
                    debugger.pause(run, "post-mortem");
                }
                if (!options.keepGoing()) {
                    break;
                }
            }
            if (run.aborted() || context.exitRequested()) {
                break;
            }
        }
        if (run.aborted()) {
            context.console().error("script stopped at " + run.position() + " (quit)", null);
        }
        if (run.count(ScriptEvent.Kind.FAILED) > 0) {
            return ExitStatus.EXPECTATION_FAILED.code();
        }
        return status == ExitStatus.OK.code() && run.aborted() ? ExitStatus.ERROR.code() : status;
    }

    /** Shows and writes the coverage of the script's responses; a missing document is an error of the run. */
    private int coverage(int exchangesBefore, int status) {
        try {
            Coverage coverage = SessionCoverage.of(context, context.openApi().await(), exchangesBefore);
            if (options.coverage()) {
                SessionCoverage.print(context, coverage, context.console().err());
            }
            if (options.coverageReport() != null) {
                CoverageReport.write(coverage, options.coverageReport());
            }
            return status;
        } catch (OpenApiException | RestshException e) {
            context.console().error("no coverage: " + e.getMessage(), e);
            return status == ExitStatus.OK.code() ? ExitStatus.USAGE.code() : status;
        }
    }

    private int runLine(ScriptLine line) {
        try {
            String expanded = new Placeholders(
                            context.session().variables(), context.scripting().environment())
                    .expand(line.text());
            return context.scripting().transcript().typedAs(expanded, line.text(), () -> lines.run(expanded));
        } catch (RestshException e) { // a {{placeholder}} with no value
            return Failures.report(context.console(), e);
        }
    }

    /** Pauses at the first new response for which a {@code break when} condition holds (once per condition). */
    private void breakIfAsked(ScriptRun run, int responsesBefore) {
        if (run.breakpoints().isEmpty() || context.session().history().size() == responsesBefore) {
            return;
        }
        Response response = context.session().history().latest().orElseThrow().response();
        for (ResponseCondition condition : List.copyOf(run.breakpoints())) {
            ResponseCondition.Outcome outcome = condition.test(context.session(), response);
            if (outcome.holds()) {
                run.breakpoints().remove(condition);
                debugger.pause(run, "break when " + condition.source());
                return;
            }
        }
    }

    static boolean isRequest(String line) {
        String word = line.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return CommandCatalogue.is(word, CommandCatalogue.Trait.SENDS_REQUEST);
    }

    private void summary(ScriptRun run) {
        PrintWriter err = context.console().err();
        long failed = run.count(ScriptEvent.Kind.FAILED);
        long errors = run.count(ScriptEvent.Kind.ERROR);
        err.printf(
                Locale.ROOT,
                "%s: %s: %d request%s sent, %d expectation%s passed, %d failed%s, %.2f s%n",
                failed + errors == 0 && !run.aborted() ? "PASSED" : "FAILED",
                run.name(),
                run.requests(),
                run.requests() == 1 ? "" : "s",
                run.count(ScriptEvent.Kind.PASSED),
                run.count(ScriptEvent.Kind.PASSED) == 1 ? "" : "s",
                failed,
                errors == 0 ? "" : ", " + errors + " error" + (errors == 1 ? "" : "s"),
                run.elapsed().toNanos() / 1e9);
        err.flush();
    }
}
