package dev.restsh.shell.script;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.http.RedirectPolicy;
import dev.restsh.shell.http.Response;
import dev.restsh.shell.openapi.ApiDocument;
import dev.restsh.shell.openapi.OpenApiException;
import dev.restsh.shell.openapi.ResponseValidator;
import dev.restsh.shell.openapi.Violation;
import dev.restsh.shell.session.Exchange;
import java.io.PrintWriter;

/**
 * {@code run --validate}: each response a script's line brought (from the API the session's base URL names) is
 * checked against the OpenAPI document, an expectation of its own: passed, or failed with every violation, as
 * {@code validate} lists them. The document is loaded at the first response.
 */
final class ResponseValidation {
    private final ShellContext context;

    ResponseValidation(ShellContext context) {
        this.context = context;
    }

    /** Checks the responses numbered above {@code after}; false when one of them does not conform. */
    boolean check(ScriptRun run, ScriptLine line, int after) {
        boolean conforms = true;
        for (Exchange exchange : context.session().history().all()) {
            Response response = exchange.response();
            if (exchange.number() <= after
                    || exchange.imported() // loaded from a HAR file: not a response this script got
                    || !RedirectPolicy.sameOrigin(
                            response.url(), context.session().base())) {
                continue;
            }
            conforms &= check(run, line, exchange);
        }
        return conforms;
    }

    private boolean check(ScriptRun run, ScriptLine line, Exchange exchange) {
        Response response = exchange.response();
        String name = "validate _" + exchange.number() + " "
                + response.request().method() + " " + response.url().getPath() + " " + response.status();
        StringBuilder details = new StringBuilder();
        try {
            ResponseValidator.Result result = new ResponseValidator(document()).validate(response);
            if (result.violations().isEmpty()) {
                run.record(new ScriptEvent(line, ScriptEvent.Kind.PASSED, name, "", ""));
                return true;
            }
            name += " against " + result.operation().method() + " "
                    + result.operation().path().text();
            for (Violation violation : result.violations()) {
                details.append("  ")
                        .append(violation.where())
                        .append(": ")
                        .append(violation.message())
                        .append('\n');
            }
        } catch (RestshException | OpenApiException noOperation) { // no operation, or no document at all
            details.append("  ").append(noOperation.getMessage()).append('\n');
        }
        String where = " at " + run.position();
        run.record(new ScriptEvent(line, ScriptEvent.Kind.FAILED, name, "failed" + where, details.toString()));
        PrintWriter err = context.console().err();
        err.println("restsh: response does not match the OpenAPI document" + where + ": " + name);
        err.print(details);
        err.flush();
        return false;
    }

    private ApiDocument document() {
        return context.openApi().await();
    }
}
