package dev.restsh.shell.command;

import dev.restsh.shell.oauth.Endpoints;
import dev.restsh.shell.oauth.GrantType;
import dev.restsh.shell.oauth.OAuth2Settings;
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
            "  auth oauth2 device --issuer https://id.example.com/realms/demo --client-id restsh",
            "",
            "Prints 'To sign in, open URL and enter the code CODE' on stderr, then polls at the server's",
            "interval until the sign-in is approved, denied or expires. Ctrl-C stops."
        })
public class OAuth2DeviceCommand extends OAuth2GrantCommand {
    @Option(names = "--client-secret", paramLabel = "SECRET", description = "The secret of a confidential client.")
    String clientSecret;

    @Option(
            names = "--device-url",
            paramLabel = "URL",
            description = "The device authorization endpoint, for a server without discovery.")
    String deviceUrl;

    public OAuth2DeviceCommand() {
        super(GrantType.DEVICE);
    }

    @Override
    String clientSecret() {
        return clientSecret;
    }

    @Override
    OAuth2Settings settings(OAuth2Settings shared) {
        return shared.withEndpoints(new Endpoints(shared.endpoints().token(), uri(deviceUrl), null));
    }
}
