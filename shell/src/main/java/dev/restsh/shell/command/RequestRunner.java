package dev.restsh.shell.command;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.http.RequestOptions;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.http.Response;
import dev.restsh.shell.paging.PageCollector;
import dev.restsh.shell.render.OutputSpec;
import dev.restsh.shell.render.ResponseRenderer;
import dev.restsh.shell.render.ValueRenderer;
import dev.restsh.shell.request.RequestBuilder;
import dev.restsh.shell.session.Exchange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by every request command, and the build-send-show step they all end with. */
public class RequestRunner {
    @Option(names = "--no-follow", description = "Do not follow redirects.")
    boolean noFollow;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            description = "Connect and read timeout (default: 30, or timeout in the config file).")
    Double timeout;

    @Option(names = "--http1.1", description = "Use HTTP/1.1 only (default: HTTP/2 where the server offers it).")
    boolean http1;

    @Mixin
    PagingOptions paging;

    @Mixin
    OutputOptions output;

    int run(ShellContext context, String method, String url, List<String> items) {
        return send(context, new RequestBuilder(context.session()).build(method, url, items));
    }

    /** Sends a request built elsewhere too (the {@code edit} command), and shows the response. */
    int send(ShellContext context, RequestSpec request) {
        OutputSpec show = output.spec();
        Exchange exchange = context.session().send(request, options(context));
        if (paging.allPages) {
            return allPages(context, exchange.response());
        }
        new ResponseRenderer(context.console(), show).render(exchange.response());
        return ExitStatus.forHttpStatus(exchange.response().status()).code();
    }

    private int allPages(ShellContext context, Response first) {
        List<Response> pages = new PageCollector(context.session()).follow(first, options(context), paging.maxPages);
        ResponseRenderer renderer = new ResponseRenderer(context.console());
        pages.forEach(page -> renderer.statusLine(page, context.console()));
        Response last = pages.get(pages.size() - 1);
        if (!last.ok()) {
            renderer.body(last);
            return ExitStatus.forHttpStatus(last.status()).code();
        }
        new ValueRenderer(context.console()).render(PageCollector.combine(pages));
        return ExitStatus.OK.code();
    }

    /** With --timeout, else the session's default (the config file's timeout, else 30 s). */
    RequestOptions options(ShellContext context) {
        Duration wait = timeout == null ? context.session().timeout() : Duration.ofMillis((long) (timeout * 1000));
        return new RequestOptions(!noFollow, wait, http1);
    }

    static List<String> orEmpty(List<String> items) {
        return items == null ? new ArrayList<>() : items;
    }
}
