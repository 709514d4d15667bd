package dev.restsh.shell.repl;

import java.util.List;
import org.jline.reader.CompletingParsedLine;

/** A parsed line whose word being completed is a fragment inside a larger word, inserted as it is. */
final class FragmentLine implements CompletingParsedLine {
    private final String line;
    private final int cursor;
    private final String fragment;

    FragmentLine(String line, int cursor, String fragment) {
        this.line = line;
        this.cursor = cursor;
        this.fragment = fragment;
    }

    @Override
    public String word() {
        return fragment;
    }

    @Override
    public int wordCursor() {
        return fragment.length();
    }

    @Override
    public int wordIndex() {
        return 0;
    }

    @Override
    public List<String> words() {
        return List.of(fragment);
    }

    @Override
    public String line() {
        return line;
    }

    @Override
    public int cursor() {
        return cursor;
    }

    @Override
    public CharSequence escape(CharSequence candidate, boolean complete) {
        return candidate;
    }

    @Override
    public int rawWordCursor() {
        return fragment.length();
    }

    @Override
    public int rawWordLength() {
        return fragment.length();
    }
}
