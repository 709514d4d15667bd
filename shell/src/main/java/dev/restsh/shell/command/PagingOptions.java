package dev.restsh.shell.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code --all-pages} on request commands: follow rel="next" to the end and show the pages joined. */
@Command(addMethodSubcommands = false) // picocli would otherwise scan every method for subcommands at start-up
public class PagingOptions {
    @Option(
            names = {"--all-pages", "--collect"},
            description = "Follow Link rel=\"next\" to the last page and show all pages joined into one result.")
    boolean allPages;

    @Option(
            names = "--max-pages",
            paramLabel = "N",
            defaultValue = "100",
            description = "Stop --all-pages after N pages (default: ${DEFAULT-VALUE}).")
    int maxPages;
}
