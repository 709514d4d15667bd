package dev.restsh.shell.config;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.XdgDirs;
import dev.restsh.shell.http.ClientCertificate;
import dev.restsh.shell.http.ProxySetting;
import dev.restsh.shell.http.TlsSettings;
import dev.restsh.shell.openapi.ValidationMode;
import dev.restsh.shell.session.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The user's defaults, from the config file then the environment (which wins); command-line flags such as
 * {@code --base} and {@code --timeout} win over both, being applied later. See docs/REPL.md for every key.
 */
public record Settings(
        String base,
        Map<String, String> headers,
        Colour colour,
        Duration timeout,
        Path caFile,
        Path historyFile,
        int historySize,
        boolean openApiDiscovery,
        String editor,
        String pager,
        Path certFile,
        Path certKeyFile,
        ProxySetting proxy,
        boolean raw,
        List<String> warnings,
        ValidationMode validate) {

    /** How requests check certificates and which client certificate they show, unless their options say otherwise. */
    public TlsSettings tls() {
        return new TlsSettings(
                true, caFile, certFile == null ? null : new ClientCertificate(certFile, certKeyFile, null));
    }

    public enum Colour {
        AUTO,
        ALWAYS,
        NEVER
    }

    /**
     * Defaults with nothing from a file or the environment, for embedding and tests: no history file (never the
     * user's) and no OpenAPI discovery (no requests of its own to a server under test).
     */
    public static Settings defaults() {
        return resolve(Map.of("RESTSH_HISTORY", "off", "RESTSH_OPENAPI", "off"), Map.of());
    }

    /** Reads the config file named by the environment and applies the environment over it. */
    public static Settings load(Map<String, String> env) {
        ConfigFile.Contents contents = ConfigFile.read(ConfigFile.location(env));
        return resolve(env, contents.values(), contents.places());
    }

    public static Settings resolve(Map<String, String> env, Map<String, String> file) {
        return resolve(env, file, Map.of());
    }

    /** {@code places}: where each of the file's keys was set, to name it when its value is bad. */
    static Settings resolve(Map<String, String> env, Map<String, String> file, Map<String, String> places) {
        List<String> warnings = new ArrayList<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : file.entrySet()) {
            String key = entry.getKey();
            if (key.startsWith("header.") && key.length() > "header.".length()) {
                headers.put(key.substring("header.".length()), entry.getValue());
            } else if (!KNOWN.contains(key)) {
                warnings.add(
                        "config: unknown key '" + key + "' (known: " + String.join(", ", KNOWN) + ", header.NAME)");
            }
        }
        String base = pick(env.get("RESTSH_BASE_URL"), file.get("base"), Session.DEFAULT_BASE);
        String colourKey = file.containsKey("colour") ? "colour" : "color";
        Colour colour = colour(env, file.get(colourKey), origin(env, "RESTSH_COLOR", places, colourKey));
        Duration timeout = seconds(
                pick(env.get("RESTSH_TIMEOUT"), file.get("timeout"), "30"),
                origin(env, "RESTSH_TIMEOUT", places, "timeout"));
        Path caFile = file(env, "RESTSH_CACERT", file.get("cacert"), places, "cacert", "a PEM file of certificates");
        Path certFile = file(env, "RESTSH_CERT", file.get("cert"), places, "cert", "a client certificate");
        Path certKeyFile = file(env, "RESTSH_CERT_KEY", file.get("cert.key"), places, "cert.key", "a private key");
        ProxySetting proxy = proxy(
                pick(env.get("RESTSH_PROXY"), file.get("proxy"), null), origin(env, "RESTSH_PROXY", places, "proxy"));
        String history = pick(env.get("RESTSH_HISTORY"), file.get("history.file"), null);
        Path historyFile =
                history == null ? XdgDirs.from(env).history() : history.equals("off") ? null : Path.of(history);
        int historySize = integer(
                "history.size",
                pick(env.get("RESTSH_HISTORY_SIZE"), file.get("history.size"), "1000"),
                origin(env, "RESTSH_HISTORY_SIZE", places, "history.size"));
        boolean openApi = !"off".equalsIgnoreCase(pick(env.get("RESTSH_OPENAPI"), file.get("openapi"), "auto"));
        String editor =
                pick(env.get("RESTSH_EDITOR"), file.get("editor"), pick(env.get("VISUAL"), env.get("EDITOR"), "vi"));
        // The pager of long output on a terminal; "off" (or "cat") for none.
        // With TERM=dumb less only complains that the terminal is not fully functional: no pager unless one is set.
        String defaultPager = "dumb".equals(env.get("TERM")) ? "off" : "less -R";
        String pager = pick(env.get("RESTSH_PAGER"), file.get("pager"), pick(env.get("PAGER"), null, defaultPager));
        return new Settings(
                base,
                Map.copyOf(headers),
                colour,
                timeout,
                caFile,
                historyFile,
                historySize,
                openApi,
                editor,
                pager.equalsIgnoreCase("off") ? null : pager,
                certFile,
                certKeyFile,
                proxy,
                // the server's bytes raw on a terminal too (control characters included): for those who want them
                List.of("on", "true", "yes")
                        .contains(pick(env.get("RESTSH_RAW"), file.get("raw"), "off")
                                .toLowerCase()),
                warnings,
                // requests checked against the API's OpenAPI document before they are sent: warn, strict or off
                ValidationMode.parse(
                        pick(env.get("RESTSH_VALIDATE"), file.get("validate"), "warn"),
                        origin(env, "RESTSH_VALIDATE", places, "validate")));
    }

    private static final List<String> KNOWN = List.of(
            "base",
            "colour",
            "color",
            "timeout",
            "cacert",
            "cert",
            "cert.key",
            "proxy",
            "history.file",
            "history.size",
            "openapi",
            "editor",
            "pager",
            "raw",
            "validate");

    /** Where a value came from, as a prefix for its error: the variable, the file's line, or nothing known. */
    private static String origin(Map<String, String> env, String variable, Map<String, String> places, String key) {
        String fromEnv = env.get(variable);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return variable + ": ";
        }
        String place = places.get(key);
        return place == null ? "" : place + ": ";
    }

    private static Colour colour(Map<String, String> env, String fromFile, String origin) {
        String noColour = env.get("NO_COLOR");
        if (noColour != null && !noColour.isEmpty()) {
            return Colour.NEVER;
        }
        String value = pick(env.get("RESTSH_COLOR"), fromFile, "auto");
        try {
            return Colour.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RestshException.usage(origin + "colour must be auto, always or never, not '" + value + "'");
        }
    }

    /**
     * A file every request uses unless its options say otherwise ({@code cacert}: the PEM file trusted instead of the
     * JDK's certificates; {@code cert}, {@code cert.key}: the client certificate and its key): from the variable
     * (relative to the working directory) or the file's key (relative to the file's folder); {@code ~} is the home
     * directory. It must be readable, as any other value must be valid.
     */
    private static Path file(
            Map<String, String> env,
            String variable,
            String fromFile,
            Map<String, String> places,
            String key,
            String description) {
        String origin = origin(env, variable, places, key);
        String fromEnv = env.get(variable);
        boolean inFile = fromEnv == null || fromEnv.isBlank();
        String value = inFile ? fromFile : fromEnv;
        if (value == null || value.isBlank()) {
            return null;
        }
        Path home = XdgDirs.home(env);
        Path path =
                value.equals("~") ? home : value.startsWith("~/") ? home.resolve(value.substring(2)) : Path.of(value);
        if (inFile && !path.isAbsolute()) {
            Path folder = ConfigFile.location(env).toAbsolutePath().getParent();
            path = folder == null ? path : folder.resolve(path);
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw RestshException.usage(origin + key + ": cannot read " + path + " (" + description + ")");
        }
        return path;
    }

    /** The proxy of every request without --proxy: the environment's variables unless one is set. */
    private static ProxySetting proxy(String value, String origin) {
        try {
            return value == null ? ProxySetting.ENVIRONMENT : ProxySetting.parse(value);
        } catch (RestshException e) {
            throw RestshException.usage(origin + e.getMessage());
        }
    }

    private static Duration seconds(String value, String origin) {
        try {
            double seconds = Double.parseDouble(value);
            if (!(seconds >= 0)) {
                throw new NumberFormatException("negative");
            }
            return Duration.ofMillis((long) (seconds * 1000));
        } catch (NumberFormatException e) {
            throw RestshException.usage(origin + "timeout must be a number of seconds, not '" + value + "'");
        }
    }

    private static int integer(String key, String value, String origin) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw RestshException.usage(origin + key + " must be a whole number, not '" + value + "'");
        }
    }

    private static String pick(String first, String second, String otherwise) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second != null && !second.isBlank() ? second : otherwise;
    }
}
