package dev.restsh.shell.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** An expression's value as JSON, when it is data (what {@code let} keeps); empty for objects and functions. */
public final class JsonValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonValues() {}

    public static Optional<JsonNode> of(Object value) {
        try {
            return Optional.of(convert(value));
        } catch (NotData e) {
            return Optional.empty();
        }
    }

    private static JsonNode convert(Object value) {
        Object plain = Values.plain(value);
        if (value instanceof JsonNode node) {
            return node;
        }
        if (plain == null) {
            return NODES.nullNode();
        }
        if (plain instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (plain instanceof BigInteger number) {
            return NODES.numberNode(number);
        }
        if (plain instanceof Double number) {
            return NODES.numberNode(number);
        }
        if (plain instanceof String text) {
            return NODES.textNode(text);
        }
        Inspectable kind = Values.of(plain);
        if (kind instanceof MappingValue mapping) {
            ObjectNode object = NODES.objectNode();
            for (Object key : mapping.keys()) {
                object.set(Builtins.str(key), convert(mapping.lookup(key)));
            }
            return object;
        }
        if (kind instanceof SequenceValue || kind instanceof SetValue || plain instanceof List) {
            ArrayNode array = NODES.arrayNode();
            for (Iterator<Object> items = kind.iterator(); items.hasNext(); ) {
                array.add(convert(items.next()));
            }
            return array;
        }
        throw new NotData();
    }

    private static final class NotData extends RuntimeException {
        NotData() {
            super(null, null, false, false);
        }
    }
}
