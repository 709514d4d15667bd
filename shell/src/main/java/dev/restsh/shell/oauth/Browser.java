package dev.restsh.shell.oauth;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Opens a URL in the user's browser: the commands of {@code $BROWSER} (a colon-separated list, {@code %s} standing
 * for the URL, else the URL comes last), else {@code xdg-open} when it is on the {@code PATH}. The browser runs on
 * its own, its output discarded; restsh prints the URL in any case.
 */
public final class Browser {
    /** Opens a URL; false when there is nothing to open it with. A test follows the URL itself. */
    public interface Opener {
        boolean open(URI url);
    }

    private Browser() {}

    public static Opener of(Map<String, String> env) {
        return url -> {
            for (List<String> command : commands(env)) {
                if (launch(command, url)) {
                    return true;
                }
            }
            return false;
        };
    }

    static List<List<String>> commands(Map<String, String> env) {
        List<List<String>> commands = new ArrayList<>();
        String browser = env.get("BROWSER");
        if (browser != null && !browser.isBlank()) {
            for (String entry : browser.split(":")) {
                if (!entry.isBlank()) {
                    commands.add(List.of(entry.strip().split("\\s+")));
                }
            }
        } else if (onPath(env, "xdg-open")) {
            commands.add(List.of("xdg-open"));
        }
        return commands;
    }

    private static boolean launch(List<String> command, URI url) {
        List<String> words = new ArrayList<>();
        boolean placed = false;
        for (String word : command) {
            placed |= word.contains("%s");
            words.add(word.replace("%s", url.toString()));
        }
        if (!placed) {
            words.add(url.toString());
        }
        try {
            Process process = new ProcessBuilder(words)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            process.getOutputStream().close(); // nothing to read: a browser never waits for our input
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean onPath(Map<String, String> env, String program) {
        String path = env.getOrDefault("PATH", "");
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }
}
