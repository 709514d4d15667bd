package dev.restsh.shell.command;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.oauth.Browser;
import dev.restsh.shell.oauth.Endpoints;
import dev.restsh.shell.oauth.GrantType;
import dev.restsh.shell.oauth.Interaction;
import dev.restsh.shell.oauth.OAuth2Login;
import dev.restsh.shell.oauth.OAuth2Settings;
import dev.restsh.shell.request.Templates;
import dev.restsh.shell.session.Auth;
import dev.restsh.shell.session.Session;
import java.io.Console;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * What the four {@code auth oauth2} grants share: the issuer or endpoints, the client and scope; values expand
 * {@code {{variables}}}, a secret left out is asked for without echo. Signs in, then makes the login the
 * session's credentials.
 */
abstract class OAuth2GrantCommand implements Callable<Integer> {
    /** Reads a secret without echo, given the prompt; null without a terminal. Replaced in tests. */
    static Function<String, char[]> secretReader = prompt -> {
        Console console = System.console();
        return console == null ? null : console.readPassword("%s", prompt);
    };

    /** The browser of the code grant; null for the user's ({@code $BROWSER}, xdg-open). Replaced in tests. */
    static Browser.Opener browser;

    /** The device grant's wait between polls. Replaced in tests. */
    static Interaction.Pause pause = Interaction.SLEEP;

    @ParentCommand
    OAuth2Command parent;

    @Option(
            names = "--issuer",
            paramLabel = "URL",
            description = "The issuer: endpoints from its OpenID Connect discovery document.")
    String issuer;

    @Option(names = "--client-id", required = true, paramLabel = "ID", description = "The client's id.")
    String clientId;

    @Option(
            names = "--client-secret",
            paramLabel = "SECRET",
            description = "The secret of a confidential client (client-credentials asks for it when left out).")
    String clientSecret;

    @Option(names = "--scope", paramLabel = "SCOPES", description = "The scopes to ask for, space-separated.")
    String scope;

    @Option(
            names = "--token-url",
            paramLabel = "URL",
            description = "The token endpoint, for a server without discovery.")
    String tokenUrl;

    private final GrantType grant;

    OAuth2GrantCommand(GrantType grant) {
        this.grant = grant;
    }

    // What a grant adds to the shared settings; values expanded. By default: nothing.

    String clientSecretValue() {
        return expand(clientSecret);
    }

    Endpoints endpoints(URI token) {
        return new Endpoints(token, null, null);
    }

    String scopeValue(URI issuer) {
        return expand(scope);
    }

    String audienceValue() {
        return null;
    }

    String usernameValue() {
        return null;
    }

    String passwordValue() {
        return null;
    }

    Integer port() {
        return null;
    }

    @Override
    public Integer call() {
        ShellContext context = parent.context();
        Session session = context.session();
        URI issuerUrl = uri(issuer);
        OAuth2Settings settings = new OAuth2Settings(
                grant,
                issuerUrl,
                endpoints(uri(tokenUrl)),
                expand(clientId),
                clientSecretValue(),
                scopeValue(issuerUrl),
                audienceValue(),
                usernameValue(),
                passwordValue(),
                port());
        Interaction interaction = new Interaction(
                context.console().err(),
                browser != null ? browser : Browser.of(session.env()),
                pause,
                Clock.systemUTC());
        OAuth2Login login = OAuth2Login.signIn(settings, session, interaction);
        session.auth(Auth.oauth2(login));
        session.credentialRenewal(login);
        context.console().out().println("auth: " + login.describe(false));
        context.console().out().flush();
        return 0;
    }

    String expand(String value) {
        return value == null
                ? null
                : Templates.expand(value, parent.context().session().variables());
    }

    URI uri(String value) {
        String text = expand(value);
        if (text == null) {
            return null;
        }
        URI url = Endpoints.absolute(text);
        if (url == null) {
            throw RestshException.usage("not an absolute URL: " + text);
        }
        return url;
    }

    /** The value given, else one typed without echo on a terminal; an error line without a terminal. */
    String secret(String given, String prompt, String option) {
        if (given != null) {
            return expand(given);
        }
        char[] typed = secretReader.apply(prompt + ": ");
        if (typed == null) {
            throw RestshException.usage(
                    "no terminal to ask for the " + prompt + ": give " + option + " (a {{variable}} works)");
        }
        return new String(typed);
    }
}
