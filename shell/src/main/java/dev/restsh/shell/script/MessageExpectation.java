package dev.restsh.shell.script;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.inspect.Evaluator;
import dev.restsh.shell.inspect.JqRunner;
import dev.restsh.shell.inspect.MessageObject;
import dev.restsh.shell.inspect.Parser;
import dev.restsh.shell.inspect.Scope;
import dev.restsh.shell.inspect.SessionScope;
import dev.restsh.shell.line.LineSplitter;
import dev.restsh.shell.live.Message;
import dev.restsh.shell.session.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code expect message [within DURATION] jq FILTER} or {@code expect message within DURATION EXPRESSION}: waits for
 * the next received message (of a WebSocket or an event stream) that the jq filter finds true, or for which the
 * expression, reading the candidate as {@code message}, is true. Bounded by the duration (default: the session's
 * timeout); a message that is not JSON, or makes the expression fail, does not match.
 */
public final class MessageExpectation {
    private static final Pattern FORM = Pattern.compile("(?s)message\\s+(?:within\\s+(\\S+)\\s+)?(.+)");
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m)?");

    private final Session session;
    private final Duration within;
    private final Predicate<Message> matches;
    private String lastError;

    private MessageExpectation(Session session, Duration within, String condition) {
        this.session = session;
        this.within = within;
        this.matches = condition(condition);
    }

    /** The expectation a line describes; empty when it is not one about messages. */
    public static Optional<MessageExpectation> parse(String source, Session session) {
        Matcher form = FORM.matcher(source.strip());
        if (!form.matches() || form.group(1) == null && !form.group(2).startsWith("jq ")) {
            return Optional.empty();
        }
        Duration within = form.group(1) == null ? session.timeout() : duration(form.group(1));
        return Optional.of(new MessageExpectation(session, within, form.group(2).strip()));
    }

    /** Waits; the outcome lists what was seen when no message matched in time. */
    public Expectations.Check check() {
        int before = session.messages().size();
        Optional<Message> found = session.messages().awaitReceived(matches, within);
        if (found.isPresent()) {
            return new Expectations.Check(true, "");
        }
        int seen = session.messages().size() - before;
        return new Expectations.Check(
                false,
                "  no message matched within " + within.toMillis() + " ms (" + seen + " arrived while waiting"
                        + session.messages()
                                .latest()
                                .map(m -> "; newest: " + m.name())
                                .orElse("") + ")\n"
                        + (lastError == null ? "" : "  last error: " + lastError + "\n"));
    }

    private Predicate<Message> condition(String condition) {
        if (condition.startsWith("jq ")) {
            String filter = LineSplitter.filter(condition.substring(3));
            JqRunner.compile(filter); // a syntax error is reported before the wait
            return message -> {
                JsonNode json = json(message);
                if (json == null) {
                    return false;
                }
                try {
                    List<JsonNode> results = JqRunner.run(filter, json, message.name());
                    return !results.isEmpty() && results.stream().allMatch(JsonNode::asBoolean);
                } catch (RestshException e) {
                    lastError = e.getMessage();
                    return false;
                }
            };
        }
        Parser.parse(condition); // a syntax error is reported before the wait
        return message -> {
            try {
                return Evaluator.isTrue(new Evaluator(candidate(message)).evaluate(condition));
            } catch (RestshException e) {
                lastError = e.getMessage();
                return false;
            }
        };
    }

    private JsonNode json(Message message) {
        if (message.binary()) {
            return null;
        }
        try {
            return new MessageObject(message).json();
        } catch (RestshException notJson) {
            return null;
        }
    }

    /** The session's names, with {@code message} the candidate. */
    private Scope candidate(Message message) {
        SessionScope names = new SessionScope(session);
        return new Scope() {
            @Override
            public Optional<Object> lookup(String name) {
                return name.equals("message") ? Optional.of(new MessageObject(message)) : names.lookup(name);
            }

            @Override
            public Collection<String> names() {
                List<String> all = new ArrayList<>(names.names());
                all.add("message");
                return all;
            }
        };
    }

    static Duration duration(String text) {
        Matcher matcher = DURATION.matcher(text);
        if (!matcher.matches()) {
            throw RestshException.usage("a duration is a number with ms, s or m (for example: 5s), not " + text);
        }
        double amount = Double.parseDouble(matcher.group(1));
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        double millis = amount * (unit.equals("ms") ? 1 : unit.equals("s") ? 1000 : 60_000);
        return Duration.ofMillis((long) millis);
    }
}
