package dev.restsh.shell.script;

/** Quotes a word so that restsh's POSIX-style line splitter reads it back unchanged. */
public final class ShellQuoting {
    private ShellQuoting() {}

    public static String quote(String word) {
        if (!word.isEmpty() && word.matches("[A-Za-z0-9_./:=@%+,{}\\[\\]^-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
