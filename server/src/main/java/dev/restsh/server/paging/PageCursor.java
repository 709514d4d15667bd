package dev.restsh.server.paging;

import dev.restsh.server.error.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An opaque position in insertion order: clients get it from a {@code Link: <…>; rel="next"} header and send it back
 * as {@code ?cursor=}. It encodes the id of the last row of the previous page; new rows never shift a page.
 */
public record PageCursor(long afterId) {
    private static final String PREFIX = "after:";
    public static final PageCursor START = new PageCursor(0);

    public String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((PREFIX + afterId).getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads a cursor sent by a client; {@code null} or empty means the first page. */
    public static PageCursor decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return START;
        }
        try {
            if (cursor.length() > 64) {
                throw new IllegalArgumentException("too long");
            }
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (!text.startsWith(PREFIX)) {
                throw new IllegalArgumentException("unknown cursor format");
            }
            long afterId = Long.parseLong(text.substring(PREFIX.length()));
            if (afterId < 0) {
                throw new IllegalArgumentException("negative position");
            }
            return new PageCursor(afterId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("Invalid cursor " + ProblemException.quote(cursor)
                    + ": use the cursor from a Link rel=\"next\" header unchanged.");
        }
    }
}
