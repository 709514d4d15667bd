package dev.restsh.shell.command;

import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * picocli's programmatic API, for the commands every one-shot request builds: the root, the HTTP verbs and the
 * option mixins they share. picocli reads annotations by reflection, and the JDK generates a proxy class for each
 * annotation type it reads (no class-data archive of Java 17 can hold those): building these models from annotations
 * was the largest part of a one-shot {@code get}'s start-up (see docs/BENCHMARKS.md). The other commands keep their
 * annotations; they are built only when used.
 *
 * <p>Each option keeps its value in its own {@link OptionSpec} (picocli resets it before every parse); commands read
 * it from there.
 */
final class ProgrammaticModel {
    /** The key picocli gives its standard help mixin, so {@link CommandSpec#mixinStandardHelpOptions()} still holds. */
    private static final String STANDARD_HELP = "mixinStandardHelpOptions";

    private ProgrammaticModel() {}

    /** A new, empty model for a command or mixin. */
    static CommandSpec model(Object command) {
        return CommandSpec.wrapWithoutInspection(command).setAddMethodSubcommands(false);
    }

    /** An annotated command with a programmatic mixin (its options), under the name picocli keeps it by. */
    static CommandLine withMixin(Object command, String name, CommandSpec mixin) {
        CommandLine line = new CommandLine(command);
        line.getCommandSpec().addMixin(name, mixin);
        return line;
    }

    /** An option without a value: false until given. */
    static OptionSpec flag(String description, String... names) {
        return OptionSpec.builder(names)
                .type(boolean.class)
                .initialValue(false)
                .description(description)
                .build();
    }

    /** An option with one value of the type: null until given. */
    static OptionSpec.Builder option(Class<?> type, String label, String description, String... names) {
        return OptionSpec.builder(names).type(type).paramLabel(label).description(description);
    }

    /** Whether a flag was given. */
    static boolean on(OptionSpec flag) {
        return Boolean.TRUE.equals(flag.getValue());
    }

    /** {@code -h}/{@code --help} and {@code -V}/{@code --version}, as {@code mixinStandardHelpOptions} adds them. */
    static void standardHelp(CommandSpec command, IVersionProvider versions) {
        CommandSpec help = CommandSpec.create()
                .addOption(OptionSpec.builder("-h", "--help")
                        .usageHelp(true)
                        .type(boolean.class)
                        .initialValue(false)
                        .description("Show this help message and exit.")
                        .build())
                .addOption(OptionSpec.builder("-V", "--version")
                        .versionHelp(true)
                        .type(boolean.class)
                        .initialValue(false)
                        .description("Print version information and exit.")
                        .build());
        command.addMixin(STANDARD_HELP, help);
        command.versionProvider(versions);
    }
}
