package dev.restsh.shell.command;

import dev.restsh.shell.ShellContext;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code request METHOD URL [ITEM...]}: a request with any method, standard or not. */
@Command(
        description = "Send a request with any method.",
        footer = {"", "Examples:", "  request PURGE /cache", "  request PROPFIND /files Depth:1"})
public class AnyMethodCommand extends ShellCommand {
    @Parameters(index = "0", paramLabel = "METHOD")
    String method;

    @Parameters(index = "1", paramLabel = "URL")
    String url;

    @Parameters(index = "2..*", paramLabel = "ITEM")
    List<String> items;

    /** Mixed in by {@link #create}: its model is programmatic (see {@link ProgrammaticModel}). */
    private final SendOptions options = new SendOptions();

    public AnyMethodCommand(ShellContext context) {
        super(context);
    }

    /** The command, with the {@code sending} options mixed in. */
    static CommandLine create(ShellContext context) {
        AnyMethodCommand command = new AnyMethodCommand(context);
        return ProgrammaticModel.withMixin(command, "sending", command.options.model());
    }

    @Override
    public Integer call() {
        if (!method.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw dev.restsh.shell.RestshException.usage("invalid method '" + method + "'");
        }
        return Sending.send(context, options, method.toUpperCase(Locale.ROOT), url, SendOptions.orEmpty(items));
    }
}
