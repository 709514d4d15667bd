package dev.restsh.shell.script.report;

import dev.restsh.shell.script.ScriptEvent;
import dev.restsh.shell.script.ScriptRun;
import dev.restsh.shell.script.ScriptStep;
import dev.restsh.shell.script.SecretMasker;
import dev.restsh.shell.session.ExchangeHistory;
import dev.restsh.shell.session.Secrets;
import java.util.ArrayList;
import java.util.List;

/**
 * A finished script run as the reports show it (JSON, HTML, TAP): the summary, each line that ran with its
 * expectations and the exchanges it made. Built once from the run and the session's history; secrets are masked
 * here (lines by {@link SecretMasker}, headers by {@link ReportExchange}), so no writer can forget to.
 */
public record RunReport(
        String script,
        boolean passed,
        int requests,
        long expectationsPassed,
        long expectationsFailed,
        long errors,
        double seconds,
        boolean stopped,
        List<Step> steps) {

    /** One line of the script: {@code outcome} is ok, failed (an expectation) or error (the line's status). */
    public record Step(
            int line, String command, int status, String outcome, List<Check> checks, List<ReportExchange> exchanges) {}

    /** An expectation, or the error a line ended in: {@code outcome} is passed, failed or error. */
    public record Check(String name, String outcome, String message, String details) {}

    public static RunReport of(ScriptRun run, ExchangeHistory history) {
        SecretMasker masker = new SecretMasker();
        List<Step> steps = new ArrayList<>();
        for (ScriptStep step : run.steps()) {
            List<Check> checks = new ArrayList<>();
            for (ScriptEvent event : run.events()) {
                if (event.line() == step.line()) { // the same line object: a line can run once per step
                    checks.add(new Check(
                            masker.mask(event.name()),
                            event.kind().name().toLowerCase(java.util.Locale.ROOT),
                            Secrets.maskQueries(event.message()),
                            // an error's details start with the line as typed: masked as the line is; they
                            // quote the URLs sent (a failure's request, a network error)
                            Secrets.maskQueries(event.details()
                                    .replace(
                                            step.line().text(),
                                            masker.mask(step.line().text())))));
                }
            }
            List<ReportExchange> exchanges = new ArrayList<>();
            for (int number = step.firstExchange(); number < step.endExchange(); number++) {
                exchanges.add(ReportExchange.of(history.number(number)));
            }
            steps.add(new Step(
                    step.line().number(),
                    masker.mask(step.line().text()),
                    step.status(),
                    outcome(checks),
                    List.copyOf(checks),
                    List.copyOf(exchanges)));
        }
        long failed = run.count(ScriptEvent.Kind.FAILED);
        long errors = run.count(ScriptEvent.Kind.ERROR);
        return new RunReport(
                run.name(),
                failed + errors == 0 && !run.aborted(),
                run.requests(),
                run.count(ScriptEvent.Kind.PASSED),
                failed,
                errors,
                run.elapsed().toNanos() / 1e9,
                run.aborted(),
                List.copyOf(steps));
    }

    private static String outcome(List<Check> checks) {
        String outcome = "ok";
        for (Check check : checks) {
            if (check.outcome().equals("error")) {
                return "error";
            }
            if (check.outcome().equals("failed")) {
                outcome = "failed";
            }
        }
        return outcome;
    }
}
