package dev.restsh.shell.oauth;

import java.net.URI;

/** Where the authorization server answers: token endpoint, device authorization endpoint, authorization endpoint. */
public record Endpoints(URI token, URI device, URI authorization) {
    /** These endpoints, each replaced by the other's where this one has none. */
    Endpoints or(Endpoints other) {
        return new Endpoints(
                token != null ? token : other.token,
                device != null ? device : other.device,
                authorization != null ? authorization : other.authorization);
    }
}
