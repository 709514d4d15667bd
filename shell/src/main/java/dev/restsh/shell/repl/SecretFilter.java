package dev.restsh.shell.repl;

import dev.restsh.shell.session.Secrets;
import java.util.regex.Pattern;

/**
 * Recognises lines that carry credentials, so they stay in memory for this session (arrow keys, {@code !!}) but
 * are never written to the history file: Authorization and Cookie headers, Bearer tokens, the {@code auth} command,
 * auth options (restsh's and curl's {@code -u}), URLs with a password, and any header, query parameter or field whose
 * name speaks of a token, secret, password, API key or credential ({@code X-Auth-Token:}, {@code access_token==},
 * {@code client_secret=}). Erring on the side of secrecy costs only a line in the file.
 */
public final class SecretFilter {
    private static final String SECRET_NAME = "[\\w.-]*(?:" + Secrets.SECRET_WORDS + ")[\\w.-]*";
    private static final Pattern SECRET = Pattern.compile("(?i)(^\\s*auth(\\s|$))"
            + "|\\b(proxy-)?authorization\\b\\s*[:=]?\\s*\\S"
            + "|\\bbearer\\s+\\S"
            + "|(^|\\s)(--auth|-a|--user|-u|--cert-key-pass)(\\s|=)\\S"
            + "|(^|\\s)-u[^\\s-]"
            + "|\\bcookie\\s*:\\s*\\S"
            + "|://[^/\\s@:]*:[^/\\s@]+@"
            + "|(^|[\\s'\"])" + SECRET_NAME + "\\s*(:=|==|=|:)\\s*\\S");

    private SecretFilter() {}

    public static boolean containsSecret(String line) {
        return SECRET.matcher(line).find();
    }
}
