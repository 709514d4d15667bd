package dev.restsh.shell.command;

import dev.restsh.shell.ShellContext;
import dev.restsh.shell.http.UrlCredentials;
import picocli.CommandLine.Command;

/** {@code pwd}: the base URL that relative URLs resolve against. */
@Command(description = "Show the base URL.")
public class PwdCommand extends ShellCommand {
    public PwdCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        println(UrlCredentials.shown(context.session().base()));
        return 0;
    }
}
