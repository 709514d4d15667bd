package dev.restsh.server.ip;

import java.util.Optional;

/**
 * One page of {@code /get_ips}, ready to send: the tutorial's bytes, their entity tag, the total count and where the
 * next page starts. Both the Vert.x fast path ({@link LegacyIpRoute}) and the JAX-RS resource send it.
 */
record TutorialPage(byte[] body, String etag, long total, Optional<PageCursor> next) {
    static TutorialPage of(AddressPage page) {
        byte[] body = TutorialJson.results(page.addresses());
        return new TutorialPage(body, EntityTags.of(body), page.total(), page.next());
    }
}
