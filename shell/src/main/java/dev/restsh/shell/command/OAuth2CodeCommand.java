package dev.restsh.shell.command;

import dev.restsh.shell.oauth.Endpoints;
import dev.restsh.shell.oauth.GrantType;
import java.net.URI;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code auth oauth2 code}: sign in in the browser (authorization code with PKCE, loopback redirect). */
@Command(
        addMethodSubcommands = false,
        name = "code",
        mixinStandardHelpOptions = true,
        description = "Sign in in the browser (authorization code grant with PKCE and a loopback redirect).",
        footer = {
            "",
            "Example:",
            "  auth oauth2 code --issuer https://id.example/realms/demo --client-id restsh",
            "",
            "The browser ($BROWSER, else xdg-open; the URL is printed too) comes back to",
            "http://127.0.0.1:PORT/callback, a one-shot server on a free port (or --port N).",
            "With --issuer and no --scope, the scope is 'openid'. Ctrl-C stops."
        })
public class OAuth2CodeCommand extends OAuth2GrantCommand {
    @Option(
            names = "--auth-url",
            paramLabel = "URL",
            description = "The authorization endpoint, for a server without discovery.")
    String authUrl;

    @Option(
            names = "--port",
            paramLabel = "N",
            description = "The loopback port the browser comes back to (default: a free one).")
    Integer port;

    public OAuth2CodeCommand() {
        super(GrantType.CODE);
    }

    @Override
    Endpoints endpoints(URI token) {
        return new Endpoints(token, null, uri(authUrl));
    }

    @Override
    String scopeValue(URI issuer) {
        // OpenID Connect providers answer an authorization request only with the openid scope.
        String given = expand(scope);
        return given == null && issuer != null ? "openid" : given;
    }

    @Override
    Integer port() {
        return port;
    }
}
