package dev.restsh.server.tutorial;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the {@code /get_ips} body byte for byte as the tutorial's server does: Flask 2.2's {@code jsonify} under
 * {@code debug=True} pretty-prints with two-space indents, {@code ": "} after keys and a final newline.
 *
 * <p>Addresses are canonical IPv4/IPv6 text (digits, hex letters, dots and colons), so nothing needs escaping.
 */
final class TutorialJson {
    private TutorialJson() {}

    static byte[] results(List<String> addresses) {
        if (addresses.isEmpty()) {
            return "{\n  \"results\": []\n}\n".getBytes(StandardCharsets.US_ASCII);
        }
        StringBuilder json = new StringBuilder(24 + addresses.size() * 48);
        json.append("{\n  \"results\": [\n");
        for (int i = 0; i < addresses.size(); i++) {
            json.append("    {\n      \"ip\": \"").append(addresses.get(i)).append("\"\n    }");
            json.append(i + 1 < addresses.size() ? ",\n" : "\n");
        }
        json.append("  ]\n}\n");
        return json.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
