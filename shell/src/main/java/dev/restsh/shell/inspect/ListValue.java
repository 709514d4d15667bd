package dev.restsh.shell.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.restsh.shell.json.Json;
import java.math.BigDecimal;
import java.util.List;

/** A JSON array or a list ({@code history}, {@code keys()}, slices): indexed, sliced and searched in place. */
final class ListValue implements Inspectable {
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
    public List<String> attributes() {
        return List.of();
    }

    @Override
    public Object attribute(String name) {
        throw noAttribute(name);
    }

    @Override
    public String repr() {
        return String.valueOf(node != null ? node : list);
    }

    @Override
    public int len() {
        return node != null ? node.size() : list.size();
    }

    Object get(int at) {
        return node != null ? node.get(at) : list.get(at);
    }

    @Override
    public Object getItem(Object key) {
        Object plain = Values.plain(key);
        int size = len();
        if (plain instanceof Slice slice) {
            int[] bounds = slice.bounds(size);
            if (node != null) {
                ArrayNode items = Json.mapper().createArrayNode();
                for (int i = bounds[0]; i < bounds[1]; i++) {
                    items.add(node.get(i));
                }
                return items;
            }
            return List.copyOf(list.subList(bounds[0], bounds[1]));
        }
        if (!(plain instanceof BigDecimal number)) {
            throw new ExpressionException(
                    "'" + typeName() + "' indices must be integers, not " + Values.typeName(key), -1);
        }
        int at = number.intValue() < 0 ? size + number.intValue() : number.intValue();
        if (at < 0 || at >= size) {
            throw new ExpressionException("index " + number + " out of range (length " + size + ")", -1);
        }
        return get(at);
    }

    @Override
    public boolean contains(Object item) {
        for (int i = 0, size = len(); i < size; i++) {
            if (Values.equal(get(i), item)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean truthy() {
        return len() > 0;
    }
}
