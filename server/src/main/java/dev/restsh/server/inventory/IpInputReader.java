package dev.restsh.server.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.server.address.InvalidAddressException;
import dev.restsh.server.address.IpAddress;
import dev.restsh.server.error.ProblemException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/** Reads {@link IpInput} from a parsed body strictly: an object, known fields only, strings only, sane labels. */
final class IpInputReader {
    static final int LABEL_LIMIT = 200;
    private static final Set<String> FIELDS = Set.of("ip", "label");

    private IpInputReader() {}

    /** A body for POST /ips: the address, and a label if any. */
    static IpInput read(JsonNode body) {
        return read(body, "{\"ip\": \"10.0.0.1\"}");
    }

    /** A body for PUT or PATCH /ips/{ip}: the address is in the path, so the example is a label. */
    static IpInput readForItem(JsonNode body) {
        return read(body, "{\"label\": \"router\"}");
    }

    private static IpInput read(JsonNode body, String example) {
        if (body == null || body.isMissingNode() || body.isNull()) {
            throw ProblemException.badRequest("A JSON object body is required, such as " + example + ".");
        }
        if (!body.isObject()) {
            throw ProblemException.badRequest("The body must be a JSON object, not " + body.getNodeType() + ".");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw ProblemException.badRequest(
                        "Unknown field " + ProblemException.quote(name) + ": only \"ip\" and \"label\" are accepted.");
            }
        }
        return new IpInput(
                text(body, "ip").orElse(null),
                text(body, "label").map(IpInputReader::checkedLabel).orElse(null));
    }

    static IpAddress address(String text) {
        try {
            return IpAddress.parse(text);
        } catch (InvalidAddressException e) {
            throw ProblemException.badRequest(
                    ProblemException.quote(text) + " is not an IPv4 or IPv6 address: " + e.getMessage() + ".");
        }
    }

    private static Optional<String> text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw ProblemException.badRequest(
                    "Field \"" + field + "\" must be a string, not " + value.getNodeType() + ".");
        }
        return Optional.of(value.textValue());
    }

    private static String checkedLabel(String label) {
        if (label.codePointCount(0, label.length()) > LABEL_LIMIT) {
            throw ProblemException.badRequest("The label is longer than " + LABEL_LIMIT + " characters.");
        }
        if (label.codePoints()
                .anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE)) {
            throw ProblemException.badRequest("The label may not contain control characters.");
        }
        return label;
    }
}
