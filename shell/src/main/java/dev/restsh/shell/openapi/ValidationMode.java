package dev.restsh.shell.openapi;

import dev.restsh.shell.RestshException;
import java.util.Locale;

/**
 * What the pre-flight check does with a request that does not match its operation: warn and send it ({@code warn},
 * the default), refuse to send it ({@code strict}), or not look ({@code off}). The config file's and an
 * environment's {@code validate} key.
 */
public enum ValidationMode {
    WARN,
    STRICT,
    OFF;

    /** The mode a {@code validate} value names; {@code where} prefixes the error for a value that names none. */
    public static ValidationMode parse(String value, String where) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RestshException.usage(where + "validate must be warn, strict or off, not '" + value + "'");
        }
    }
}
