package dev.restsh.shell.command;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code auth oauth2 GRANT ...}: signs in with an OAuth2 / OpenID Connect grant; the token goes with every request. */
@Command(
        addMethodSubcommands = false,
        name = "oauth2",
        mixinStandardHelpOptions = true,
        description = "Sign in with an OAuth2 / OpenID Connect grant; requests then carry its token.",
        subcommands = {
            OAuth2ClientCredentialsCommand.class,
            OAuth2PasswordCommand.class,
            OAuth2DeviceCommand.class,
            OAuth2CodeCommand.class
        },
        footer = {
            "",
            "Examples:",
            "  auth oauth2 client-credentials --issuer https://id.example/realms/demo \\",
            "      --client-id cli --client-secret {{SECRET}} --scope inventory",
            "  auth oauth2 device --issuer https://id.example/realms/demo --client-id restsh",
            "  auth oauth2 code --issuer https://id.example/realms/demo --client-id restsh",
            "",
            "The token is renewed shortly before it expires, and once after a 401 with",
            "WWW-Authenticate: Bearer error=\"invalid_token\".",
            "'auth' shows the sign-in, never the token."
        })
public class OAuth2Command implements Callable<Integer> {
    @ParentCommand
    AuthCommand auth;

    ShellContext context() {
        return auth.context();
    }

    @Override
    public Integer call() {
        throw RestshException.usage("auth oauth2: name a grant: client-credentials, password, device or code");
    }
}
