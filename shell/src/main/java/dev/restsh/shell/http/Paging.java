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

    /**
     * Why a page may lack the link: next and prev are missing at the two ends of a list, first and last are
     * optional; without any Link header the server may not page with RFC 8288 links at all.
     */
    private static String whyMissing(String rel, boolean otherLinks) {
        String end = switch (rel) {
            case "next" -> "the last page";
            case "prev" -> "the first page";
            default -> null;
        };
        if (otherLinks) {
            return end == null ? " (the server does not send one)" : " (it may be " + end + ")";
        }
        return end == null
                ? ": the server does not page with RFC 8288 links"
                : " (" + end + ", or a server that does not page with RFC 8288 links)";
    }

    /** The request for the linked page: a GET with the headers the current page was asked for with. */
    public static RequestSpec requestFor(Response response, String rel) {
        URI target = link(response, rel)
                .orElseThrow(() -> new RestshException(
                        ExitStatus.USAGE,
                        response.headers().contains("link")
                                ? "this response has no rel=\"" + rel + "\" link" + whyMissing(rel, true)
                                : "this response has no Link header" + whyMissing(rel, false)));
        Headers headers = response.request().headers().copy();
        headers.remove("content-type").remove("content-length");
        return new RequestSpec("GET", target, headers, new byte[0]);
    }
}
