package dev.restsh.shell.command;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.render.OutputSpec;
import dev.restsh.shell.render.StreamSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * HTTPie's output options for the request commands: what to print ({@code --print=HhBb}, {@code -h}, {@code -b},
 * {@code -v}), how ({@code --pretty}) and whether through a pager. {@code -h} means headers, as in HTTPie, so help
 * is {@code --help} only.
 */
@Command(addMethodSubcommands = false) // picocli would otherwise scan every method for subcommands at start-up
public class OutputOptions {
    @Option(
            names = {"-p", "--print"},
            paramLabel = "WHAT",
            description = "Parts to print: H request headers, B request body, h response headers, b response body.")
    String print;

    @Option(
            names = {"-h", "--headers"},
            description = "Print the response headers only (--print=h).")
    boolean headers;

    @Option(
            names = {"-b", "--body"},
            description = "Print the response body only (--print=b).")
    boolean body;

    @Option(
            names = {"-v", "--verbose"},
            description = "Print the request and the response (--print=HBhb).")
    boolean verbose;

    @Option(
            names = "--pretty",
            paramLabel = "STYLE",
            description = "all (colours and formatting, colours even off a terminal), colors, format, none.")
    String pretty;

    @Option(names = "--no-pager", description = "Never page long output.")
    boolean noPager;

    @Option(
            names = {"-S", "--stream"},
            description = "Show the body line by line as it arrives, whatever its type (server-sent events and"
                    + " JSON Lines always are).")
    boolean stream;

    @Option(
            names = "--jq",
            paramLabel = "FILTER",
            description = "With a stream, run this jq filter on each event or line (for example: --jq '.data').")
    String jq;

    @Option(names = "--help", usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    public OutputSpec spec() {
        String parts = print;
        if (parts == null && verbose) {
            parts = "HBhb";
        } else if (parts == null && (headers || body)) {
            parts = (headers ? "h" : "") + (body ? "b" : "");
        }
        try {
            return new OutputSpec(
                    parts,
                    pretty == null ? null : OutputSpec.pretty(pretty),
                    !noPager && !stream,
                    new StreamSpec(stream, jq));
        } catch (IllegalArgumentException e) {
            throw RestshException.usage(e.getMessage());
        }
    }
}
