package dev.restsh.shell.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A JSON object or a string-keyed dict ({@code cookies}, {@code links}), looked up without listing its keys. */
final class DictValue extends MappingValue {
    private final JsonNode node;
    private final Map<?, ?> map;

    DictValue(JsonNode node) {
        this.node = node;
        this.map = null;
    }

    DictValue(Map<?, ?> map) {
        this.node = null;
        this.map = map;
    }

    @Override
    List<Object> keys() {
        List<Object> keys = new ArrayList<>();
        if (node != null) {
            node.fieldNames().forEachRemaining(keys::add);
        } else {
            keys.addAll(map.keySet());
        }
        return keys;
    }

    @Override
    boolean has(Object key) {
        Object plain = Values.plain(key);
        if (!(plain instanceof String name)) {
            return false;
        }
        return node != null ? node.has(name) : map.containsKey(name);
    }

    @Override
    Object lookup(Object key) {
        String name = (String) Values.plain(key);
        return node != null ? node.get(name) : map.get(name);
    }

    @Override
    public int len() {
        return node != null ? node.size() : map.size();
    }
}
