package dev.restsh.shell.inspect;

import java.util.Collection;
import java.util.Optional;

/** Finds the closest known name to a mistyped one, for "did you mean" hints. */
public final class Suggestions {
    private Suggestions() {}

    public static Optional<String> closest(String typed, Collection<String> known) {
        String lower = typed.toLowerCase();
        if (lower.length() >= 3) {
            // A name cut short ("status" for "status_code") is the likeliest slip.
            Optional<String> prefixed = known.stream()
                    .filter(name -> name.toLowerCase().startsWith(lower))
                    .findFirst();
            if (prefixed.isPresent()) {
                return prefixed;
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(typed.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        int allowed = Math.max(1, typed.length() / 3);
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    /** A hint to append to an error message: {@code "; did you mean 'x'?"} or nothing. */
    public static String hint(String typed, Collection<String> known) {
        return closest(typed, known)
                .map(name -> "; did you mean '" + name + "'?")
                .orElse("");
    }

    private static int distance(String a, String b) {
        int[] beforePrevious = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                boolean swapped =
                        i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1);
                if (swapped) {
                    // A transposition ("gte" for "get") counts as one edit.
                    current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
                }
            }
            int[] oldest = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = oldest;
        }
        return previous[b.length()];
    }
}
