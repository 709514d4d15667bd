package dev.restsh.shell.command;

import dev.restsh.shell.Console;
import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.Failures;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.inspect.Suggestions;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * How the command tree answers a failed command (through {@link Failures}) and a usage error (its first line through
 * {@link Console#error} too, so that scripts count it and their reports carry it), with the documented exit status.
 * A usage error never shows a stack trace: the words are the whole story. Named classes, not lambdas:
 * with picocli's released jar (Java 5 bytecode) a lambda for one of its interfaces dropped that interface and
 * picocli's own handlers from the class-data-sharing archive; the named classes stay in it whichever picocli build
 * restsh runs on.
 */
final class CommandErrors {
    private CommandErrors() {}

    /** A command that threw: known errors in their own words, anything else as one "unexpected error" line. */
    static final class Execution implements CommandLine.IExecutionExceptionHandler {
        private final ShellContext context;

        Execution(ShellContext context) {
            this.context = context;
        }

        @Override
        public int handleExecutionException(
                Exception error, CommandLine commandLine, CommandLine.ParseResult parseResult) {
            return Failures.report(context.console(), error);
        }
    }

    /** Arguments picocli could not read: what was wrong, a suggestion when one is close, and where help is. */
    static final class Usage implements CommandLine.IParameterExceptionHandler {
        private final ShellContext context;

        Usage(ShellContext context) {
            this.context = context;
        }

        @Override
        public int handleParseException(CommandLine.ParameterException error, String[] args) {
            CommandLine command = error.getCommandLine();
            Console console = context.console();
            RestshException known = optionCheck(error);
            if (known != null) {
                console.error(known.getMessage(), null);
                return ExitStatus.USAGE.code();
            }
            if (command.getParent() == null
                    && error instanceof CommandLine.UnmatchedArgumentException unmatched
                    && !unmatched.getUnmatched().isEmpty()
                    && !unmatched.getUnmatched().get(0).startsWith("-")) {
                String word = unmatched.getUnmatched().get(0);
                if (command.getSubcommands().containsKey(word)) {
                    // A command after "--": picocli reads every word after it as an argument.
                    console.error("'" + word + "' after '--' is not read as a command: leave the '--' out", null);
                } else {
                    console.error(
                            "unknown command '" + word + "'"
                                    + Suggestions.hint(
                                            word, command.getSubcommands().keySet())
                                    + " (try 'restsh --help')",
                            null);
                }
                return ExitStatus.USAGE.code();
            }
            // "export curl", not "curl" (the curl import): help takes one command name, so a nested one says --help.
            String qualified = command.getCommandSpec().qualifiedName(" ").replaceFirst("^restsh ?", "");
            console.error((qualified.isEmpty() ? "" : qualified + ": ") + error.getMessage(), null);
            PrintWriter err = console.err();
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(error, err)) {
                String help = qualified.isEmpty()
                        ? "restsh --help"
                        : qualified.contains(" ") ? qualified + " --help" : "help " + qualified;
                err.println("Try '" + help + "' for usage.");
            }
            err.flush();
            return ExitStatus.USAGE.code();
        }

        /** An option's own check (such as --session's name), which picocli wraps in "Could not set value…". */
        private static RestshException optionCheck(Throwable error) {
            for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof RestshException known) {
                    return known;
                }
            }
            return null;
        }
    }
}
