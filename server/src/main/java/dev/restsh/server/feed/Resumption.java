package dev.restsh.server.feed;

import dev.restsh.server.error.ProblemException;
import java.util.OptionalLong;

/** Where a client resumes: {@code Last-Event-ID} (sent by EventSource on reconnecting) or {@code ?after=REVISION}. */
final class Resumption {
    private Resumption() {}

    static OptionalLong parse(String lastEventId, String after) {
        String text = lastEventId != null && !lastEventId.isBlank() ? lastEventId : after;
        if (text == null) {
            return OptionalLong.empty();
        }
        String trimmed = text.trim();
        if (trimmed.isEmpty() || trimmed.length() > 19 || !trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw ProblemException.badRequest("A revision to resume after is a number such as 1765072800000001, not "
                    + ProblemException.quote(text) + ".");
        }
        return OptionalLong.of(Long.parseLong(trimmed));
    }
}
