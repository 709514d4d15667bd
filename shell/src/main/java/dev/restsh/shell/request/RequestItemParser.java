package dev.restsh.shell.request;

import dev.restsh.shell.RestshException;
import java.util.List;

/**
 * Parses HTTPie's request item grammar. The first separator in the item wins; at the same position the longer
 * one ({@code :=@} over {@code :=} over {@code :}), as in HTTPie's requestitems.py. A backslash makes the next
 * character literal ({@code a\:b=c} is the field {@code a:b}); {@code @file} alone is a whole body from a file.
 */
public final class RequestItemParser {
    private static final List<RequestItem.Kind> BY_LENGTH = List.of(
            RequestItem.Kind.JSON_FILE,
            RequestItem.Kind.DATA_FILE,
            RequestItem.Kind.JSON,
            RequestItem.Kind.QUERY,
            RequestItem.Kind.HEADER,
            RequestItem.Kind.EMPTY_HEADER,
            RequestItem.Kind.DATA,
            RequestItem.Kind.UPLOAD);

    private RequestItemParser() {}

    public static RequestItem parse(String item) {
        if (item.startsWith("@") && item.length() > 1) {
            return new RequestItem(RequestItem.Kind.BODY_FILE, "", item.substring(1));
        }
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < item.length(); i++) {
            char c = item.charAt(i);
            if (c == '\\' && i + 1 < item.length()) {
                char next = item.charAt(++i);
                // \[ and \] stay escaped for the nested-JSON reading of the name.
                key.append(next == '[' || next == ']' ? "\\" + next : String.valueOf(next));
                continue;
            }
            for (RequestItem.Kind kind : BY_LENGTH) {
                if (item.startsWith(kind.separator(), i)) {
                    if (key.length() == 0) {
                        throw RestshException.usage(
                                "request item '" + item + "' has no name before '" + kind.separator() + "'");
                    }
                    String value = item.substring(i + kind.separator().length());
                    if (kind == RequestItem.Kind.EMPTY_HEADER && !value.isEmpty()) {
                        break; // "a;b" is not an empty header: keep looking (a later '=' or ':' may match)
                    }
                    return new RequestItem(kind, key.toString(), value);
                }
            }
            key.append(c);
        }
        throw RestshException.usage("'" + item + "' is not a request item: use Header:value, name==query, "
                + "field=string, field:=json, field=@file, field@file (upload) or @file (body)");
    }
}
