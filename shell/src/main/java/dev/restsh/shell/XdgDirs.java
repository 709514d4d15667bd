package dev.restsh.shell;

import java.nio.file.Path;
import java.util.Map;

/** Where restsh keeps its files, by the XDG base directory rules: config, state (history), cache, data. */
public record XdgDirs(Path config, Path state, Path cache, Path data) {
    public static XdgDirs from(Map<String, String> env) {
        Path home = home(env);
        return new XdgDirs(
                base(env, "XDG_CONFIG_HOME", home.resolve(".config")),
                base(env, "XDG_STATE_HOME", home.resolve(".local/state")),
                base(env, "XDG_CACHE_HOME", home.resolve(".cache")),
                base(env, "XDG_DATA_HOME", home.resolve(".local/share")));
    }

    /** The user's home: $HOME, else Java's idea of it. */
    public static Path home(Map<String, String> env) {
        return Path.of(env.getOrDefault("HOME", System.getProperty("user.home")));
    }

    private static Path base(Map<String, String> env, String variable, Path fallback) {
        String value = env.get(variable);
        // The spec says relative paths are invalid and must be ignored.
        Path chosen = value == null || value.isBlank() || !Path.of(value).isAbsolute() ? fallback : Path.of(value);
        return chosen.resolve("restsh");
    }

    public Path history() {
        return state.resolve("history");
    }
}
