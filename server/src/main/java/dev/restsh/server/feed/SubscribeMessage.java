package dev.restsh.server.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.restsh.server.error.ProblemException;
import dev.restsh.server.inventory.IpFilterParser;
import java.util.Iterator;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A client's {@code {"subscribe": {"in": "10.0.0.0/8", "version": 4, "scope": "private", "q": "router", "after":
 * 123}}}: the filters of {@code GET /ips} and, optionally, a revision to resume after. Anything else is refused with
 * a message that says what is expected.
 */
record SubscribeMessage(EntryFilter filter, String filterJson, OptionalLong after) {
    private static final Set<String> FILTERS = Set.of("version", "scope", "in", "q");
    static final String EXPECTED = "Expected {\"subscribe\": {…}} with any of version, scope, in, q (as for GET /ips)"
            + " and after (a revision to resume after).";

    static SubscribeMessage parse(String text, ObjectMapper json) {
        JsonNode message;
        try {
            message = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("Not JSON: " + e.getOriginalMessage() + ". " + EXPECTED);
        }
        if (message == null
                || !message.isObject()
                || message.size() != 1
                || !message.has("subscribe")
                || !message.get("subscribe").isObject()) {
            throw ProblemException.badRequest(EXPECTED);
        }
        ObjectNode subscribe = (ObjectNode) message.get("subscribe");
        ObjectNode filters = json.createObjectNode();
        for (Iterator<String> names = subscribe.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            JsonNode value = subscribe.get(name);
            if (!FILTERS.contains(name) && !name.equals("after")) {
                throw ProblemException.badRequest("Unknown field " + ProblemException.quote(name) + ". " + EXPECTED);
            }
            if (!value.isTextual() && !value.isIntegralNumber()) {
                throw ProblemException.badRequest(name + " must be a string or a number.");
            }
            if (FILTERS.contains(name)) {
                filters.set(name, value);
            }
        }
        EntryFilter filter = new EntryFilter(IpFilterParser.parse(
                text(subscribe, "version"), text(subscribe, "scope"), text(subscribe, "in"), text(subscribe, "q")));
        return new SubscribeMessage(filter, filters.toString(), Resumption.parse(null, text(subscribe, "after")));
    }

    private static String text(ObjectNode subscribe, String name) {
        JsonNode value = subscribe.get(name);
        return value == null ? null : value.asText();
    }
}
