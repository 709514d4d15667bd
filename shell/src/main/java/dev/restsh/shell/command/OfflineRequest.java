package dev.restsh.shell.command;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.http.RequestOptions;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.render.ExchangePrinter;
import dev.restsh.shell.render.OutputSpec;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * HTTPie's {@code --offline}: the request's head as {@code -v} shows it going out, then its body as it would be
 * sent; nothing is sent or kept.
 */
final class OfflineRequest {
    private OfflineRequest() {}

    static int print(ShellContext context, RequestSpec request, RequestOptions options, boolean showSecrets) {
        RequestSpec sent = context.session().client().asSent(request, options);
        new ExchangePrinter(context.console(), new OutputSpec("H", null, false, null), showSecrets).request(sent);
        PrintWriter out = context.console().out();
        if (sent.body().length > 0) {
            out.println(new String(sent.body(), StandardCharsets.UTF_8));
        }
        out.flush();
        return ExitStatus.OK.code();
    }
}
