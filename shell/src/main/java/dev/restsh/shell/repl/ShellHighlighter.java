package dev.restsh.shell.repl;

import dev.restsh.shell.command.CommandCatalogue;
import dev.restsh.shell.command.LineRunner;
import dev.restsh.shell.request.RequestItem;
import dev.restsh.shell.request.RequestItemParser;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.LineReader;
import org.jline.reader.impl.DefaultHighlighter;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import picocli.CommandLine;

/**
 * Colours the line as it is typed: the command (in red when there is no such command or name, before Enter),
 * HTTP methods, the URL, request items by kind, options, {@code {{variables}}}, strings and numbers.
 */
public final class ShellHighlighter extends DefaultHighlighter {
    static final AttributedStyle COMMAND = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    static final AttributedStyle METHOD = AttributedStyle.BOLD.foreground(AttributedStyle.MAGENTA);
    static final AttributedStyle UNKNOWN = AttributedStyle.BOLD.foreground(AttributedStyle.RED);
    static final AttributedStyle URL =
            AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN).underline();
    static final AttributedStyle OPTION = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    static final AttributedStyle HEADER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    static final AttributedStyle QUERY = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    static final AttributedStyle DATA = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    static final AttributedStyle JSON = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
    static final AttributedStyle FILE = AttributedStyle.DEFAULT.foreground(AttributedStyle.BLUE);
    static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    static final AttributedStyle VARIABLE = AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW);

    private static final Pattern WORD = Pattern.compile("(?:'[^']*'?|\"(?:[^\"\\\\]|\\\\.)*\"?|[^\\s'\"]+)+");
    private static final Pattern STRING_OR_NUMBER =
            Pattern.compile("'[^']*'?|\"(?:[^\"\\\\]|\\\\.)*\"?|(?<![\\w.])-?\\d+(?:\\.\\d+)?(?![\\w.])");
    private static final Pattern VARIABLE_REFERENCE = Pattern.compile("\\{\\{\\s*[\\w.-]+\\s*}}");
    private static final Pattern BARE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final CommandLine root;
    private final LineRunner runner;
    private final CompletableFuture<Void> wholeTree;

    public ShellHighlighter(CommandLine root, LineRunner runner) {
        this(root, runner, CompletableFuture.completedFuture(null));
    }

    /** Waits for {@code wholeTree} before the first highlighting that needs the commands. */
    public ShellHighlighter(CommandLine root, LineRunner runner, CompletableFuture<Void> wholeTree) {
        this.root = root;
        this.runner = runner;
        this.wholeTree = wholeTree;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        AttributedStyle[] styles = new AttributedStyle[buffer.length()];
        Arrays.fill(styles, AttributedStyle.DEFAULT);
        List<int[]> words = words(buffer);
        if (!words.isEmpty()) {
            wholeTree.join();
            styleWords(buffer, words, styles);
        }
        Matcher variable = VARIABLE_REFERENCE.matcher(buffer);
        while (variable.find()) {
            Arrays.fill(styles, variable.start(), variable.end(), VARIABLE);
        }
        return build(buffer, styles);
    }

    private void styleWords(String buffer, List<int[]> words, AttributedStyle[] styles) {
        int[] first = words.get(0);
        String command = buffer.substring(first[0], first[1]);
        CommandLine known = root.getSubcommands().get(command);
        if (known == null) {
            // The same rule as LineRunner: a bare name that is neither a command nor a known name.
            if (BARE_NAME.matcher(command).matches() && !runner.isExpressionName(command)) {
                Arrays.fill(styles, first[0], first[1], UNKNOWN);
            } else {
                styleExpression(buffer, first[0], buffer.length(), styles);
            }
            return;
        }
        boolean request = CommandCatalogue.METHODS.contains(command) || command.equals("request");
        Arrays.fill(styles, first[0], first[1], request ? METHOD : COMMAND);
        if (LineRunner.takesRawLine(command) && words.size() > 1) {
            styleExpression(buffer, words.get(1)[0], buffer.length(), styles);
            return;
        }
        int urlIndex = command.equals("request") ? 2 : 1;
        for (int i = 1; i < words.size(); i++) {
            int[] word = words.get(i);
            String text = buffer.substring(word[0], word[1]);
            if (text.startsWith("-")) {
                Arrays.fill(styles, word[0], word[1], OPTION);
            } else if (request && i == urlIndex - 1) {
                Arrays.fill(styles, word[0], word[1], METHOD);
            } else if (request && i == urlIndex) {
                Arrays.fill(styles, word[0], word[1], URL);
            } else if (request) {
                styleItem(text, word[0], styles);
            } else {
                styleExpression(buffer, word[0], word[1], styles);
            }
        }
    }

    private static void styleItem(String text, int start, AttributedStyle[] styles) {
        RequestItem item;
        try {
            item = RequestItemParser.parse(text);
        } catch (RuntimeException notYetAnItem) {
            return;
        }
        AttributedStyle style = switch (item.kind()) {
            case HEADER, EMPTY_HEADER -> HEADER;
            case QUERY -> QUERY;
            case DATA -> DATA;
            case JSON -> JSON;
            case DATA_FILE, JSON_FILE, UPLOAD, BODY_FILE -> FILE;
        };
        int keyEnd = start
                + text.indexOf(item.kind().separator())
                + item.kind().separator().length();
        Arrays.fill(styles, start, keyEnd, style.bold());
        Arrays.fill(styles, keyEnd, start + text.length(), style);
    }

    private static void styleExpression(String buffer, int from, int to, AttributedStyle[] styles) {
        Matcher token = STRING_OR_NUMBER.matcher(buffer).region(from, to);
        while (token.find()) {
            char first = buffer.charAt(token.start());
            Arrays.fill(styles, token.start(), token.end(), first == '\'' || first == '"' ? STRING : NUMBER);
        }
    }

    private static AttributedString build(String buffer, AttributedStyle[] styles) {
        AttributedStringBuilder builder = new AttributedStringBuilder(buffer.length());
        for (int i = 0; i < buffer.length(); i++) {
            builder.style(styles[i]).append(buffer.charAt(i));
        }
        return builder.toAttributedString();
    }

    private static List<int[]> words(String buffer) {
        Matcher word = WORD.matcher(buffer);
        List<int[]> words = new java.util.ArrayList<>();
        while (word.find()) {
            words.add(new int[] {word.start(), word.end()});
        }
        return words;
    }
}
