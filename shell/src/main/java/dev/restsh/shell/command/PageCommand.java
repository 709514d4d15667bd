package dev.restsh.shell.command;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.http.Paging;
import dev.restsh.shell.http.RequestOptions;
import dev.restsh.shell.http.Response;
import dev.restsh.shell.render.ResponseRenderer;
import dev.restsh.shell.session.Exchange;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code next}, {@code prev}, {@code first}, {@code last}: the page the newest response links to. */
@Command(
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  get /ips limit==10", "  next", "  response.links"})
public class PageCommand implements Callable<Integer> {
    private final ShellContext context;
    private final String rel;

    public PageCommand(ShellContext context, String rel) {
        this.context = context;
        this.rel = rel;
    }

    @Override
    public Integer call() {
        Response current = context.session()
                .history()
                .latest()
                .orElseThrow(() -> RestshException.usage("no response yet: send a request first"))
                .response();
        Exchange exchange = context.session().send(Paging.requestFor(current, rel), RequestOptions.defaults());
        new ResponseRenderer(context.console()).render(exchange.response());
        return ExitStatus.forHttpStatus(exchange.response().status()).code();
    }
}
