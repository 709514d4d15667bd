package dev.restsh.shell.http;

import java.util.Map;

/** What a server's TLS alert means for the client certificate: the alerts a server sends when it wants one. */
final class ClientCertificateAlerts {
    /** restsh's own message when a server asked for a certificate, got none, and closed the connection. */
    static final String NOT_SENT = "the server asked for a client certificate and none was sent";

    private static final String RECEIVED = "Received fatal alert: ";
    private static final Map<String, String> HINTS = Map.of(
            "certificate_required",
            "the server wants a client certificate: give one with --cert FILE",
            "bad_certificate",
            "the server did not accept the client certificate",
            "unknown_ca",
            "the server does not trust the client certificate's issuer",
            "certificate_unknown",
            "the server did not accept the client certificate",
            "certificate_expired",
            "the client certificate has expired",
            "access_denied",
            "the server refused the client certificate");

    private ClientCertificateAlerts() {}

    /** The hint for a handshake failure message, or null when it is not about the client certificate. */
    static String hint(String message) {
        if (message.equals(NOT_SENT)) {
            return "give one it trusts with --cert FILE";
        }
        int at = message.indexOf(RECEIVED);
        return at < 0
                ? null
                : HINTS.get(message.substring(at + RECEIVED.length()).strip());
    }
}
