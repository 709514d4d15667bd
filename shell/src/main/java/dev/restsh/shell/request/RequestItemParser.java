package dev.restsh.shell.request;

import dev.restsh.shell.RestshException;
import java.util.List;

/**
 * Parses HTTPie's request item grammar. The first separator in the item wins; at the same position the longer
 * one ({@code :=} over {@code :}, {@code ==} over {@code =}), as in HTTPie's requestitems.py.
 */
public final class RequestItemParser {
    private static final List<RequestItem.Kind> BY_LENGTH =
            List.of(RequestItem.Kind.JSON, RequestItem.Kind.QUERY, RequestItem.Kind.HEADER, RequestItem.Kind.DATA);

    private RequestItemParser() {}

    public static RequestItem parse(String item) {
        for (int i = 0; i < item.length(); i++) {
            for (RequestItem.Kind kind : BY_LENGTH) {
                if (item.startsWith(kind.separator(), i)) {
                    String key = item.substring(0, i);
                    if (key.isEmpty()) {
                        throw RestshException.usage(
                                "request item '" + item + "' has no name before '" + kind.separator() + "'");
                    }
                    return new RequestItem(
                            kind, key, item.substring(i + kind.separator().length()));
                }
            }
        }
        throw RestshException.usage(
                "'" + item + "' is not a request item: use Header:value, name==query, field=string or field:=json");
    }
}
