package dev.restsh.shell.command;

import static dev.restsh.shell.command.ProgrammaticModel.flag;
import static dev.restsh.shell.command.ProgrammaticModel.on;
import static dev.restsh.shell.command.ProgrammaticModel.option;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.render.OutputSpec;
import dev.restsh.shell.render.StreamSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * HTTPie's output options for the request commands: what to print ({@code --print=HhBb}, {@code -h}, {@code -b},
 * {@code -v}), how ({@code --pretty}) and whether through a pager. {@code -h} means headers, as in HTTPie, so help
 * is {@code --help} only.
 */
public class OutputOptions {
    private final OptionSpec print = option(
                    String.class,
                    "WHAT",
                    "Parts to print: H request headers, B request body, h response headers, b response body.",
                    "-p",
                    "--print")
            .build();
    private final OptionSpec headers = flag("Print the response headers only (--print=h).", "-h", "--headers");
    private final OptionSpec body = flag("Print the response body only (--print=b).", "-b", "--body");
    private final OptionSpec verbose = flag("Print the request and the response (--print=HBhb).", "-v", "--verbose");
    private final OptionSpec pretty = option(
                    String.class,
                    "STYLE",
                    "all (colours and formatting, colours even off a terminal), colors, format, none.",
                    "--pretty")
            .build();
    private final OptionSpec noPager = flag("Never page long output.", "--no-pager");
    private final OptionSpec stream = flag(
            "Show the body line by line as it arrives, whatever its type (server-sent events and JSON Lines always"
                    + " are).",
            "-S",
            "--stream");
    private final OptionSpec jq = option(
                    String.class,
                    "FILTER",
                    "With a stream, run this jq filter on each event or line (for example: --jq '.data').",
                    "--jq")
            .build();
    private final OptionSpec help = OptionSpec.builder("--help")
            .usageHelp(true)
            .type(boolean.class)
            .initialValue(false)
            .description("Show this help message and exit.")
            .build();
    private final CommandSpec model = ProgrammaticModel.model(this)
            .addOption(print)
            .addOption(headers)
            .addOption(body)
            .addOption(verbose)
            .addOption(pretty)
            .addOption(noPager)
            .addOption(stream)
            .addOption(jq)
            .addOption(help);

    /** The options, for the command that mixes them in (see {@link ProgrammaticModel}). */
    CommandSpec model() {
        return model;
    }

    public OutputSpec spec() {
        String parts = print.getValue();
        if (parts == null && on(verbose)) {
            parts = "HBhb";
        } else if (parts == null && (on(headers) || on(body))) {
            parts = (on(headers) ? "h" : "") + (on(body) ? "b" : "");
        }
        String style = pretty.getValue();
        try {
            return new OutputSpec(
                    parts,
                    style == null ? null : OutputSpec.pretty(style),
                    !on(noPager) && !on(stream),
                    new StreamSpec(on(stream), jq.getValue()));
        } catch (IllegalArgumentException e) {
            throw RestshException.usage(e.getMessage());
        }
    }
}
