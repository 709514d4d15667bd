package dev.restsh.shell.script;

/**
 * Something a script report lists: an expectation that passed or failed, or a line that ended in an error.
 * {@code details} is the multi-line explanation shown for failures (empty when the event passed).
 */
public record ScriptEvent(ScriptLine line, Kind kind, String name, String message, String details) {
    public enum Kind {
        PASSED,
        FAILED,
        ERROR
    }
}
