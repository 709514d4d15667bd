package dev.restsh.shell.command;

import dev.restsh.shell.ShellContext;
import dev.restsh.shell.config.Environment;
import dev.restsh.shell.config.Environments;
import dev.restsh.shell.http.UrlCredentials;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code use NAME}: switch to a named environment; {@code use} or {@code environments}: list them. */
@Command(
        description = "Switch to a named environment (base URL, headers, auth, variables, certificate, proxy), "
                + "or list them.",
        footer = {
            "",
            "Environments live in .restsh/environments.toml (this folder or the nearest parent that has one) and",
            "in environments.toml in the config folder. Values may be ${env:NAME} or ${cmd:COMMAND}.",
            "",
            "Examples:",
            "  use staging",
            "  use none               back to the session's own settings",
            "  environments           list them (* marks the one in use)"
        })
public class UseCommand extends ShellCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The environment, or none.")
    String name;

    public UseCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Environments environments = context.environments();
        PrintWriter out = out();
        if (name == null) {
            Map<String, Environment> defined = environments.defined();
            String current = environments.current().map(Environment::name).orElse(null);
            if (defined.isEmpty()) {
                out.println("no environments (write them in .restsh/environments.toml)");
            }
            defined.forEach((each, environment) -> out.println((each.equals(current) ? "* " : "  ") + each + "  "
                    + environment.sources().get(environment.sources().size() - 1)));
        } else {
            environments
                    .use(name)
                    .ifPresentOrElse(
                            chosen -> out.println("environment: " + chosen.name() + " (base "
                                    + UrlCredentials.shown(context.session().base()) + ")"),
                            () -> out.println("environment: none"));
        }
        out.flush();
        return 0;
    }
}
