package dev.restsh.shell.command;

import dev.restsh.shell.oauth.GrantType;
import dev.restsh.shell.oauth.OAuth2Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code auth oauth2 password}: a token for a user, from their name and password (RFC 6749 section 4.3). */
@Command(
        addMethodSubcommands = false,
        name = "password",
        mixinStandardHelpOptions = true,
        description = "Sign in as a user with their name and password (resource owner password grant).",
        footer = {
            "",
            "Example:",
            "  auth oauth2 password --issuer https://id.example.com/realms/demo --client-id cli --username ann"
        })
public class OAuth2PasswordCommand extends OAuth2GrantCommand {
    @Option(names = "--client-secret", paramLabel = "SECRET", description = "The secret of a confidential client.")
    String clientSecret;

    @Option(names = "--username", required = true, paramLabel = "USER", description = "The user's name.")
    String username;

    @Option(
            names = "--password",
            paramLabel = "PASSWORD",
            description = "The user's password; asked for (not echoed) when left out.")
    String password;

    public OAuth2PasswordCommand() {
        super(GrantType.PASSWORD);
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
                shared.clientSecret(),
                shared.scope(),
                null,
                expand(username),
                secret(password, "password", "--password PASSWORD"),
                null);
    }
}
