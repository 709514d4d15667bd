package dev.restsh.shell.openapi;

import java.util.ArrayList;
import java.util.List;

/** An OpenAPI path such as {@code /users/{id}/posts}: matches concrete paths and completes typed prefixes. */
public record PathTemplate(String text, List<String> segments) {

    public static PathTemplate of(String text) {
        List<String> segments = new ArrayList<>(List.of(text.split("/", -1)));
        if (!segments.isEmpty() && segments.get(0).isEmpty()) {
            segments.remove(0);
        }
        return new PathTemplate(text, List.copyOf(segments));
    }

    static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    /** True when the concrete path (no query) fits the template: literals equal, parameters non-empty. */
    public boolean matches(String path) {
        List<String> actual = of(path).segments();
        if (actual.size() != segments.size()) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            if (isParameter(expected) ? actual.get(i).isEmpty() : !expected.equals(actual.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** How many literal segments: the more, the more specific ({@code /users/me} before {@code /users/{id}}). */
    public int literalCount() {
        return (int) segments.stream().filter(segment -> !isParameter(segment)).count();
    }

    /**
     * Completes what the user typed ({@code /users/42/p}) with this template: the typed complete segments are
     * kept (values for parameters), the rest comes from the template. Null when the template does not fit.
     */
    public String complete(String typed) {
        if (!typed.startsWith("/")) {
            return null;
        }
        List<String> parts = of(typed).segments();
        if (parts.size() > segments.size()) {
            return null;
        }
        for (int i = 0; i < parts.size() - 1; i++) {
            String expected = segments.get(i);
            if (isParameter(expected) ? parts.get(i).isEmpty() : !expected.equals(parts.get(i))) {
                return null;
            }
        }
        int last = parts.size() - 1;
        String partial = parts.get(last);
        String expected = segments.get(last);
        if (!isParameter(expected) && !expected.startsWith(partial)) {
            return null;
        }
        StringBuilder completion = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            boolean keepTyped = i < last || (i == last && isParameter(expected) && !partial.isEmpty());
            completion.append('/').append(keepTyped ? parts.get(i) : segments.get(i));
        }
        return completion.toString();
    }
}
