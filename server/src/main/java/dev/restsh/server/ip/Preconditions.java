package dev.restsh.server.ip;

import dev.restsh.server.error.ProblemException;
import java.util.Optional;

/** RFC 9110 conditional writes: {@code If-Match} (strong comparison) and {@code If-None-Match: *}. */
final class Preconditions {
    private Preconditions() {}

    /**
     * Checks {@code If-Match} against the current row and returns the row a conditional write must still find, or
     * empty for an unconditional write.
     */
    static Optional<StoredIp> ifMatch(String ifMatch, Optional<StoredIp> current, IpAddress address) {
        if (ifMatch == null) {
            return Optional.empty();
        }
        if (current.isEmpty()) {
            throw ProblemException.preconditionFailed(
                    "If-Match was given but " + address.canonical() + " is not in the inventory.");
        }
        if (!EntityTags.matchesStrongly(ifMatch, current.get().entityTag())) {
            throw ProblemException.preconditionFailed("If-Match does not match the current ETag "
                    + current.get().entityTag() + " of " + address.canonical() + "; fetch it again.");
        }
        return current;
    }

    /** {@code If-None-Match: *} on a write means "only if it does not exist yet". */
    static void ifNoneMatchAny(String ifNoneMatch, Optional<StoredIp> current, IpAddress address) {
        if (ifNoneMatch != null && ifNoneMatch.trim().equals("*") && current.isPresent()) {
            throw ProblemException.preconditionFailed(
                    "If-None-Match: * was given but " + address.canonical() + " already exists.");
        }
    }

    static ProblemException changedMeanwhile(IpAddress address) {
        return ProblemException.preconditionFailed(
                address.canonical() + " changed while this request was handled; fetch it again.");
    }
}
