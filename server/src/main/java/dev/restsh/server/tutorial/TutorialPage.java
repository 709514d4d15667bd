package dev.restsh.server.tutorial;

import dev.restsh.server.conditional.EntityTags;
import dev.restsh.server.paging.Page;
import dev.restsh.server.paging.PageCursor;
import java.util.Optional;

/**
 * One page of {@code /get_ips}, ready to send: the tutorial's bytes, their entity tag, the total count and where the
 * next page starts. Both the Vert.x fast path ({@link TutorialRoute}) and the JAX-RS resource send it.
 */
record TutorialPage(byte[] body, String etag, long total, Optional<PageCursor> next) {
    static TutorialPage of(Page<String> page) {
        byte[] body = TutorialJson.results(page.items());
        return new TutorialPage(body, EntityTags.of(body), page.total(), page.next());
    }
}
