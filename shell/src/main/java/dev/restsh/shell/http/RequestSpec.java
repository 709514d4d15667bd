package dev.restsh.shell.http;

import java.net.URI;

/** A request ready to send: method, absolute URL, headers and body bytes (empty when there is none). */
public record RequestSpec(String method, URI url, Headers headers, byte[] body) {
    public RequestSpec {
        body = body == null ? new byte[0] : body;
    }

    public RequestSpec withTarget(String newMethod, URI newUrl, byte[] newBody) {
        return new RequestSpec(newMethod, newUrl, headers.copy(), newBody);
    }
}
