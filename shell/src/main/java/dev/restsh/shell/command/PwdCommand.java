package dev.restsh.shell.command;

import dev.restsh.shell.ShellContext;
import dev.restsh.shell.http.UrlCredentials;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code pwd}: the base URL that relative URLs resolve against. */
@Command(
        addMethodSubcommands = false,
        name = "pwd",
        mixinStandardHelpOptions = true,
        description = "Show the base URL.")
public class PwdCommand implements Callable<Integer> {
    private final ShellContext context;

    public PwdCommand(ShellContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.console().out().println(UrlCredentials.shown(context.session().base()));
        context.console().out().flush();
        return 0;
    }
}
