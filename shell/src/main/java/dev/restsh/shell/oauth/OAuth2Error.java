package dev.restsh.shell.oauth;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;

/**
 * The authorization server refused a request (RFC 6749 section 5.2): its {@code error} code and
 * {@code error_description} in one line, exit status 4 like any refused request.
 */
public final class OAuth2Error extends RestshException {
    private final String error;

    public OAuth2Error(String error, String message) {
        super(ExitStatus.CLIENT_ERROR, message);
        this.error = error;
    }

    /** A refusal as the server worded it: "invalid_client (Invalid client credentials)". */
    static OAuth2Error refused(String what, String error, String description) {
        String detail =
                description == null || description.isBlank() ? "" : " (" + ServerText.safe(description.strip()) + ")";
        return new OAuth2Error(error, what + " refused: " + ServerText.safe(error) + detail);
    }

    /** The server's code: {@code invalid_grant}, {@code authorization_pending}, … */
    public String error() {
        return error;
    }
}
