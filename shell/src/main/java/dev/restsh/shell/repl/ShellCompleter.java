package dev.restsh.shell.repl;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.command.CommandCatalogue;
import dev.restsh.shell.openapi.ApiDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine;

/**
 * Tab completion for the whole line: commands and options, URLs and parameters from the OpenAPI document, request
 * items, variables, history numbers, files; in expressions, builtins and names where an operand starts, and the
 * keys, attributes and methods of the live values (and the keys in jq filters).
 */
public final class ShellCompleter implements Completer {
    private final CommandLine root;
    private final ShellContext context;
    private final CommandCompleter commands;
    private final LiveValueCompleter liveValues;
    private final NameCompleter names;
    private final RequestItemCompleter requestItems;
    private final WordCompleter words;

    public ShellCompleter(CommandLine root, ShellContext context) {
        this(root, context, Path.of("").toAbsolutePath());
    }

    ShellCompleter(CommandLine root, ShellContext context, Path workingDirectory) {
        this.root = root;
        this.context = context;
        this.commands = new CommandCompleter(root);
        this.liveValues = new LiveValueCompleter(context.session());
        this.names = new NameCompleter(context.session());
        this.requestItems = new RequestItemCompleter(context.session());
        this.words = new WordCompleter(context.session(), workingDirectory);
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        if (line instanceof FragmentLine) {
            JsonPathContext.find(line.line().substring(0, line.cursor()), word -> true)
                    .ifPresent(path -> {
                        if (path.kind() != JsonPathContext.Kind.NAME) {
                            liveValues.complete(path, candidates);
                        } else if (!words.complete(path.partial(), candidates)) {
                            names.complete(candidates);
                        }
                    });
            return;
        }
        String word =
                line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        if (words.complete(word, candidates)) {
            return;
        }
        if (line.wordIndex() == 0) {
            commands.complete(reader, line, candidates);
            names.complete(candidates);
            return;
        }
        String command = line.words().get(0);
        if (word.startsWith("-")) {
            commands.complete(reader, line, candidates);
            return;
        }
        // request METHOD URL and edit METHOD URL name the method first.
        boolean methodFirst = command.equals("request") || command.equals("edit");
        int urlIndex = methodFirst ? 2 : 1;
        String method = methodFirst && line.words().size() > 1 ? line.words().get(1) : command;
        if (CommandCatalogue.METHODS.contains(command) || methodFirst) {
            Optional<ApiDocument> document = document();
            if (line.wordIndex() == urlIndex) {
                requestItems.completeUrl(word, document, candidates);
            } else if (line.wordIndex() > urlIndex) {
                String url = line.words().size() > urlIndex ? line.words().get(urlIndex) : null;
                requestItems.completeItem(method.toUpperCase(Locale.ROOT), url, word, document, candidates);
            } else {
                CommandCatalogue.METHODS.forEach(name -> candidates.add(new Candidate(name.toUpperCase(Locale.ROOT))));
            }
            return;
        }
        if (command.equals("help") && line.wordIndex() == 1) {
            root.getSubcommands().keySet().forEach(name -> candidates.add(new Candidate(name)));
        } else if (command.equals("completion") && line.wordIndex() == 1) {
            List.of("bash", "zsh").forEach(shell -> candidates.add(new Candidate(shell)));
        } else if ((command.equals("use") || command.equals("environments")) && line.wordIndex() == 1) {
            try {
                context.environments().defined().keySet().forEach(name -> candidates.add(new Candidate(name)));
            } catch (RestshException unreadable) {
                // a broken environments file: nothing to offer (use says why)
            }
        } else if (command.equals("validate") && line.wordIndex() == 1) {
            words.historyNumbers(candidates);
        }
    }

    /** The API description if it is loaded; asks for it (in the background) when the base URL changed. */
    private Optional<ApiDocument> document() {
        if (context.settings().openApiDiscovery()) {
            context.openApi().prefetch();
        }
        return context.openApi().ready();
    }
}
