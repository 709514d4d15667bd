package dev.restsh.shell.command;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.http.UrlCredentials;
import dev.restsh.shell.session.SessionStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code session save|load|list [NAME]}: named sessions on disk (base URL, headers, auth, variables, cookies). */
@Command(
        description = "Save the session under a name, load a saved one, or list them.",
        footer = {
            "",
            "Examples:",
            "  session save demo      base URL, headers, auth, variables and cookies",
            "  session save demo --with-tokens   and an OAuth2 sign-in's tokens",
            "  session load demo",
            "  session list",
            "  restsh --session demo get /ips    load, send, save again",
            "",
            "Files: $XDG_CONFIG_HOME/restsh/sessions/NAME.json (else ~/.config/...), owner-only."
        })
public class SessionCommand extends ShellCommand {
    @Parameters(index = "0", paramLabel = "save|load|list")
    String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NAME")
    String name;

    @Option(
            names = "--with-tokens",
            description = "save: keep an OAuth2 sign-in's tokens (and client secret) in the file, owner-only.")
    boolean withTokens;

    public SessionCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        SessionStore store = SessionStore.of(context.session().env());
        PrintWriter out = out();
        switch (action) {
            case "save" -> {
                Path file = store.save(nameOrCurrent(), context.session(), withTokens);
                out.println("saved session " + nameOrCurrent() + " to " + file);
            }
            case "load" -> {
                store.load(required(), context.session());
                out.println("loaded session " + name + ": base "
                        + UrlCredentials.shown(context.session().base()));
            }
            case "list" -> {
                var names = store.names();
                out.println(names.isEmpty() ? "no saved sessions" : String.join("\n", names));
            }
            default -> throw RestshException.usage("session takes save, load or list, not '" + action + "'");
        }
        out.flush();
        return 0;
    }

    private String nameOrCurrent() {
        if (name != null) {
            return name;
        }
        return context.session().name().orElseThrow(() -> RestshException.usage("usage: session save NAME"));
    }

    private String required() {
        if (name == null) {
            throw RestshException.usage("usage: session load NAME");
        }
        return name;
    }
}
