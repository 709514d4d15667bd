package dev.restsh.shell.session;

import dev.restsh.shell.http.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP Digest access authentication (RFC 7616): reads a server's {@code WWW-Authenticate: Digest} challenge and
 * computes the {@code Authorization} that answers it, for MD5 and SHA-256 and their {@code -sess} variants, with
 * {@code qop=auth} (or without qop, RFC 2069, for old servers). {@code auth-int} is not offered.
 */
public final class DigestAnswer {
    private static final Pattern DIGEST = Pattern.compile("(?i)(?:^|,)\\s*Digest\\s+");
    private static final Pattern PARAM =
            Pattern.compile("\\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\\s*=\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[^\\s,]*)\\s*,?");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One Digest challenge's parameters, names lower-cased. */
    public record Challenge(Map<String, String> params) {
        String get(String name) {
            return params.get(name);
        }

        String algorithm() {
            return params.getOrDefault("algorithm", "MD5");
        }
    }

    private DigestAnswer() {}

    /** The first Digest challenge of a 401 whose algorithm and qop restsh can answer. */
    public static Optional<Challenge> challenge(Response response) {
        if (response.status() != 401) {
            return Optional.empty();
        }
        for (String value : response.headers().all("www-authenticate")) {
            Optional<Challenge> challenge = parse(value);
            if (challenge.isPresent()) {
                return challenge;
            }
        }
        return Optional.empty();
    }

    /** The Digest challenge in one header value, if it has one restsh can answer. */
    static Optional<Challenge> parse(String header) {
        Matcher start = DIGEST.matcher(header);
        while (start.find()) {
            Map<String, String> params = new LinkedHashMap<>();
            Matcher param = PARAM.matcher(header).region(start.end(), header.length());
            while (param.lookingAt()) {
                String value = param.group(3) != null ? param.group(3).replaceAll("\\\\(.)", "$1") : param.group(2);
                params.put(param.group(1).toLowerCase(Locale.ROOT), value);
                param.region(param.end(), header.length());
            }
            Challenge challenge = new Challenge(params);
            if (challenge.get("nonce") != null && hashName(challenge.algorithm()) != null && qop(challenge) != null) {
                return Optional.of(challenge);
            }
        }
        return Optional.empty();
    }

    /** The Authorization value answering {@code challenge} for this request, with a fresh client nonce. */
    public static String authorization(Challenge challenge, String user, String password, String method, String uri) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        return authorization(
                challenge, user, password, method, uri, HexFormat.of().formatHex(random), 1);
    }

    /** The Authorization value with a given client nonce and nonce count (RFC 7616 §3.4). */
    static String authorization(
            Challenge challenge, String user, String password, String method, String uri, String cnonce, int count) {
        String algorithm = challenge.algorithm();
        String hash = hashName(algorithm);
        String realm = challenge.get("realm") == null ? "" : challenge.get("realm");
        String nonce = challenge.get("nonce");
        String qop = qop(challenge);
        String nc = String.format("%08x", count);
        String ha1 = hex(hash, user + ":" + realm + ":" + password);
        if (algorithm.toLowerCase(Locale.ROOT).endsWith("-sess")) {
            ha1 = hex(hash, ha1 + ":" + nonce + ":" + cnonce);
        }
        String ha2 = hex(hash, method + ":" + uri);
        String response = qop.isEmpty()
                ? hex(hash, ha1 + ":" + nonce + ":" + ha2)
                : hex(hash, ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":" + qop + ":" + ha2);
        StringBuilder header = new StringBuilder("Digest ")
                .append("username=")
                .append(quoted(user))
                .append(", realm=")
                .append(quoted(realm))
                .append(", uri=")
                .append(quoted(uri))
                .append(", algorithm=")
                .append(algorithm)
                .append(", nonce=")
                .append(quoted(nonce));
        if (!qop.isEmpty()) {
            header.append(", nc=")
                    .append(nc)
                    .append(", cnonce=")
                    .append(quoted(cnonce))
                    .append(", qop=")
                    .append(qop);
        }
        header.append(", response=").append(quoted(response));
        if (challenge.get("opaque") != null) {
            header.append(", opaque=").append(quoted(challenge.get("opaque")));
        }
        return header.toString();
    }

    /** "auth" when offered, "" when the server names no qop (RFC 2069), null when it offers only what restsh lacks. */
    private static String qop(Challenge challenge) {
        String offered = challenge.get("qop");
        if (offered == null) {
            return "";
        }
        for (String option : offered.split(",")) {
            if (option.trim().equalsIgnoreCase("auth")) {
                return "auth";
            }
        }
        return null;
    }

    /** The JDK's name for a Digest algorithm, or null for one restsh does not know. */
    private static String hashName(String algorithm) {
        return switch (algorithm.toUpperCase(Locale.ROOT)) {
            case "MD5", "MD5-SESS" -> "MD5";
            case "SHA-256", "SHA-256-SESS" -> "SHA-256";
            default -> null;
        };
    }

    private static String hex(String hash, String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance(hash).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(hash + " is required of every JDK", e);
        }
    }

    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
