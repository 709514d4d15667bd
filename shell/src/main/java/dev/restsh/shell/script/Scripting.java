package dev.restsh.shell.script;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;

/**
 * The script side of a session: the scripts running now (a script can {@code run} another, innermost last) and
 * the transcript of commands that shaped the session, which {@code record} and {@code save-script} write out.
 */
public final class Scripting {
    private final Deque<ScriptRun> running = new ArrayDeque<>();
    private final Transcript transcript = new Transcript();
    private Map<String, String> environment = System.getenv();

    /** The environment {@code {{NAME}}} falls back to (the process's; tests give their own). */
    public Map<String, String> environment() {
        return environment;
    }

    public void environment(Map<String, String> variables) {
        environment = Map.copyOf(variables);
    }

    public Transcript transcript() {
        return transcript;
    }

    /** The innermost running script, if any. */
    public Optional<ScriptRun> current() {
        return Optional.ofNullable(running.peekLast());
    }

    void enter(ScriptRun run) {
        running.addLast(run);
    }

    void leave(ScriptRun run) {
        running.removeLastOccurrence(run);
    }

    /**
     * Counts a request that reached the server in the running script; one sent from its paused REPL is the
     * user's, not the script's.
     */
    public void requestSent() {
        current().filter(run -> !run.paused()).ifPresent(ScriptRun::requestSent);
    }

    /** Counts an expectation in the running script (outside a script nothing is counted). */
    public void report(ScriptEvent event) {
        current().ifPresent(run -> run.record(event));
    }

    /** Where the running script is, as {@code file:line}, for messages. */
    public Optional<String> position() {
        return current().map(ScriptRun::position);
    }
}
