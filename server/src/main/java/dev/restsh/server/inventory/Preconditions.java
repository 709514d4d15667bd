package dev.restsh.server.inventory;

import dev.restsh.server.address.IpAddress;
import dev.restsh.server.conditional.EntityTags;
import dev.restsh.server.error.ProblemException;
import java.util.Optional;

/** RFC 9110 conditional writes: {@code If-Match} (strong comparison) and {@code If-None-Match} (weak). */
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

    /**
     * {@code If-None-Match} on a write (RFC 9110 section 13.1.2): {@code *} means "only if it does not exist yet", a
     * list of entity tags "only if none of them is current". Either way a match is 412.
     */
    static void ifNoneMatch(String ifNoneMatch, Optional<StoredIp> current, IpAddress address) {
        if (ifNoneMatch == null || current.isEmpty()) {
            return;
        }
        if (ifNoneMatch.trim().equals("*")) {
            throw ProblemException.preconditionFailed(
                    "If-None-Match: * was given but " + address.canonical() + " already exists.");
        }
        if (EntityTags.matches(ifNoneMatch, current.get().entityTag())) {
            throw ProblemException.preconditionFailed("If-None-Match names the current ETag "
                    + current.get().entityTag() + " of " + address.canonical() + ", so nothing was changed.");
        }
    }

    static ProblemException changedMeanwhile(IpAddress address) {
        return ProblemException.preconditionFailed(
                address.canonical() + " changed while this request was handled; fetch it again.");
    }
}
