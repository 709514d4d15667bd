package dev.restsh.shell.script;

import dev.restsh.shell.command.CommandTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * The commands that shaped the session, in order, as typed: requests that got a response (verbs, {@code request},
 * {@code curl}, {@code next} and the other paging commands), and {@code set},
 * {@code let}, {@code header}, {@code auth}, {@code base}, {@code cd} and {@code expect} lines that succeeded.
 * Kept with their secrets in memory; {@link SecretMasker} removes them whenever they are written.
 */
public final class Transcript {
    private static final Set<String> STATE_COMMANDS = Set.of("set", "let", "header", "auth", "base", "cd", "expect");
    private static final Set<Integer> RESPONSE_STATUSES = Set.of(0, 3, 4, 5);

    private final List<String> lines = new ArrayList<>();
    private int recordingFrom = -1;
    private String expanded;
    private String typed;

    /** Called by the line runner after every command it ran. */
    public void ran(String command, String line, int status) {
        boolean request = CommandTree.sendsRequest(command);
        boolean kept = request ? RESPONSE_STATUSES.contains(status) : status == 0 && STATE_COMMANDS.contains(command);
        if (kept) {
            lines.add(line.equals(expanded) ? typed : line);
        }
    }

    /**
     * Runs a script line whose placeholders were filled in: the transcript keeps the line as written, with its
     * {@code {{variables}}}, not their values.
     */
    public int typedAs(String expandedLine, String typedLine, IntSupplier action) {
        String outerExpanded = expanded;
        String outerTyped = typed;
        expanded = expandedLine;
        typed = typedLine;
        try {
            return action.getAsInt();
        } finally {
            expanded = outerExpanded;
            typed = outerTyped;
        }
    }

    public List<String> all() {
        return List.copyOf(lines);
    }

    public boolean recording() {
        return recordingFrom >= 0;
    }

    public void startRecording() {
        recordingFrom = lines.size();
    }

    /** The lines since {@code startRecording}; recording stops. */
    public List<String> stopRecording() {
        List<String> recorded = List.copyOf(lines.subList(recordingFrom, lines.size()));
        recordingFrom = -1;
        return recorded;
    }
}
