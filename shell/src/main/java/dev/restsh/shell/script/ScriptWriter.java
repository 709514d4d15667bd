package dev.restsh.shell.script;

import dev.restsh.shell.http.UrlCredentials;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Writes recorded commands as a script that {@code restsh run} replays, secrets replaced by {@code {{VARIABLES}}}
 * whose names the header lists. The header names the base URL the commands were sent to; relative URLs replay
 * against whatever base the replaying session has.
 */
public final class ScriptWriter {
    private ScriptWriter() {}

    /** Writes the script and returns the variables it needs. */
    public static Set<String> write(Path target, List<String> commands, URI base) {
        SecretMasker masker = new SecretMasker();
        StringBuilder body = new StringBuilder();
        for (String command : commands) {
            body.append(masker.mask(command)).append('\n');
        }
        Set<String> needed = masker.variables();
        StringBuilder text = new StringBuilder(
                        "# restsh script: replay with  restsh --base " + UrlCredentials.shown(base) + " run ")
                .append(target.getFileName());
        needed.forEach(name -> text.append(" --var ").append(name).append("=..."));
        text.append('\n');
        if (!needed.isEmpty()) {
            text.append("# Secrets were not written: pass them with --var NAME=VALUE or as environment variables.\n");
        }
        text.append(body);
        TextFile.write(target, text.toString());
        return needed;
    }
}
