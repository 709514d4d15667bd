package dev.restsh.shell.command;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.http.RequestOptions;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.paging.AllPages;
import dev.restsh.shell.request.BodySource;
import dev.restsh.shell.request.RequestBuilder;
import dev.restsh.shell.session.Exchange;
import dev.restsh.shell.session.Exchanges;
import java.util.List;
import java.util.function.Supplier;

/** How the request commands end: through the session's one send path, with the exit status of what came back. */
final class Sending {
    private Sending() {}

    /** Builds the request from what the user typed (again, should its credentials be renewed) and sends it. */
    static int send(ShellContext context, SendOptions options, String method, String url, List<String> items) {
        BodySource source = options.bodySource(context, items);
        RequestOptions sending = options.options(context);
        Supplier<RequestSpec> build = () ->
                options.withNetrc(context, new RequestBuilder(context.session()).build(method, url, items, source));
        if (options.offline()) {
            return OfflineRequest.print(context, build.get(), sending, options.showSecrets());
        }
        Exchanges.Printer printer = options.printer(context);
        Exchange exchange = context.preflight()
                .strict(options.strict(), () -> context.session().exchanges().send(build, sending, printer));
        return status(exchange, printer);
    }

    /** Sends a request made before (a page, an edited or pasted request). */
    static int send(ShellContext context, RequestSpec request, RequestOptions options, Exchanges.Printer printer) {
        return status(context.session().exchanges().send(request, options, printer), printer);
    }

    private static int status(Exchange exchange, Exchanges.Printer printer) {
        ExitStatus status = printer instanceof AllPages pages
                ? pages.status()
                : ExitStatus.forHttpStatus(exchange.response().status());
        return status.code();
    }
}
