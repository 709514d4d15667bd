package dev.restsh.shell.command;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.http.Paging;
import dev.restsh.shell.render.ExchangePrinter;
import dev.restsh.shell.session.Exchange;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code next}, {@code prev}, {@code first}, {@code last}: the page the newest response links to. */
@Command(footer = {"", "Examples:", "  get /ips limit==10", "  next", "  next -b", "  response.links"})
public class PageCommand extends ShellCommand {
    private final String rel;

    /** The same output options as the request that got the first page (-b, -h, -v, --jq …), mixed in by create. */
    private final OutputOptions output = new OutputOptions();

    public PageCommand(ShellContext context, String rel) {
        super(context);
        this.rel = rel;
    }

    /** The command, with the {@code output} options mixed in. */
    static CommandLine create(ShellContext context, String rel) {
        PageCommand command = new PageCommand(context, rel);
        return ProgrammaticModel.withMixin(command, "output", command.output.model());
    }

    @Override
    public Integer call() {
        Exchange current = context.session()
                .history()
                .latest()
                .orElseThrow(() -> RestshException.usage("no response yet: send a request first"));
        // The page is fetched as the first one was (--verify=no, --cacert, --timeout …); only the output is this
        // line's.
        return Sending.send(
                context,
                Paging.requestFor(current.response(), rel),
                current.options(),
                new ExchangePrinter(context.console(), output.spec(), false));
    }
}
