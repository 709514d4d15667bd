package dev.restsh.shell.command;

import dev.restsh.shell.ShellContext;
import dev.restsh.shell.http.RequestOptions;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.render.OutputSpec;
import dev.restsh.shell.render.ResponseRenderer;
import dev.restsh.shell.request.RequestPrinter;
import dev.restsh.shell.session.Exchange;
import java.util.function.Consumer;

/**
 * Sends a request through the session and shows it as the output options ask: the request's headers as each hop
 * goes out (credentials masked unless asked for), then the response. Shared by the request commands and paging.
 */
final class ExchangeDisplay {
    private final ShellContext context;
    private final OutputSpec show;

    ExchangeDisplay(ShellContext context, OutputSpec show) {
        this.context = context;
        this.show = show;
    }

    Exchange send(RequestSpec request, RequestOptions options, boolean showSecrets) {
        Consumer<RequestSpec> onSend = show.shows('H')
                ? new RequestPrinter(context.console().out(), showSecrets, true, false)::print
                : sent -> {};
        return context.session().send(request, options, onSend);
    }

    /** The response's parts; the request's headers were printed as it went out. */
    void render(Exchange exchange) {
        OutputSpec responseParts = show.print() == null
                ? show
                : new OutputSpec(show.print().replace("H", ""), show.pretty(), show.pager(), show.stream());
        new ResponseRenderer(context.console(), responseParts).render(exchange.response());
    }
}
