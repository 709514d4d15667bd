package dev.restsh.shell.command;

import dev.restsh.shell.oauth.GrantType;
import dev.restsh.shell.oauth.OAuth2Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code auth oauth2 client-credentials}: a token for the client itself (RFC 6749 section 4.4). */
@Command(
        addMethodSubcommands = false,
        name = "client-credentials",
        mixinStandardHelpOptions = true,
        description = "Sign in as the client itself (client credentials grant).",
        footer = {
            "",
            "Example:",
            "  auth oauth2 client-credentials --issuer https://id.example.com/realms/demo --client-id cli \\",
            "      --client-secret {{CLIENT_SECRET}} --scope inventory"
        })
public class OAuth2ClientCredentialsCommand extends OAuth2GrantCommand {
    @Option(
            names = "--client-secret",
            paramLabel = "SECRET",
            description = "The client's secret; asked for (not echoed) when left out.")
    String clientSecret;

    @Option(names = "--audience", paramLabel = "AUDIENCE", description = "The API the token is for (Auth0 and others).")
    String audience;

    public OAuth2ClientCredentialsCommand() {
        super(GrantType.CLIENT_CREDENTIALS);
    }

    @Override
    String clientSecret() {
        return clientSecret;
    }

    @Override
    OAuth2Settings settings(OAuth2Settings shared) {
        return new OAuth2Settings(
                shared.grant(),
                shared.issuer(),
                shared.endpoints(),
                shared.clientId(),
                secret(clientSecret, "client secret", "--client-secret SECRET"),
                shared.scope(),
                expand(audience),
                null,
                null,
                null);
    }
}
