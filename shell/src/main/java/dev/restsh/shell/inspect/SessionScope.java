package dev.restsh.shell.inspect;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.session.Exchange;
import dev.restsh.shell.session.Session;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Resolves {@code response}, {@code request}, {@code _}, {@code _N} and variables from a session. */
public final class SessionScope implements Scope {
    private static final Pattern NUMBERED = Pattern.compile("_(\\d+)");

    private final Session session;

    public SessionScope(Session session) {
        this.session = session;
    }

    @Override
    public Optional<Object> lookup(String name) {
        if (name.equals("response") || name.equals("_")) {
            return Optional.of(latest());
        }
        if (name.equals("request")) {
            return Optional.of(latest().attribute("request"));
        }
        if (MessageObject.NAME.matcher(name).matches()) {
            return Optional.of(message(name));
        }
        if (name.equals("message")) {
            return Optional.of(new MessageObject(session.messages()
                    .latest()
                    .orElseThrow(() -> RestshException.usage(
                            "no message yet: open a connection first (for example: ws /ips/changes)"))));
        }
        if (NUMBERED.matcher(name).matches()) {
            Exchange exchange = session.history().number(Integer.parseInt(name.substring(1)));
            return Optional.of(new ResponseObject(exchange.response()));
        }
        return Optional.ofNullable(session.variables().get(name));
    }

    /**
     * The response that a command argument names: {@code _} or {@code response} (the newest), {@code _N}, or
     * null for the newest.
     */
    public ResponseObject response(String name) {
        if (name == null || name.equals("_") || name.equals("response")) {
            return latest();
        }
        if (!NUMBERED.matcher(name).matches()) {
            throw RestshException.usage("'" + name + "' is not a response: use _ (the newest) or _N (see: history)");
        }
        return new ResponseObject(
                session.history().number(Integer.parseInt(name.substring(1))).response());
    }

    /** The message {@code _mN} names. */
    public MessageObject message(String name) {
        return new MessageObject(session.messages().number(Integer.parseInt(name.substring(2))));
    }

    private ResponseObject latest() {
        Exchange exchange = session.history()
                .latest()
                .orElseThrow(() ->
                        RestshException.usage("no response yet: send a request first (for example: get /get_ips)"));
        return new ResponseObject(exchange.response());
    }

    @Override
    public Collection<String> names() {
        List<String> names = new ArrayList<>(List.of("response", "request", "_"));
        if (session.messages().size() > 0) {
            names.add("message");
        }
        names.addAll(session.variables().keySet());
        return names;
    }
}
