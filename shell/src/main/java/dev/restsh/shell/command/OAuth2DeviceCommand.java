package dev.restsh.shell.command;

import dev.restsh.shell.oauth.Endpoints;
import dev.restsh.shell.oauth.GrantType;
import java.net.URI;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code auth oauth2 device}: sign in on another device with a user code (RFC 8628). */
@Command(
        addMethodSubcommands = false,
        name = "device",
        mixinStandardHelpOptions = true,
        description = "Sign in on another device: open the URL shown and enter the code (device authorization grant).",
        footer = {
            "",
            "Example:",
            "  auth oauth2 device --issuer https://id.example/realms/demo --client-id restsh",
            "",
            "Prints 'To sign in, open URL and enter the code CODE' on stderr, then polls",
            "at the server's interval until the sign-in is approved, denied or expires.",
            "Ctrl-C stops."
        })
public class OAuth2DeviceCommand extends OAuth2GrantCommand {
    @Option(
            names = "--device-url",
            paramLabel = "URL",
            description = "The device authorization endpoint, for a server without discovery.")
    String deviceUrl;

    public OAuth2DeviceCommand() {
        super(GrantType.DEVICE);
    }

    @Override
    Endpoints endpoints(URI token) {
        return new Endpoints(token, uri(deviceUrl), null);
    }
}
