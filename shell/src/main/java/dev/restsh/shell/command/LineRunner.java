package dev.restsh.shell.command;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.Failures;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.command.CommandCatalogue.Trait;
import dev.restsh.shell.inspect.SessionScope;
import dev.restsh.shell.inspect.Suggestions;
import dev.restsh.shell.line.LineContinuation;
import dev.restsh.shell.line.LineSplitter;
import dev.restsh.shell.line.OutputRedirect;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Runs one line typed in the REPL, read from stdin or given with {@code -c}: a command of the tree, or else an
 * inspection expression. The single entry point of every mode, so they all behave alike.
 */
public final class LineRunner {
    private static final Set<String> HELP = Set.of("-h", "--help");
    private static final String BREAKPOINT = "breakpoint()";

    private static final Pattern LEADING_NAME = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)(.?)");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern HISTORY_NAME = Pattern.compile("_\\d*|_m\\d+");
    private static final Set<String> EXPRESSION_WORDS =
            Set.of("dir", "type", "len", "str", "not", "lambda", "True", "False", "None", "true", "false", "null");

    private final CommandLine root;
    private final ShellContext context;

    public LineRunner(CommandLine root, ShellContext context) {
        this.root = root;
        this.context = context;
    }

    /**
     * Runs a line and returns its exit status; blank lines and {@code #} comments do nothing. A trailing
     * {@code > FILE}, {@code >> FILE} or {@code | COMMAND} sends the line's output there. A line the REPL read
     * over several lines (a trailing backslash) is joined here first. A failure outside the commands (an unclosed
     * quote, a bad redirection, running out of heap) is reported here, never the end of the REPL or of a script.
     */
    public int run(String line) {
        try {
            return runLine(line);
        } catch (RestshException | OutOfMemoryError e) {
            return Failures.report(context.console(), e);
        }
    }

    private int runLine(String line) {
        String text = LineContinuation.join(line).strip();
        if (text.equals(BREAKPOINT)) {
            // Python's breakpoint(), as in the tutorial's pdb session. Not a picocli alias: "()" in a command name
            // breaks the bash completion script generated from the tree.
            text = "pause";
        }
        if (text.isEmpty() || text.startsWith("#")) {
            return ExitStatus.OK.code();
        }
        OutputRedirect redirect = OutputRedirect.find(text, takesExpression(text) ? this::isOperand : word -> false);
        if (redirect != null) {
            return redirect.run(context.console(), () -> runCommand(redirect.line()));
        }
        return runCommand(text);
    }

    private boolean takesExpression(String text) {
        CommandLine command = subcommand(firstWord(text));
        return command == null || takesRawLine(command.getCommandName());
    }

    /** On an expression line, whether the word after {@code >} is a value to compare with, not a file. */
    private boolean isOperand(String word) {
        char first = word.charAt(0);
        if (Character.isDigit(first) || "-'\"([".indexOf(first) >= 0) {
            return true;
        }
        Matcher name = LEADING_NAME.matcher(word);
        return name.find() && isExpressionName(name.group(1));
    }

    private int runCommand(String text) {
        String word = firstWord(text);
        String rest = text.substring(word.length()).strip();
        CommandLine command = subcommand(word);
        if (command != null && rest.isEmpty() && needsArguments(command) && isExpressionName(word)) {
            // "request" alone is the last request, as in the tutorial's pdb session, not a request with no URL.
            return root.execute("print", "--bare-line", "--", text);
        }
        if (command != null) {
            String name = command.getCommandName();
            List<String> args = new ArrayList<>();
            if (takesRawLine(name)) {
                if (!rest.isEmpty()) {
                    if (!HELP.contains(rest)) {
                        args.add("--"); // an expression such as "-1" or "- 1" is not an option
                    }
                    args.add(rest);
                }
            } else {
                args.addAll(LineSplitter.split(rest));
            }
            // On the command's own CommandLine: through the root, picocli would also parse the line as the root's
            // and first reset the execution results of the whole tree (~45 commands), for nothing a line uses.
            if (root.getParseResult() == null) {
                // picocli asks a parsed command's parents whether they asked for help, so the root needs a parse
                // of its own: it has one whenever restsh runs lines, but not a tree that only runs lines (tests).
                root.parseArgs();
            }
            int status = command.execute(args.toArray(String[]::new));
            context.scripting().transcript().ran(name, text, status);
            return status;
        }
        Matcher name = LEADING_NAME.matcher(text);
        if (name.find() && !isExpressionName(name.group(1)) && (name.group(2).isBlank())) {
            return unknown(name.group(1));
        }
        return root.execute("print", "--bare-line", "--", text);
    }

    private static String firstWord(String text) {
        return WHITESPACE.split(text, 2)[0];
    }

    /** The command of that name: the spec's own map, as {@code getSubcommands()} copies the tree's on every call. */
    private CommandLine subcommand(String name) {
        return root.getCommandSpec().subcommands().get(name);
    }

    /** Runs lines in order; the status is that of the last line that failed (0 when none did). */
    public int runAll(List<String> lines) {
        int status = ExitStatus.OK.code();
        for (String line : lines) {
            int lineStatus = run(line);
            if (lineStatus != ExitStatus.OK.code()) {
                status = lineStatus;
            }
            if (context.exitRequested()) {
                break;
            }
        }
        return status;
    }

    /** True for commands that take the rest of the line as typed (an expression or a filter). */
    public static boolean takesRawLine(String command) {
        return CommandCatalogue.is(command, Trait.RAW_LINE);
    }

    /** True when the command cannot run without an argument: bare, its name is better read as an expression. */
    private static boolean needsArguments(CommandLine command) {
        return command.getCommandSpec().args().stream().anyMatch(CommandLine.Model.ArgSpec::required);
    }

    /** True when a bare name at the start of a line is read as an expression, not as an unknown command. */
    public boolean isExpressionName(String name) {
        return EXPRESSION_WORDS.contains(name)
                || HISTORY_NAME.matcher(name).matches()
                || new SessionScope(context.session()).names().contains(name);
    }

    private int unknown(String word) {
        List<String> known = new ArrayList<>(root.getSubcommands().keySet());
        known.addAll(new SessionScope(context.session()).names());
        context.console()
                .error(
                        "unknown command or name '" + word + "'" + Suggestions.hint(word, known)
                                + " (type 'help' for the list)",
                        null);
        return ExitStatus.USAGE.code();
    }
}
