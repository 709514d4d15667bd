package dev.restsh.shell.inspect;

import java.util.List;
import java.util.Map;

/**
 * {@code help(x)}: a short description of an object or a method, in pydoc's layout, from requests' and Python's own
 * docstrings. The result prints as the text (as {@code help()} prints it in pdb).
 */
final class Help {
    private static final String RESPONSE =
            "The Response object, which contains a server's response to an HTTP request.";

    /** requests.Response: name → signature (for methods) and the first paragraph of its documentation. */
    private static final Map<String, String[]> RESPONSE_NAMES = Map.ofEntries(
            Map.entry("apparent_encoding", new String[] {
                null, "The apparent encoding, provided by the charset_normalizer or chardet libraries."
            }),
            Map.entry("close", new String[] {
                "()",
                "Releases the connection back to the pool. Once this method has been called the underlying ``raw`` object must not be accessed again."
            }),
            Map.entry("content", new String[] {null, "Content of the response, in bytes."}),
            Map.entry("cookies", new String[] {null, "A CookieJar of Cookies the server sent back."}),
            Map.entry("elapsed", new String[] {
                null,
                "The amount of time elapsed between sending the request and the arrival of the response (as a timedelta)."
            }),
            Map.entry("encoding", new String[] {null, "Encoding to decode with when accessing r.text."}),
            Map.entry("headers", new String[] {null, "Case-insensitive Dictionary of Response Headers."}),
            Map.entry("history", new String[] {
                null,
                "A list of Response objects from the history of the Request. Any redirect responses will end up here."
            }),
            Map.entry(
                    "is_permanent_redirect",
                    new String[] {null, "True if this Response one of the permanent versions of redirect."}),
            Map.entry("is_redirect", new String[] {
                null,
                "True if this Response is a well-formed HTTP redirect that could have been processed automatically."
            }),
            Map.entry("iter_content", new String[] {
                "(chunk_size=1, decode_unicode=False)",
                "Iterates over the response data. The chunk size is the number of bytes it should read into memory."
            }),
            Map.entry("iter_lines", new String[] {
                "(chunk_size=512, decode_unicode=False, delimiter=None)",
                "Iterates over the response data, one line at a time."
            }),
            Map.entry("json", new String[] {"(**kwargs)", "Returns the json-encoded content of a response, if any."}),
            Map.entry("links", new String[] {null, "Returns the parsed header links of the response, if any."}),
            Map.entry("next", new String[] {
                null, "Returns a PreparedRequest for the next request in a redirect chain, if there is one."
            }),
            Map.entry("ok", new String[] {null, "Returns True if status_code is less than 400, False if not."}),
            Map.entry("raise_for_status", new String[] {"()", "Raises HTTPError, if one occurred."}),
            Map.entry("raw", new String[] {null, "File-like object representation of response (for advanced usage)."}),
            Map.entry(
                    "reason",
                    new String[] {null, "Textual reason of responded HTTP Status, e.g. \"Not Found\" or \"OK\"."}),
            Map.entry("request", new String[] {null, "The PreparedRequest object to which this is a response."}),
            Map.entry("status_code", new String[] {null, "Integer Code of responded HTTP Status, e.g. 404 or 200."}),
            Map.entry("text", new String[] {null, "Content of the response, in unicode."}),
            Map.entry("url", new String[] {null, "Final URL location of Response."}));

    /** Python's builtins: signature line(s) and the first paragraph of the docstring. */
    private static final Map<String, String[]> BUILTINS = Map.ofEntries(
            Map.entry("abs", new String[] {"abs(x, /)", "Return the absolute value of the argument."}),
            Map.entry("all", new String[] {
                "all(iterable, /)", "Return True if bool(x) is True for all values x in the iterable."
            }),
            Map.entry(
                    "any",
                    new String[] {"any(iterable, /)", "Return True if bool(x) is True for any x in the iterable."}),
            Map.entry("dir", new String[] {"dir(...)", "dir([object]) -> list of strings"}),
            Map.entry("enumerate", new String[] {"enumerate(iterable, start=0)", "Return an enumerate object."}),
            Map.entry("filter", new String[] {"filter(...)", "filter(function or None, iterable) --> filter object"}),
            Map.entry("isinstance", new String[] {
                "isinstance(obj, class_or_tuple, /)",
                "Return whether an object is an instance of a class or of a subclass thereof."
            }),
            Map.entry("len", new String[] {"len(obj, /)", "Return the number of items in a container."}),
            Map.entry("map", new String[] {"map(...)", "map(func, *iterables) --> map object"}),
            Map.entry("max", new String[] {
                "max(...)",
                "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value"
            }),
            Map.entry("min", new String[] {
                "min(...)",
                "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value"
            }),
            Map.entry("range", new String[] {
                "range(...)", "range(stop) -> range object\nrange(start, stop[, step]) -> range object"
            }),
            Map.entry(
                    "repr", new String[] {"repr(obj, /)", "Return the canonical string representation of the object."}),
            Map.entry("reversed", new String[] {
                "reversed(sequence, /)", "Return a reverse iterator over the values of the given sequence."
            }),
            Map.entry("round", new String[] {
                "round(number, ndigits=None)", "Round a number to a given precision in decimal digits."
            }),
            Map.entry("sorted", new String[] {
                "sorted(iterable, /, *, key=None, reverse=False)",
                "Return a new list containing all items from the iterable in ascending order."
            }),
            Map.entry("sum", new String[] {
                "sum(iterable, /, start=0)",
                "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"
            }),
            Map.entry("type", new String[] {"type(...)", "type(object) -> the object's type"}),
            Map.entry("zip", new String[] {
                "zip(...)", "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted."
            }),
            Map.entry("help", new String[] {"help(object)", "Show a short description of the object or method."}),
            Map.entry("print", new String[] {
                "print(*args, sep=' ', end='\\n')", "Prints the values, separated by sep and followed by end."
            }));

    private Help() {}

    /** A builtin function's signature line, {@code len(obj, /)}; null for a type or an unknown name. */
    static String signature(String builtin) {
        String[] doc = BUILTINS.get(builtin);
        return doc == null ? null : doc[0];
    }

    static HelpText of(Object value) {
        Object plain = Values.plain(value);
        if (plain instanceof BoundMethod method) {
            return method(method);
        }
        if (plain instanceof ResponseObject) {
            StringBuilder text = new StringBuilder(
                            "Help on Response in module requests.models object:\n\nclass Response(builtins.object)\n |  ")
                    .append(RESPONSE)
                    .append("\n |");
            for (String name : ResponseObject.ATTRIBUTES) {
                String[] doc = RESPONSE_NAMES.get(name);
                text.append("\n |  ")
                        .append(name)
                        .append(doc[0] == null ? "" : doc[0])
                        .append("\n |      ")
                        .append(doc[1]);
            }
            return new HelpText(text.toString());
        }
        Inspectable object = Values.of(plain);
        String kind = plain instanceof PyType type ? type.name() : object.typeName();
        List<String> names = plain instanceof PyType ? List.of() : object.attributes();
        return new HelpText("Help on " + (plain instanceof PyType ? "class " : "") + kind + " object:\n\nclass " + kind
                + (names.isEmpty() || object instanceof MappingValue
                        ? ""
                        : "\n |  Attributes and methods: " + String.join(", ", names)));
    }

    private static HelpText method(BoundMethod method) {
        if (method.owner().equals("builtins")) {
            String[] doc = BUILTINS.get(method.name());
            return new HelpText("Help on built-in function " + method.name() + " in module builtins:\n\n" + doc[0]
                    + "\n    " + doc[1].replace("\n", "\n    "));
        }
        if (method.owner().equals("Response") && RESPONSE_NAMES.containsKey(method.name())) {
            String[] doc = RESPONSE_NAMES.get(method.name());
            return new HelpText("Help on method " + method.name() + " in module requests.models:\n\n" + method.name()
                    + doc[0] + " method of requests.models.Response instance\n    " + doc[1]);
        }
        return new HelpText("Help on method " + method.name() + " of " + method.owner() + " object:\n\n" + method.name()
                + "(...) method of " + method.owner() + " instance");
    }

    /** What help() and print() give: text that p and pp print as it is; it counts as false, as their None does. */
    record HelpText(String text) implements Inspectable {
        @Override
        public String typeName() {
            return "NoneType";
        }

        @Override
        public String repr() {
            return text;
        }

        @Override
        public boolean truthy() {
            return false;
        }
    }
}
