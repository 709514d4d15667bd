package dev.restsh.shell.repl;

import java.util.regex.Pattern;

/**
 * Recognises lines that carry credentials, so they stay in memory for this session (arrow keys, {@code !!}) but
 * are never written to the history file: Authorization headers, Bearer tokens, the {@code auth} command, auth
 * options, API-key headers and password fields.
 */
public final class SecretFilter {
    private static final Pattern SECRET = Pattern.compile("(?i)(^\\s*auth(\\s|$))"
            + "|\\b(proxy-)?authorization\\b\\s*[:=]?\\s*\\S"
            + "|\\bbearer\\s+\\S"
            + "|(^|\\s)(--auth|-a)(\\s|=)\\S"
            + "|\\b(x-)?api[-_]?key\\s*(:|=|==)\\s*\\S"
            + "|\\b(password|passwd|secret|token)\\s*(:=|=|==)\\s*\\S");

    private SecretFilter() {}

    public static boolean containsSecret(String line) {
        return SECRET.matcher(line).find();
    }
}
