package dev.restsh.shell.repl;

import dev.restsh.shell.line.LineContinuation;
import java.util.Optional;
import java.util.function.Predicate;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * Splits the line into words like a POSIX shell and asks for another line while a quote, {@code {} or {@code [}
 * is open, so a JSON body can be typed over several lines, and after a trailing backslash, as scripts allow (a
 * pasted curl command). When completing inside an expression or a jq filter, the word being completed is the key
 * or attribute after the last {@code ['}, {@code .}, or the name where an operand starts ({@code len(re}).
 */
public final class ShellParser extends DefaultParser {
    private final Predicate<String> expressionCommand;

    /** {@code expressionCommand} tells whether a first word starts an expression (not a command, or print). */
    public ShellParser(Predicate<String> expressionCommand) {
        this.expressionCommand = expressionCommand;
        eofOnUnclosedQuote(true);
        eofOnUnclosedBracket(Bracket.CURLY, Bracket.SQUARE);
        // Backslashes are data here (regular expressions, JSON escapes), not escapes of the line editor.
        escapeChars(new char[0]);
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.COMPLETE) {
            Optional<JsonPathContext> path =
                    JsonPathContext.find(line.substring(0, Math.min(cursor, line.length())), expressionCommand);
            if (path.isPresent()) {
                return new FragmentLine(line, cursor, path.get().partial());
            }
        }
        // Backslashes are not escapes for JLine here, so its own check for an escaped newline never fires.
        if (context == ParseContext.ACCEPT_LINE && LineContinuation.endsInBackslash(line)) {
            throw new EOFError(-1, -1, "Escaped new line", "newline");
        }
        return super.parse(line, cursor, context);
    }
}
