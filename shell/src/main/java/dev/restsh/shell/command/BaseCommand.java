package dev.restsh.shell.command;

import dev.restsh.shell.ShellContext;
import dev.restsh.shell.http.UrlCredentials;
import dev.restsh.shell.request.Templates;
import dev.restsh.shell.request.UrlResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code base [URL]}: shows or sets the base URL that relative URLs resolve against. */
@Command(
        description = "Show or set the base URL.",
        footer = {"", "Examples:", "  base http://localhost:8080", "  base :9000"})
public class BaseCommand extends ShellCommand {
    @Parameters(arity = "0..1", paramLabel = "URL")
    String url;

    public BaseCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        if (url != null) {
            context.session()
                    .base(UrlResolver.base(
                            Templates.expand(url, context.session().variables())));
        }
        println(UrlCredentials.shown(context.session().base()));
        return 0;
    }
}
