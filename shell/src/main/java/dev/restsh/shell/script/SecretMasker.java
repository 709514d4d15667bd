package dev.restsh.shell.script;

import dev.restsh.shell.command.CommandCatalogue;
import dev.restsh.shell.line.LineSplitter;
import dev.restsh.shell.session.Secrets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces secrets in recorded commands by {@code {{VARIABLES}}}: Authorization and cookie headers, API keys,
 * {@code auth} arguments, and fields or variables named like tokens and passwords (inside JSON too: a {@code send}
 * line's message, a {@code :=} item's value, curl's {@code -d}, written as {@code "{{VARIABLE}}"}). The names it
 * used are collected, so the written script can say which {@code --var} it needs.
 */
public final class SecretMasker {
    /** A URL with a password in its userinfo: {@code scheme://user:PASSWORD@…}. */
    private static final Pattern URL_PASSWORD =
            Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://[^/@:\\s]*:)([^/@\\s]+)(@.*)");

    /** A secret query parameter in a URL: {@code ?api_key=VALUE} (a pasted curl line, an imported request). */
    private static final Pattern QUERY_SECRET = Pattern.compile(
            "([?&])([^=&#\\s]*(?:" + Secrets.SECRET_WORDS + ")[^=&#\\s]*)=([^&#\\s]+)", Pattern.CASE_INSENSITIVE);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]+}}");
    private static final Pattern HEADER_LINE = Pattern.compile("([A-Za-z0-9_-]+):\\s*(.*)", Pattern.DOTALL);
    private static final Pattern ITEM = Pattern.compile("([^:=]+)(:=|==|=|:)(.*)", Pattern.DOTALL);

    /** curl's flags whose value is a credential, and the variable each becomes. */
    private static final Map<String, String> CURL_CREDENTIAL_FLAGS = Map.of(
            "-u", "credentials",
            "--user", "credentials",
            "-U", "proxy_credentials",
            "--proxy-user", "proxy_credentials",
            "-b", "cookie",
            "--cookie", "cookie",
            "--oauth2-bearer", "token");

    /** curl's flags whose value is the body: a JSON body's secret fields are masked inside it. */
    private static final Set<String> CURL_DATA_FLAGS =
            Set.of("-d", "--data", "--data-ascii", "--data-binary", "--data-raw", "--json");

    /** The options of {@code auth oauth2} whose value is a secret, and the variable each becomes. */
    private static final Map<String, String> OAUTH2_SECRET_OPTIONS =
            Map.of("--client-secret", "client_secret", "--password", "password");

    /** The request option whose value is the client key's password. */
    private static final String KEY_PASSWORD = "--cert-key-pass";

    private final Set<String> variables = new TreeSet<>();

    /** The line with its secrets replaced (unchanged, spacing and all, when it has none). */
    public String mask(String line) {
        String text = line.strip();
        String[] parts = text.split("\\s+", 2);
        String command = parts[0];
        String rest = parts.length > 1 ? parts[1] : "";
        if (command.equals("expect") || command.equals("let") || command.equals("print")) {
            return line;
        }
        if (command.equals("header")) {
            Matcher header = HEADER_LINE.matcher(rest);
            if (header.matches() && Secrets.isSecret(header.group(1)) && !isPlaceholder(header.group(2))) {
                return "header " + header.group(1) + ": " + variable(header.group(1));
            }
            return line;
        }
        if (command.equals("send") && (rest.startsWith("{") || rest.startsWith("["))) {
            // JSON as typed, not words: masked inside, so that it stays JSON
            String json = JsonSecretMasker.mask(rest, this::variable);
            return json.equals(rest) ? line : text.substring(0, text.length() - rest.length()) + json;
        }
        List<String> words = LineSplitter.split(rest);
        List<String> masked = new ArrayList<>(
                switch (command) {
                    case "auth" -> maskAuth(words);
                    case "curl" -> maskCurl(words);
                    default -> maskItems(words, urlWords(command));
                });
        masked.replaceAll(this::maskUrlPassword);
        masked.replaceAll(this::maskQuerySecrets);
        maskOptionValues(masked);
        if (masked.equals(words)) {
            return line;
        }
        StringBuilder out = new StringBuilder(command);
        masked.forEach(word -> out.append(' ').append(ShellQuoting.quote(word)));
        return out.toString();
    }

    /** The variables the masked lines refer to, to be supplied with --var or the environment. */
    public Set<String> variables() {
        return Set.copyOf(variables);
    }

    private List<String> maskAuth(List<String> words) {
        List<String> out = new ArrayList<>(words);
        if (words.size() < 2) {
            return out;
        }
        String scheme = words.get(0).toLowerCase(Locale.ROOT);
        if (scheme.equals("oauth2")) {
            return maskOAuth2(out);
        }
        String credential = words.get(1);
        if (isPlaceholder(credential)) {
            return out;
        }
        if (scheme.equals("basic") || scheme.equals("digest")) {
            int colon = credential.indexOf(':');
            if (colon >= 0 && !isPlaceholder(credential.substring(colon + 1))) {
                out.set(1, credential.substring(0, colon + 1) + variable("password"));
            }
        } else {
            out.set(1, variable(scheme.equals("bearer") ? "token" : "auth"));
        }
        for (int i = 2; i < out.size(); i++) {
            out.set(i, variable("auth"));
        }
        return out;
    }

    /**
     * {@code auth oauth2 GRANT ...}: the values of {@code --client-secret} and {@code --password} (issuer, client id,
     * scope and user name stay: the script needs them and they are no secret).
     */
    private List<String> maskOAuth2(List<String> out) {
        for (int i = 1; i < out.size(); i++) {
            String word = out.get(i);
            int equals = word.indexOf('=');
            String option = equals > 0 ? word.substring(0, equals) : word;
            String secret = OAUTH2_SECRET_OPTIONS.get(option);
            if (secret == null) {
                continue;
            }
            if (equals > 0) {
                if (!isPlaceholder(word.substring(equals + 1))) {
                    out.set(i, option + "=" + variable(secret));
                }
            } else if (i + 1 < out.size() && !isPlaceholder(out.get(i + 1))) {
                out.set(++i, variable(secret));
            }
        }
        return out;
    }

    /**
     * A pasted curl command: the values of its credential flags ({@code -u}, {@code -b}, {@code --oauth2-bearer}
     * …) and of secret headers ({@code -H 'Authorization: …'}).
     */
    private List<String> maskCurl(List<String> words) {
        List<String> out = new ArrayList<>(words);
        for (int i = 0; i + 1 < out.size(); i++) {
            String flag = out.get(i);
            String value = out.get(i + 1);
            if (isPlaceholder(value)) {
                continue;
            }
            String secret = CURL_CREDENTIAL_FLAGS.get(flag);
            if (CURL_DATA_FLAGS.contains(flag)) {
                out.set(++i, JsonSecretMasker.mask(value, this::variable));
            } else if (secret != null) {
                out.set(++i, variable(secret));
            } else if (flag.equals("-H") || flag.equals("--header")) {
                Matcher header = HEADER_LINE.matcher(value);
                if (header.matches() && Secrets.isSecret(header.group(1)) && !isPlaceholder(header.group(2))) {
                    out.set(++i, header.group(1) + ": " + variable(header.group(1)));
                }
            }
        }
        return out;
    }

    /** How many words before the request items: the URL of a verb, method and URL of {@code request}. */
    private static int urlWords(String command) {
        if (command.equals("request")) {
            return 2;
        }
        return CommandCatalogue.METHODS.contains(command) ? 1 : 0;
    }

    private List<String> maskItems(List<String> words, int skip) {
        List<String> out = new ArrayList<>();
        for (String word : words) {
            Matcher item = ITEM.matcher(word);
            if (JsonSecretMasker.isJson(word)) { // a whole JSON word: ws --send '{"password":"x"}'
                out.add(JsonSecretMasker.mask(word, this::variable));
            } else if (out.size() >= skip
                    && item.matches()
                    && !word.contains("://")
                    && Secrets.isSecret(item.group(1))
                    && !isPlaceholder(item.group(3))
                    && !item.group(3).isEmpty()) {
                out.add(item.group(1) + item.group(2) + variable(item.group(1)));
            } else if (out.size() >= skip && item.matches() && item.group(2).equals(":=")) {
                out.add(item.group(1) + ":=" + JsonSecretMasker.mask(item.group(3), this::variable));
            } else {
                out.add(word);
            }
        }
        return out;
    }

    /** The value of an option that takes a password ({@code --cert-key-pass PASS} or {@code =PASS}). */
    private void maskOptionValues(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals(KEY_PASSWORD) && i + 1 < words.size() && !isPlaceholder(words.get(i + 1))) {
                words.set(++i, variable("cert_key_pass"));
            } else if (word.startsWith(KEY_PASSWORD + "=")
                    && !isPlaceholder(word.substring(KEY_PASSWORD.length() + 1))) {
                words.set(i, KEY_PASSWORD + "=" + variable("cert_key_pass"));
            }
        }
    }

    /** A URL's password becomes {{URL_PASSWORD}} (requests, base and cd expand variables in URLs). */
    private String maskUrlPassword(String word) {
        Matcher url = URL_PASSWORD.matcher(word);
        if (!url.matches() || isPlaceholder(url.group(2))) {
            return word;
        }
        return url.group(1) + variable("url_password") + url.group(3);
    }

    /** A URL's secret query parameters become {{NAME}}: {@code ?api_key=abc} is {@code ?api_key={{API_KEY}}}. */
    private String maskQuerySecrets(String word) {
        if (!word.contains("?")) {
            return word;
        }
        Matcher parameter = QUERY_SECRET.matcher(word);
        StringBuilder out = new StringBuilder();
        while (parameter.find()) {
            String value = isPlaceholder(parameter.group(3)) ? parameter.group(3) : variable(parameter.group(2));
            parameter.appendReplacement(
                    out, Matcher.quoteReplacement(parameter.group(1) + parameter.group(2) + "=" + value));
        }
        return parameter.appendTail(out).toString();
    }

    private String variable(String name) {
        String upper = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
        variables.add(upper);
        return "{{" + upper + "}}";
    }

    private static boolean isPlaceholder(String value) {
        return PLACEHOLDER.matcher(value.strip()).matches();
    }
}
