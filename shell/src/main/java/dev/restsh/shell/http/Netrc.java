package dev.restsh.shell.http;

import dev.restsh.shell.XdgDirs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ~/.netrc} (or {@code $NETRC}) as curl and HTTPie read it: the {@code login} and {@code password} of the
 * {@code machine} that names a host, else of {@code default}; {@code macdef} bodies are skipped.
 */
public final class Netrc {
    /** A login for a host. */
    public record Login(String user, String password) {}

    private final Path file;
    private final List<String> tokens;

    private Netrc(Path file, List<String> tokens) {
        this.file = file;
        this.tokens = tokens;
    }

    /** The file the environment names, read; empty when there is none (or it cannot be read). */
    public static Optional<Netrc> of(Map<String, String> env) {
        String named = env.get("NETRC");
        Path file = named != null && !named.isBlank()
                ? Path.of(named)
                : XdgDirs.home(env).resolve(".netrc");
        if (!file.toFile().exists()) {
            // Read before every request: asking is cheaper than the exception a missing file throws (java.io's
            // check throws none, unlike Files.exists on Java 17).
            return Optional.empty();
        }
        try {
            return Optional.of(new Netrc(file, tokens(Files.readString(file, StandardCharsets.UTF_8))));
        } catch (IOException missing) {
            return Optional.empty();
        }
    }

    public Path file() {
        return file;
    }

    /** Whether people other than its owner may read it (curl and ssh ask for mode 600). */
    public boolean readableByOthers() {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            return permissions.contains(PosixFilePermission.GROUP_READ)
                    || permissions.contains(PosixFilePermission.OTHERS_READ);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    public Optional<Login> loginFor(String host) {
        if (host == null) {
            return Optional.empty();
        }
        String wanted = host.toLowerCase(Locale.ROOT);
        Login fallback = null;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token.equals("macdef")) {
                i = skipMacro(i);
            } else if (token.equals("machine") && i + 1 < tokens.size()) {
                String machine = tokens.get(++i).toLowerCase(Locale.ROOT);
                Login login = entry(i + 1);
                if (machine.equals(wanted) && login != null) {
                    return Optional.of(login);
                }
            } else if (token.equals("default") && fallback == null) {
                fallback = entry(i + 1);
            }
        }
        return Optional.ofNullable(fallback);
    }

    /** The login and password after a machine (or default), up to the next entry. */
    private Login entry(int from) {
        String user = null;
        String password = null;
        for (int i = from; i + 1 < tokens.size(); i += 2) {
            String key = tokens.get(i);
            if (key.equals("machine") || key.equals("default") || key.equals("macdef")) {
                break;
            }
            if (key.equals("login")) {
                user = tokens.get(i + 1);
            } else if (key.equals("password")) {
                password = tokens.get(i + 1);
            }
        }
        return user == null ? null : new Login(user, password == null ? "" : password);
    }

    /** A macro runs to the first empty line; its text is marked by a token of its own. */
    private int skipMacro(int at) {
        int i = at + 1;
        while (i < tokens.size() && !tokens.get(i).equals(END_OF_MACRO)) {
            i++;
        }
        return i;
    }

    private static final String END_OF_MACRO = "\u0000end-of-macro";

    /** Whitespace-separated words; double quotes group words (as curl allows); a blank line ends a macdef. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        boolean inMacro = false;
        for (String line : text.split("\n", -1)) {
            if (inMacro) {
                if (line.isBlank()) {
                    tokens.add(END_OF_MACRO);
                    inMacro = false;
                }
                continue;
            }
            String stripped = line.strip();
            if (stripped.startsWith("#")) {
                continue;
            }
            StringBuilder word = null;
            boolean quoted = false;
            for (int i = 0; i < stripped.length(); i++) {
                char c = stripped.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                    word = word == null ? new StringBuilder() : word;
                } else if (Character.isWhitespace(c) && !quoted) {
                    if (word != null) {
                        tokens.add(word.toString());
                        word = null;
                    }
                } else if (c == '\\' && quoted && i + 1 < stripped.length()) {
                    word.append(stripped.charAt(++i));
                } else {
                    word = word == null ? new StringBuilder() : word;
                    word.append(c);
                }
            }
            if (word != null) {
                tokens.add(word.toString());
            }
            if (tokens.contains("macdef") && tokens.lastIndexOf("macdef") >= tokens.size() - 2) {
                inMacro = true; // the macro's body starts on the next line
            }
        }
        return tokens;
    }
}
