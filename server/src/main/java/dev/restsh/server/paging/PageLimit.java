package dev.restsh.server.paging;

import dev.restsh.server.error.ProblemException;

/** The {@code ?limit=} query parameter: how many items one page holds. */
public final class PageLimit {
    public static final int DEFAULT = 100;
    public static final int MAXIMUM = 1000;

    private PageLimit() {}

    public static int parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return DEFAULT;
        }
        if (raw.length() > 4 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalid(raw);
        }
        int limit = Integer.parseInt(raw);
        if (limit < 1 || limit > MAXIMUM) {
            throw invalid(raw);
        }
        return limit;
    }

    private static ProblemException invalid(String raw) {
        return ProblemException.badRequest("Invalid limit " + ProblemException.quote(raw)
                + ": expected a whole number from 1 to " + MAXIMUM + ".");
    }
}
