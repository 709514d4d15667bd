package dev.restsh.shell.script;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.command.CommandCatalogue;
import dev.restsh.shell.command.CommandCatalogue.Trait;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * The commands that shaped the session, in order, as typed: requests that got a response (the commands that {@link
 * Trait#SENDS_REQUEST send one}: verbs, {@code request}, {@code curl}, {@code next} and the other paging commands),
 * and the lines of commands that {@link Trait#SHAPES_SESSION shape the session} ({@code set}, {@code let},
 * {@code header}, {@code auth}, {@code base}, {@code cd}, {@code expect}) that succeeded.
 * Kept with their secrets in memory; {@link SecretMasker} removes them whenever they are written.
 */
public final class Transcript {
    private final List<String> lines = new ArrayList<>();
    private int recordingFrom = -1;
    private String expanded;
    private String typed;

    /** Called by the line runner after every command it ran. */
    public void ran(String command, String line, int status) {
        boolean kept = CommandCatalogue.is(command, Trait.SENDS_REQUEST)
                ? ExitStatus.in(ExitStatus.RESPONSE_ARRIVED, status)
                : status == ExitStatus.OK.code() && CommandCatalogue.is(command, Trait.SHAPES_SESSION);
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
