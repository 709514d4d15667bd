package dev.restsh.shell.http;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The character set of a body, from its Content-Type; UTF-8 when it names none. */
public final class Charsets {
    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)");

    private Charsets() {}

    public static Optional<String> declared(String contentType) {
        Matcher matcher = CHARSET.matcher(contentType == null ? "" : contentType);
        return matcher.find() ? Optional.of(matcher.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    public static Charset of(String contentType) {
        return declared(contentType)
                .flatMap(name -> {
                    try {
                        return Optional.of(Charset.forName(name));
                    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                        return Optional.empty();
                    }
                })
                .orElse(StandardCharsets.UTF_8);
    }

    public static String decode(byte[] body, String contentType) {
        return new String(body, of(contentType));
    }
}
