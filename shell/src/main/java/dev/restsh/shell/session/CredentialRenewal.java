package dev.restsh.shell.session;

import dev.restsh.shell.http.Response;

/**
 * Renews the session's credentials after a server rejected them (an expired OAuth2 access token). The send path
 * asks it once per request; when it answers true, the request is built again with the session's new credentials
 * and sent once more.
 */
public interface CredentialRenewal {
    /** The default: nothing to renew. */
    CredentialRenewal NONE = rejected -> false;

    /** Renews what {@code rejected} refused (a 401 with a Bearer {@code invalid_token} challenge); true if it did. */
    boolean renewAfterRejection(Response rejected);
}
