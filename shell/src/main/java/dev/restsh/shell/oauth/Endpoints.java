package dev.restsh.shell.oauth;

import java.net.URI;

/** Where the authorization server answers: token endpoint, device authorization endpoint, authorization endpoint. */
public record Endpoints(URI token, URI device, URI authorization) {
    /** An endpoint's or issuer's URL as given, or null when it is not an absolute URL with a host. */
    public static URI absolute(String text) {
        try {
            URI url = URI.create(text);
            return url.getScheme() != null && url.getHost() != null ? url : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** These endpoints, each replaced by the other's where this one has none. */
    Endpoints or(Endpoints other) {
        return new Endpoints(
                token != null ? token : other.token,
                device != null ? device : other.device,
                authorization != null ? authorization : other.authorization);
    }
}
