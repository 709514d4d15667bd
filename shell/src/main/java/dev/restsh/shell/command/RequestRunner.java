package dev.restsh.shell.command;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.http.RequestOptions;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.render.ResponseRenderer;
import dev.restsh.shell.request.RequestBuilder;
import dev.restsh.shell.session.Exchange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

    int run(ShellContext context, String method, String url, List<String> items) {
        return send(context, new RequestBuilder(context.session()).build(method, url, items));
    }

    /** Sends a request built elsewhere (the {@code edit} command) with these options, and shows the response. */
    int send(ShellContext context, RequestSpec request) {
        Exchange exchange =
                context.session().send(request, options(context.session().timeout()));
        new ResponseRenderer(context.console()).render(exchange.response());
        return ExitStatus.forHttpStatus(exchange.response().status()).code();
    }

    RequestOptions options(Duration defaultTimeout) {
        Duration wait = timeout == null ? defaultTimeout : Duration.ofMillis((long) (timeout * 1000));
        return new RequestOptions(!noFollow, wait, http1);
    }

    static List<String> orEmpty(List<String> items) {
        return items == null ? new ArrayList<>() : items;
    }
}
