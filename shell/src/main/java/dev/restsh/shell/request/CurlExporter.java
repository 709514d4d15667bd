package dev.restsh.shell.request;

import dev.restsh.shell.http.ClientCertificate;
import dev.restsh.shell.http.Headers;
import dev.restsh.shell.http.RequestOptions;
import dev.restsh.shell.http.RequestSpec;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A request as a curl command line for a POSIX shell: every word single-quoted where needed, the body as sent
 * ({@code --data-binary}, or piped through {@code printf} with octal escapes when it is not text).
 */
public final class CurlExporter {
    /** The shell variable an OAuth2 access token becomes: the export works once it is set. */
    public static final String TOKEN_VARIABLE = "ACCESS_TOKEN";

    /** Marks a word already quoted for the shell (a NUL, which no shell word can hold, cannot clash). */
    private static final String QUOTED = "\0";

    /** Headers curl works out itself from the URL, body and proxy. */
    private static final Set<String> DERIVED =
            Set.of("host", "content-length", "connection", "transfer-encoding", "proxy-authorization");

    private CurlExporter() {}

    public static String export(RequestSpec request) {
        return export(request, RequestOptions.defaults(), false);
    }

    /**
     * With the options it was sent with as curl's flags, and {@code -L} when {@code follow} (the request was
     * redirected, and restsh followed).
     */
    public static String export(RequestSpec request, RequestOptions options, boolean follow) {
        return export(request, options, follow, token -> false);
    }

    /**
     * As {@link #export(RequestSpec, RequestOptions, boolean)}, with a bearer token for which {@code masked} is true
     * (an OAuth2 sign-in's) written as {@code "$ACCESS_TOKEN"}, for the shell to fill in.
     */
    public static String export(RequestSpec request, RequestOptions options, boolean follow, Predicate<String> masked) {
        List<String> words = new ArrayList<>(List.of("curl"));
        if (follow) {
            words.add("-L");
        }
        words.addAll(flags(options));
        String method = request.method();
        byte[] body = request.body();
        String text = body.length == 0 ? "" : text(body);
        if (method.equals("HEAD")) {
            words.add("--head");
        } else if (!(method.equals("GET") && body.length == 0) && !(method.equals("POST") && body.length > 0)) {
            words.add("-X");
            words.add(method);
        }
        words.add(request.url().toString());
        for (Headers.Field field : request.headers().fields()) {
            String name = field.name().toLowerCase(Locale.ROOT);
            if (DERIVED.contains(name)) {
                continue;
            }
            if (name.equals("accept-encoding")) {
                words.add("--compressed"); // curl then decodes the body as restsh does
            }
            words.add("-H");
            if (name.equals("authorization") && maskedBearer(field.value(), masked)) {
                words.add(QUOTED + quote(field.name() + ": Bearer ") + "\"$" + TOKEN_VARIABLE + "\"");
                continue;
            }
            words.add(field.value().isEmpty() ? field.name() + ";" : field.name() + ": " + field.value());
        }
        if (!request.headers().contains("Accept")) {
            words.add("-H");
            words.add("Accept:"); // else curl sends Accept: */*
        }
        String command;
        if (body.length == 0) {
            command = join(words);
        } else if (text != null && !text.startsWith("@")) {
            words.add("--data-binary");
            words.add(text);
            command = join(words);
        } else {
            words.add("--data-binary");
            words.add("@-");
            command = "printf " + quote(octal(body)) + " | " + join(words);
        }
        return command;
    }

    private static boolean maskedBearer(String value, Predicate<String> masked) {
        return value.regionMatches(true, 0, "Bearer ", 0, 7)
                && masked.test(value.substring(7).strip());
    }

    /** How the request was sent, as curl's flags; none for restsh's defaults. */
    private static List<String> flags(RequestOptions options) {
        List<String> flags = new ArrayList<>();
        if (!options.tls().verify()) {
            flags.add("-k");
        } else if (options.tls().caFile() != null) {
            flags.add("--cacert");
            flags.add(options.tls().caFile().toAbsolutePath().toString()); // read from wherever it is pasted
        }
        ClientCertificate client = options.tls().client();
        if (client != null) { // never its password: curl asks for it, as restsh did
            flags.add("--cert");
            flags.add(client.certFile().toString());
            if (client.keyFile() != null) {
                flags.add("--key");
                flags.add(client.keyFile().toString());
            } else if (!client.isPem()) {
                flags.add("--cert-type");
                flags.add("P12");
            }
        }
        flags.addAll(ProxyFlags.of(options.proxy()));
        if (options.http1Only()) {
            flags.add("--http1.1");
        }
        Duration timeout = options.timeout();
        // curl waits as long as it takes unless told; restsh's own default (30 s) is left out as noise.
        if (timeout != null && !timeout.equals(RequestOptions.DEFAULT_TIMEOUT)) {
            flags.add("--max-time");
            flags.add(BigDecimal.valueOf(timeout.toMillis(), 3)
                    .stripTrailingZeros()
                    .toPlainString());
        }
        return flags;
    }

    /** Quotes a word for a POSIX shell: as it is when safe, else in single quotes ('\'' for a quote inside). */
    public static String quote(String word) {
        if (!word.isEmpty() && word.matches("[A-Za-z0-9_@%+=:,./-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static String join(List<String> words) {
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            line.append(line.length() == 0 ? "" : " ")
                    .append(word.startsWith(QUOTED) ? word.substring(QUOTED.length()) : quote(word));
        }
        return line.toString();
    }

    /** The body as text, when it is valid UTF-8 without NUL bytes (a shell word cannot hold a NUL). */
    private static String text(byte[] body) {
        for (byte b : body) {
            if (b == 0) {
                return null;
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** A printf format that prints exactly these bytes: every byte as a three-digit octal escape. */
    private static String octal(byte[] body) {
        StringBuilder format = new StringBuilder(body.length * 4);
        for (byte b : body) {
            format.append(String.format("\\%03o", b & 0xff));
        }
        return format.toString();
    }
}
