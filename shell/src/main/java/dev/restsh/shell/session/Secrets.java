package dev.restsh.shell.session;

import java.util.Locale;
import java.util.Set;

/** Which header values are secrets, and how they are shown when they must not be. */
public final class Secrets {
    public static final String MASK = "***";
    private static final Set<String> SENSITIVE =
            Set.of("authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "api-key");

    private Secrets() {}

    public static boolean isSecret(String headerName) {
        String name = headerName.toLowerCase(Locale.ROOT);
        return SENSITIVE.contains(name)
                || name.contains("token")
                || name.contains("secret")
                || name.contains("password")
                || name.endsWith("api-key");
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
