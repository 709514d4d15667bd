package dev.restsh.shell.command;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.request.CurlExporter;
import dev.restsh.shell.session.Exchange;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code export curl [N]}: request N (default: the last) as a curl command line for a POSIX shell. */
@Command(
        addMethodSubcommands = false,
        name = "curl",
        mixinStandardHelpOptions = true,
        description = "Print request N (default: the last) as a curl command that sends the same request.",
        footer = {"", "Examples:", "  export curl", "  export curl 2 > again.sh"})
public class ExportCurlCommand implements Callable<Integer> {
    private final ShellContext context;

    @Parameters(index = "0", arity = "0..1", paramLabel = "N", description = "The request's number (_N).")
    Integer number;

    public ExportCurlCommand(ShellContext context) {
        this.context = context;
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
        context.console().out().println(CurlExporter.export(exchange.request(), exchange.options(), redirected));
        context.console().out().flush();
        return 0;
    }
}
