package dev.restsh.shell.script;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.line.LineContinuation;
import dev.restsh.shell.line.LineJoiner;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits script text into commands: one per line, whole-line {@code #} comments, and a command goes on over
 * the next lines by {@link LineContinuation}'s rule (trailing backslash, unclosed bracket or quote), as on stdin.
 */
public final class ScriptReader {
    private ScriptReader() {}

    public static List<ScriptLine> read(String name, String text) {
        List<ScriptLine> commands = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        LineJoiner joiner = new LineJoiner();
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            if (!joiner.pending()) {
                start = i + 1;
            }
            String command = joiner.add(lines[i]);
            if (command != null) {
                commands.add(new ScriptLine(start, command));
            }
        }
        if (joiner.pending()) {
            String open = joiner.unclosed();
            throw RestshException.usage(name + ":" + start + ": "
                    + (LineContinuation.BACKSLASH.equals(open)
                            ? "the last line ends in a backslash: the command continues past the end of the file"
                            : "unclosed " + open + " at the end of the file"));
        }
        return commands;
    }
}
