package dev.restsh.shell.http;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import java.net.URI;
import java.util.Optional;

/** Follows RFC 8288 {@code Link} relations (next, prev, first, last) from a response to the request for that page. */
public final class Paging {
    private Paging() {}

    public static Optional<URI> link(Response response, String rel) {
        LinkHeader.Link link =
                LinkHeader.parse(response.headers().all("link"), response.url()).get(rel);
        return link == null ? Optional.empty() : Optional.of(URI.create(link.url()));
    }

    /** A likely reason a page has no such link: next and prev are missing at the ends, first and last are optional. */
    private static String whyNot(String rel) {
        return switch (rel) {
            case "next" -> " (it may be the last page)";
            case "prev" -> " (it may be the first page)";
            default -> " (the server does not send one)";
        };
    }

    /** Why a page may have no Link header at all: an end of the list, or no RFC 8288 paging. */
    private static String withoutLinks(String rel) {
        return switch (rel) {
            case "next" -> " (the last page, or a server that does not page with RFC 8288 links)";
            case "prev" -> " (the first page, or a server that does not page with RFC 8288 links)";
            default -> ": the server does not page with RFC 8288 links";
        };
    }

    /** The request for the linked page: a GET with the headers the current page was asked for with. */
    public static RequestSpec requestFor(Response response, String rel) {
        URI target = link(response, rel)
                .orElseThrow(() -> new RestshException(
                        ExitStatus.USAGE,
                        response.headers().contains("link")
                                ? "this response has no rel=\"" + rel + "\" link" + whyNot(rel)
                                : "this response has no Link header" + withoutLinks(rel)));
        Headers headers = response.request().headers().copy();
        headers.remove("content-type").remove("content-length");
        return new RequestSpec("GET", target, headers, new byte[0]);
    }
}
