package dev.restsh.shell.session;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Which header values are secrets, and how they are shown when they must not be. */
public final class Secrets {
    public static final String MASK = "***";
    /**
     * Words that make a name (a header, a query parameter, a field, a variable) a secret's, as a regular expression:
     * shared by the masking here and by the history's secret filter.
     */
    public static final String SECRET_WORDS = "token|secret|passw|api[-_]?key|credential";

    private static final Set<String> SENSITIVE = Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");
    private static final Pattern SECRET_NAME = Pattern.compile(".*(?:" + SECRET_WORDS + ").*");
    /** A query parameter of a URL in running text whose name is a secret's: {@code ?api_key=VALUE}. */
    private static final Pattern SECRET_PARAMETER =
            Pattern.compile("([?&][^=&#\\s]*(?:" + SECRET_WORDS + ")[^=&#\\s]*=)[^&#\\s]+", Pattern.CASE_INSENSITIVE);

    private Secrets() {}

    public static boolean isSecret(String headerName) {
        String name = headerName.toLowerCase(Locale.ROOT);
        return SENSITIVE.contains(name) || SECRET_NAME.matcher(name).matches();
    }

    /**
     * {@code text} (a URL, or a message quoting URLs) with the values of secret query parameters masked:
     * {@code /ips?api_key=abc&page=2} becomes {@code /ips?api_key=***&page=2}.
     */
    public static String maskQueries(String text) {
        return text.indexOf('?') < 0 ? text : SECRET_PARAMETER.matcher(text).replaceAll("$1" + MASK);
    }

    /** The value with its secret part masked: the scheme of an Authorization header stays readable. */
    public static String mask(String headerName, String value) {
        if (!isSecret(headerName)) {
            return value;
        }
        int space = value.indexOf(' ');
        boolean scheme = headerName.toLowerCase(Locale.ROOT).endsWith("authorization") && space > 0;
        return scheme ? value.substring(0, space + 1) + MASK : MASK;
    }
}
