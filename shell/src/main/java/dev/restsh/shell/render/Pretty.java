package dev.restsh.shell.render;

/** HTTPie's {@code --pretty}: colours and formatting, either, or neither. */
public enum Pretty {
    ALL(true, true),
    COLORS(true, false),
    FORMAT(false, true),
    NONE(false, false);

    private final boolean colour;
    private final boolean format;

    Pretty(boolean colour, boolean format) {
        this.colour = colour;
        this.format = format;
    }

    public boolean colour() {
        return colour;
    }

    public boolean format() {
        return format;
    }
}
