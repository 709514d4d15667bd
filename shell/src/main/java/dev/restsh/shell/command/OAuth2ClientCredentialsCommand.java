package dev.restsh.shell.command;

import dev.restsh.shell.oauth.GrantType;
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
            "  auth oauth2 client-credentials --issuer https://id.example/realms/demo \\",
            "      --client-id cli --client-secret {{CLIENT_SECRET}} --scope inventory"
        })
public class OAuth2ClientCredentialsCommand extends OAuth2GrantCommand {
    @Option(names = "--audience", paramLabel = "AUDIENCE", description = "The API the token is for (Auth0 and others).")
    String audience;

    public OAuth2ClientCredentialsCommand() {
        super(GrantType.CLIENT_CREDENTIALS);
    }

    @Override
    String clientSecretValue() {
        return secret(clientSecret, "client secret", "--client-secret SECRET");
    }

    @Override
    String audienceValue() {
        return expand(audience);
    }
}
