package dev.restsh.shell.render;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What to show of an exchange and how: HTTPie's {@code --print} letters (H request headers, B request body, h
 * response headers, b response body), {@code --pretty}, and whether a pager may be used. A null {@code print}
 * means restsh's default: a one-line status summary, then the body.
 */
public record OutputSpec(String print, Pretty pretty, boolean pager, StreamSpec stream) {
    public static final OutputSpec DEFAULT = new OutputSpec(null, null, true, StreamSpec.AUTO);
    private static final Pattern PRINT_LETTERS = Pattern.compile("[HBhb]*");

    public OutputSpec {
        stream = stream == null ? StreamSpec.AUTO : stream;
        if (print != null && !PRINT_LETTERS.matcher(print).matches()) {
            throw new IllegalArgumentException(
                    "--print takes the letters H (request headers), B (request body), h (response headers), b"
                            + " (response body), not '" + print + "'");
        }
    }

    public static Pretty pretty(String name) {
        try {
            return Pretty.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--pretty is one of all, colors, format, none; not '" + name + "'");
        }
    }

    public boolean summary() {
        return print == null;
    }

    public boolean shows(char part) {
        return print == null ? part == 'b' : print.indexOf(part) >= 0;
    }

    /** Colour when asked for with --pretty, else when the console has it (a terminal without NO_COLOR). */
    public boolean colour(boolean consoleColour) {
        return pretty == null ? consoleColour : pretty.colour();
    }

    public boolean format() {
        return pretty == null || pretty.format();
    }
}
