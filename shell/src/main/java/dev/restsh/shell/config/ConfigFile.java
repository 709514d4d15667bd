package dev.restsh.shell.config;

import dev.restsh.shell.ErrorText;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.XdgDirs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads restsh's config file: one {@code key = value} a line, {@code #} comments, values optionally in double
 * quotes (TOML-like, without sections). A missing file is an empty config; a malformed line is an error that
 * names the file and line, and each value keeps its place so a bad value can be reported the same way.
 */
public final class ConfigFile {
    private ConfigFile() {}

    /** The values by key, and where each was set ({@code FILE:LINE}). */
    public record Contents(Map<String, String> values, Map<String, String> places) {
        static final Contents EMPTY = new Contents(Map.of(), Map.of());
    }

    /** Where the file is: {@code $RESTSH_CONFIG}, else {@code $XDG_CONFIG_HOME/restsh/config}, else ~/.config. */
    public static Path location(Map<String, String> env) {
        String explicit = env.get("RESTSH_CONFIG");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        return XdgDirs.from(env).config().resolve("config");
    }

    public static Contents read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException missing) {
            return Contents.EMPTY;
        } catch (IOException e) {
            throw RestshException.usage("cannot read config file " + file + ": " + ErrorText.of(e));
        }
        return parse(lines, file.toString());
    }

    static Contents parse(List<String> lines, String name) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> places = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                throw RestshException.usage(name + ":" + (i + 1) + ": expected 'key = value', got '" + line + "'");
            }
            String key = line.substring(0, equals).strip();
            values.put(key, unquote(line.substring(equals + 1).strip()));
            places.put(key, name + ":" + (i + 1));
        }
        return new Contents(values, places);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return value;
    }
}
