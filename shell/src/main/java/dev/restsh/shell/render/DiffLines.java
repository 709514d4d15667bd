package dev.restsh.shell.render;

import dev.restsh.shell.inspect.JsonDiff;

/** A structural difference as a line on the terminal: added green, removed red, changed yellow, made visible. */
public final class DiffLines {
    private DiffLines() {}

    public static String line(JsonDiff.Change change, Ansi ansi) {
        String colour = switch (change.kind()) {
            case ADDED -> Ansi.GREEN;
            case REMOVED -> Ansi.RED;
            case CHANGED -> Ansi.YELLOW;
        };
        return ansi.paint(colour, TerminalText.visible(change.describe()));
    }
}
