package dev.restsh.shell.command;

import static dev.restsh.shell.command.ProgrammaticModel.flag;
import static dev.restsh.shell.command.ProgrammaticModel.on;
import static dev.restsh.shell.command.ProgrammaticModel.option;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code --all-pages} on request commands: follow rel="next" to the end and show the pages joined. */
public class PagingOptions {
    private static final int DEFAULT_MAX_PAGES = 100;

    private final OptionSpec allPages = flag(
            "Follow Link rel=\"next\" to the last page and show all pages joined into one result.",
            "--all-pages",
            "--collect");
    private final OptionSpec maxPages = option(
                    int.class, "N", "Stop --all-pages after N pages (default: ${DEFAULT-VALUE}).", "--max-pages")
            .defaultValue(Integer.toString(DEFAULT_MAX_PAGES))
            .initialValue(0)
            .build();
    private final CommandSpec model =
            ProgrammaticModel.model(this).addOption(allPages).addOption(maxPages);

    /** The options, for the command that mixes them in (see {@link ProgrammaticModel}). */
    CommandSpec model() {
        return model;
    }

    boolean allPages() {
        return on(allPages);
    }

    int maxPages() {
        Integer max = maxPages.getValue();
        return max == null ? DEFAULT_MAX_PAGES : max; // null: never parsed (a pasted curl command)
    }
}
