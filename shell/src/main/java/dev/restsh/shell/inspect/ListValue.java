package dev.restsh.shell.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.restsh.shell.json.Json;
import java.util.List;

/** A JSON array or a list ({@code history}, a literal, a comprehension): indexed, sliced and searched in place. */
final class ListValue extends SequenceValue {
    private final JsonNode node;
    private final List<?> list;

    ListValue(JsonNode node) {
        this.node = node;
        this.list = null;
    }

    ListValue(List<?> list) {
        this.node = null;
        this.list = list;
    }

    @Override
    public String typeName() {
        return "list";
    }

    @Override
    public String repr() {
        return PythonRepr.of(node != null ? node : list);
    }

    @Override
    public int len() {
        return node != null ? node.size() : list.size();
    }

    @Override
    Object get(int at) {
        return node != null ? node.get(at) : list.get(at);
    }

    @Override
    Object make(List<Object> items) {
        if (node != null) {
            ArrayNode slice = Json.mapper().createArrayNode();
            items.forEach(item -> slice.add((JsonNode) item));
            return slice;
        }
        return items;
    }
}
