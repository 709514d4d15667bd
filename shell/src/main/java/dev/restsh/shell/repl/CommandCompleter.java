package dev.restsh.shell.repl;

import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Completes command names in the first word and the options of that command after it. */
public final class CommandCompleter implements Completer {
    private final CommandLine root;

    public CommandCompleter(CommandLine root) {
        this.root = root;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        if (line.wordIndex() == 0) {
            root.getSubcommands()
                    .forEach((name, command) -> candidates.add(new Candidate(
                            name,
                            name,
                            null,
                            firstLine(command.getCommandSpec().usageMessage().description()),
                            null,
                            null,
                            true)));
            return;
        }
        CommandLine command = root.getSubcommands().get(line.words().get(0));
        if (command != null && line.word().startsWith("-")) {
            for (OptionSpec option : command.getCommandSpec().options()) {
                for (String name : option.names()) {
                    candidates.add(new Candidate(name, name, null, firstLine(option.description()), null, null, true));
                }
            }
        }
    }

    private static String firstLine(String[] description) {
        return description.length == 0 ? null : description[0];
    }
}
