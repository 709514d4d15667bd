package dev.restsh.shell.session;

import dev.restsh.shell.http.RequestSpec;

/**
 * A look at a request just before it leaves (the API description's pre-flight check): it may warn, or refuse the
 * request by throwing, in which case nothing is sent.
 */
@FunctionalInterface
public interface RequestCheck {
    RequestCheck NONE = request -> {};

    void beforeSending(RequestSpec request);
}
