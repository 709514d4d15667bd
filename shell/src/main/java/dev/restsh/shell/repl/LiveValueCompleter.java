package dev.restsh.shell.repl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.inspect.Evaluator;
import dev.restsh.shell.inspect.ExpressionNames;
import dev.restsh.shell.inspect.ResponseObject;
import dev.restsh.shell.inspect.SessionScope;
import dev.restsh.shell.session.Exchange;
import dev.restsh.shell.session.Session;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.Candidate;

/**
 * Completes keys, attributes and methods from the values really there: evaluates the expression before the cursor
 * (or walks the jq path into the latest body) and offers what the resulting object has: a mapping's keys after
 * {@code ['}, a str's or a dict's methods or a Response's attributes after a dot.
 */
public final class LiveValueCompleter {
    private static final Pattern JQ_STEP = Pattern.compile("\\.([A-Za-z_][\\w-]*)|\\[\"([^\"]*)\"\\]|\\[(\\d*)\\]");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][\\w]*");

    private final Session session;

    public LiveValueCompleter(Session session) {
        this.session = session;
    }

    public void complete(JsonPathContext context, List<Candidate> candidates) {
        switch (context.kind()) {
            case KEY ->
                evaluate(context.base())
                        .map(ExpressionNames::keys)
                        .ifPresent(keys -> keys.forEach((key, summary) -> candidates.add(
                                candidate(quoted(key, context.quote()) + context.quote() + "]", key, summary))));
            case ATTRIBUTE ->
                evaluate(context.base())
                        .map(ExpressionNames::afterDot)
                        .ifPresent(names -> names.forEach(name -> candidates.add(candidate(name, name, null))));
            case JQ ->
                latestJson()
                        .flatMap(body -> walk(body, context.base()))
                        .ifPresent(node -> keys(node).stream()
                                .filter(key -> IDENTIFIER.matcher(key).matches())
                                .forEach(key -> candidates.add(candidate(key, key, describe(node.get(key))))));
            case NAME -> {} // names are not values: see NameCompleter
        }
    }

    /** The key as the inside of a string literal opened with that quote: backslashes and that quote escaped. */
    static String quoted(String key, String quote) {
        return key.replace("\\", "\\\\").replace(quote, "\\" + quote);
    }

    private Optional<Object> evaluate(String expression) {
        try {
            return Optional.ofNullable(new Evaluator(new SessionScope(session)).evaluate(expression));
        } catch (RuntimeException notNow) {
            // No response yet, a typo, a body that is not JSON: nothing to offer.
            return Optional.empty();
        }
    }

    private Optional<JsonNode> latestJson() {
        try {
            return session.history()
                    .latest()
                    .map(Exchange::response)
                    .map(ResponseObject::new)
                    .map(ResponseObject::json);
        } catch (RuntimeException notJson) {
            return Optional.empty();
        }
    }

    /** Follows {@code .key}, {@code ["key"]}, {@code [N]} and {@code []} (the first element) steps. */
    static Optional<JsonNode> walk(JsonNode root, String path) {
        JsonNode node = root;
        Matcher step = JQ_STEP.matcher(path);
        int at = 0;
        while (step.find() && step.start() == at) {
            at = step.end();
            if (step.group(1) != null || step.group(2) != null) {
                node = node.path(step.group(1) != null ? step.group(1) : step.group(2));
            } else {
                node = node.path(step.group(3).isEmpty() ? 0 : Integer.parseInt(step.group(3)));
            }
        }
        return at == path.length() && node.isObject() ? Optional.of(node) : Optional.empty();
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        if (node.isObject()) {
            Iterator<String> names = node.fieldNames();
            names.forEachRemaining(keys::add);
        }
        return keys;
    }

    private static String describe(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isContainerNode()) {
            return value.getNodeType().name().toLowerCase() + " (" + value.size() + ")";
        }
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    private static Candidate candidate(String value, String display, String description) {
        return new Candidate(value, display, null, description, null, null, false);
    }
}
