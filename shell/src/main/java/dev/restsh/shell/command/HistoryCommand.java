package dev.restsh.shell.command;

import dev.restsh.shell.ShellContext;
import dev.restsh.shell.http.Response;
import dev.restsh.shell.render.Sizes;
import dev.restsh.shell.session.Exchange;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code history}: the numbered responses of the session, oldest first. */
@Command(
        description = "List the responses of this session: _N reads response N, _ the newest.",
        footer = {
            "",
            "Examples:",
            "  history",
            "  _2.status_code",
            "  _1.json()['results'][0]",
            "",
            "Lines typed earlier (not responses) are recalled with Up, Ctrl-R, !! and !-N."
        })
public class HistoryCommand extends ShellCommand {
    public HistoryCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        PrintWriter out = out();
        if (context.session().history().size() == 0) {
            out.println("no responses yet");
        }
        for (Exchange exchange : context.session().history().all()) {
            Response response = exchange.response();
            out.printf(
                    "_%-3d %-7s %-3d %8s %9s  %s%s%n",
                    exchange.number(),
                    response.request().method(),
                    response.status(),
                    Sizes.millis(response.elapsed()),
                    Sizes.bytes(response.body().received()),
                    dev.restsh.shell.session.Secrets.maskQueries(
                            response.request().url().toString()),
                    response.body().cancelled()
                            ? "  (cancelled: body incomplete)"
                            : exchange.imported() ? "  (imported from " + exchange.importedFrom() + ")" : "");
        }
        out.flush();
        return 0;
    }
}
