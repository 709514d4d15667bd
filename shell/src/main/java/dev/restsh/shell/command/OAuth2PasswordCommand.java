package dev.restsh.shell.command;

import dev.restsh.shell.oauth.GrantType;
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
            "  auth oauth2 password --issuer https://id.example/realms/demo \\",
            "      --client-id cli --username ann"
        })
public class OAuth2PasswordCommand extends OAuth2GrantCommand {
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
    String usernameValue() {
        return expand(username);
    }

    @Override
    String passwordValue() {
        return secret(password, "password", "--password PASSWORD");
    }
}
