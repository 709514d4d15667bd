package dev.restsh.shell.config;

import java.nio.file.Path;
import java.util.Map;

/** The XDG base directories: the variable when it is set to an absolute path, else the documented default. */
public final class XdgDirectories {
    private XdgDirectories() {}

    public static Path config(Map<String, String> env) {
        return directory(env, "XDG_CONFIG_HOME", ".config");
    }

    public static Path state(Map<String, String> env) {
        return directory(env, "XDG_STATE_HOME", ".local/state");
    }

    private static Path directory(Map<String, String> env, String variable, String underHome) {
        String value = env.get(variable);
        if (value != null && value.startsWith("/")) {
            return Path.of(value);
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home).resolve(underHome);
    }
}
