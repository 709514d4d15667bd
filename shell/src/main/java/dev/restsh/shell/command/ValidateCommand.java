package dev.restsh.shell.command;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.http.Response;
import dev.restsh.shell.openapi.ResponseValidator;
import dev.restsh.shell.openapi.Violation;
import dev.restsh.shell.session.Exchange;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code validate [_N]}: checks a response against its operation in the API's OpenAPI document. */
@Command(
        description = {
            "Check a response against the API's OpenAPI document.",
            "Is its status declared, its media type declared, does its JSON body match the",
            "schema? Lists every violation with its JSON path; exit status 6 when there is one."
        },
        footer = {"", "Examples:", "  validate            the latest response", "  validate _2         response _2"})
public class ValidateCommand extends ShellCommand {
    @Parameters(arity = "0..1", paramLabel = "_N", description = "Which response (default: the latest).")
    String which;

    public ValidateCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Exchange exchange = exchange();
        Response response = exchange.response();
        ResponseValidator.Result result = new ResponseValidator(EndpointsCommand.load(context)).validate(response);
        PrintWriter out = out();
        String subject = "_" + exchange.number() + " " + response.request().method() + " "
                + response.url().getPath() + " " + response.status() + " against "
                + result.operation().method()
                + " " + result.operation().path().text();
        if (result.violations().isEmpty()) {
            out.println("valid: " + subject);
            out.flush();
            return 0;
        }
        int count = result.violations().size();
        out.println(count + (count == 1 ? " violation: " : " violations: ") + subject);
        for (Violation violation : result.violations()) {
            out.println("  " + violation.where() + ": " + violation.message());
        }
        out.flush();
        return ExitStatus.EXPECTATION_FAILED.code();
    }

    private Exchange exchange() {
        if (which == null) {
            return context.session()
                    .history()
                    .latest()
                    .orElseThrow(() ->
                            RestshException.usage("no response yet: send a request first (for example: get /get_ips)"));
        }
        String number = which.startsWith("_") ? which.substring(1) : which;
        if (!number.matches("\\d{1,9}")) {
            throw RestshException.usage("validate takes _N (a response number), not '" + which + "'");
        }
        return context.session().history().number(Integer.parseInt(number));
    }
}
