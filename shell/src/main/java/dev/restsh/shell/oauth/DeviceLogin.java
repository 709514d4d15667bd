package dev.restsh.shell.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The device authorization grant (RFC 8628): asks for a device code, tells the person where to enter the user
 * code, then polls the token endpoint at the server's interval (five seconds more after each {@code slow_down})
 * until the sign-in is approved, denied or expires. Ctrl-C (an interrupt) stops the wait.
 */
final class DeviceLogin {
    private static final Duration SLOW_DOWN = Duration.ofSeconds(5);

    private final TokenEndpoint tokens;
    private final PrintWriter messages;
    private final Interaction.Pause pause;
    private final Clock clock;

    DeviceLogin(TokenEndpoint tokens, PrintWriter messages, Interaction.Pause pause, Clock clock) {
        this.tokens = tokens;
        this.messages = messages;
        this.pause = pause;
        this.clock = clock;
    }

    TokenSet run() {
        OAuth2Settings settings = tokens.settings();
        Map<String, String> form = tokens.form(null);
        form.put("scope", settings.scope());
        JsonNode grant = tokens.server()
                .post(
                        settings.endpoints().device(),
                        form,
                        settings.clientId(),
                        settings.clientSecret(),
                        "the device authorization was");
        String deviceCode = required(grant, "device_code");
        String userCode = required(grant, "user_code");
        // "verification_url" is what some servers sent before the RFC settled on verification_uri.
        String page = grant.hasNonNull("verification_uri")
                ? grant.get("verification_uri").asText()
                : required(grant, "verification_url");
        messages.println(
                "To sign in, open " + ServerText.safe(page) + " and enter the code " + ServerText.safe(userCode));
        if (grant.hasNonNull("verification_uri_complete")) {
            messages.println("  (or open "
                    + ServerText.safe(grant.get("verification_uri_complete").asText()) + ")");
        }
        messages.println("Waiting for the sign-in to be approved (Ctrl-C stops)...");
        messages.flush();
        Instant deadline = clock.instant().plusSeconds(grant.path("expires_in").asLong(600));
        Duration interval =
                Duration.ofSeconds(Math.max(1, grant.path("interval").asLong(5)));
        while (true) {
            try {
                pause.sleep(interval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RestshException(ExitStatus.ERROR, "device login cancelled");
            }
            try {
                return tokens.deviceCode(deviceCode);
            } catch (OAuth2Error e) {
                if (e.error().equals("slow_down")) {
                    interval = interval.plus(SLOW_DOWN);
                } else if (!e.error().equals("authorization_pending")) {
                    throw e;
                }
            }
            if (clock.instant().isAfter(deadline)) {
                throw new OAuth2Error("expired_token", "the device login expired before the sign-in was approved");
            }
        }
    }

    private static String required(JsonNode answer, String field) {
        if (!answer.hasNonNull(field) || answer.get(field).asText().isEmpty()) {
            throw new OAuth2Error("invalid_response", "the device authorization endpoint answered without a " + field);
        }
        return answer.get(field).asText();
    }
}
