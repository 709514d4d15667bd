package dev.restsh.shell.command;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.request.CurlExporter;
import dev.restsh.shell.session.Auth;
import dev.restsh.shell.session.Exchange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code export curl [N]}: request N (default: the last) as a curl command line for a POSIX shell. */
@Command(
        name = "curl",
        description = "Print request N (default: the last) as a curl command that sends the same request.",
        footer = {"", "Examples:", "  export curl", "  export curl 2 > again.sh"})
public class ExportCurlCommand extends ShellCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "N", description = "The request's number (_N).")
    Integer number;

    public ExportCurlCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        var history = context.session().history();
        Exchange exchange = number != null
                ? history.number(number)
                : history.latest()
                        .orElseThrow(() ->
                                RestshException.usage("no requests yet: send one first (for example: get /get_ips)"));
        // The request as the user sent it; curl -L would follow the same redirects.
        boolean redirected = !exchange.response().history().isEmpty();
        String command = CurlExporter.export(
                exchange.request(), exchange.options(), redirected, Auth.oauth2Tokens(context.session()));
        println(command);
        if (command.contains("$" + CurlExporter.TOKEN_VARIABLE)) {
            note("export curl: the OAuth2 access token is left out: set " + CurlExporter.TOKEN_VARIABLE
                    + " first (auth --show-secrets shows the token)");
        }
        return 0;
    }
}
