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

    /**
     * The words as one line again: a command that runs another ({@code watch}, {@code retry}, {@code compare}). One
     * word is the whole line, as Unix {@code watch 'ls -l'} takes it: {@code retry 3 'get /ips'} sends, where the
     * quoted word would be a string to print.
     */
    public static String line(java.util.List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            line.append(line.length() == 0 ? "" : " ").append(quote(word));
        }
        return line.toString();
    }
}
