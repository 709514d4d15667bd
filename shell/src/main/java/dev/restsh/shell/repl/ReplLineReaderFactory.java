package dev.restsh.shell.repl;

import dev.restsh.shell.ShellContext;
import dev.restsh.shell.command.LineRunner;
import dev.restsh.shell.config.Settings;
import java.util.concurrent.CompletableFuture;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.DefaultHighlighter;
import org.jline.terminal.Terminal;
import picocli.CommandLine;

/**
 * Builds the REPL's line reader: highlighting, completion, the multi-line parser, the history file (without
 * secrets), {@code !!} recall and Ctrl-R search (JLine's default key binding).
 */
public final class ReplLineReaderFactory {
    private ReplLineReaderFactory() {}

    public static LineReader create(Terminal terminal, CommandLine root, ShellContext context) {
        return create(terminal, root, context, CompletableFuture.completedFuture(null));
    }

    /** A line reader whose parser, completer and highlighter wait for {@code wholeTree} before using the tree. */
    public static LineReader create(
            Terminal terminal, CommandLine root, ShellContext context, CompletableFuture<Void> wholeTree) {
        Settings settings = context.settings();
        LineRunner runner = new LineRunner(root, context);
        ShellCompleter completer = new ShellCompleter(root, context);
        return LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("restsh")
                .parser(new ShellParser(word -> {
                    wholeTree.join();
                    return LineRunner.takesRawLine(word)
                            || !root.getSubcommands().containsKey(word);
                }))
                .completer((reader, line, candidates) -> {
                    wholeTree.join();
                    completer.complete(reader, line, candidates);
                })
                .highlighter(
                        context.console().colour()
                                ? new ShellHighlighter(root, runner, wholeTree)
                                : new DefaultHighlighter()) // NO_COLOR, colour = never: no colours here either
                .history(new PersistentHistory(settings.historyFile(), settings.historySize()))
                .expander(new HistoryRecall())
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "... ")
                .variable(LineReader.HISTORY_SIZE, settings.historySize())
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, true)
                .build();
    }
}
