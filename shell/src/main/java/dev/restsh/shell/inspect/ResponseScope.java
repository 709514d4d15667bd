package dev.restsh.shell.inspect;

import dev.restsh.shell.http.Response;
import java.util.Collection;
import java.util.Optional;

/**
 * A session's names, with {@code response} and {@code _} being one given response: a response {@code watch} got
 * but has not kept, checked against {@code --until}.
 */
public final class ResponseScope implements Scope {
    private final Scope session;
    private final ResponseObject response;

    public ResponseScope(Scope session, Response response) {
        this.session = session;
        this.response = new ResponseObject(response);
    }

    @Override
    public Optional<Object> lookup(String name) {
        if (name.equals("response") || name.equals("_")) {
            return Optional.of(response);
        }
        if (name.equals("request")) {
            return Optional.of(response.attribute("request"));
        }
        return session.lookup(name);
    }

    @Override
    public Collection<String> names() {
        return session.names();
    }
}
