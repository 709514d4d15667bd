package dev.restsh.shell.render;

/** ANSI colour codes, applied only when the console has colour on. */
public final class Ansi {
    public static final String RESET = "\u001b[0m";
    public static final String KEY = "\u001b[34;1m";
    public static final String STRING = "\u001b[32m";
    public static final String NUMBER = "\u001b[36m";
    public static final String LITERAL = "\u001b[35m";
    public static final String DIM = "\u001b[2m";
    public static final String GREEN = "\u001b[32;1m";
    public static final String YELLOW = "\u001b[33;1m";
    public static final String RED = "\u001b[31;1m";
    public static final String CYAN = "\u001b[36m";

    private final boolean on;

    public Ansi(boolean on) {
        this.on = on;
    }

    public boolean on() {
        return on;
    }

    public String paint(String code, String text) {
        return on ? code + text + RESET : text;
    }
}
