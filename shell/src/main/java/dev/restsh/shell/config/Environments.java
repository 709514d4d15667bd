package dev.restsh.shell.config;

import dev.restsh.shell.ShellContext;
import dev.restsh.shell.oauth.Interaction;
import dev.restsh.shell.oauth.OAuth2Login;
import java.util.Map;
import java.util.Optional;

/**
 * The named environments of a session: what the files define (read again each time, so an edit shows at once)
 * and which one is in use. The one entry point for {@code use}, {@code --env}, {@code run --env}, the prompt,
 * {@code env} and completion.
 */
public final class Environments {
    private final ShellContext context;
    private EnvironmentSwitch active;

    public Environments(ShellContext context) {
        this.context = context;
    }

    /** The environments defined for this working folder, by name. */
    public Map<String, Environment> defined() {
        return EnvironmentFiles.load(
                context.workingDirectory(), context.session().env());
    }

    /** Switches the session to this environment ({@code none} leaves the current one). */
    public Optional<Environment> use(String name) {
        if (name.equals("none")) {
            if (active != null) {
                active.clear(context.session());
            }
            return Optional.empty();
        }
        return Optional.of(active().use(name, defined(), context.session()));
    }

    public Optional<Environment> current() {
        return active == null ? Optional.empty() : active.current();
    }

    private EnvironmentSwitch active() {
        if (active == null) {
            active = new EnvironmentSwitch(
                    new SecretValues(context.session().env()),
                    (settings, session) -> OAuth2Login.signIn(
                            settings, session, Interaction.of(context.console().err(), session.env())));
        }
        return active;
    }
}
