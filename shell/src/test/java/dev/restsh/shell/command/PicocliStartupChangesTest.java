package dev.restsh.shell.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.RegexTransformer;

/**
 * restsh's start-up changes to picocli (picocli/pom.xml, changes 2 to 4): interpolation skipped for text without
 * '$', one shared default negatable-option transformer, picocli.converters.excludes compiled once. Each must leave
 * picocli's behaviour as it was.
 */
class PicocliStartupChangesTest {
    private static final String EXCLUDES = "picocli.converters.excludes";

    @CommandLine.Command
    static final class Timed {
        @CommandLine.Option(names = "--wait")
        Duration wait;
    }

    @Test
    void textWithVariablesIsStillInterpolatedAndTextWithoutIsKept() {
        System.setProperty("restsh.test.greeting", "hello");
        try {
            CommandSpec spec = CommandSpec.create()
                    .addOption(OptionSpec.builder("--pages")
                            .type(int.class)
                            .defaultValue("10")
                            .description("Pages (default: ${DEFAULT-VALUE}); ${sys:restsh.test.greeting}; 100 $$.")
                            .build())
                    .addOption(OptionSpec.builder("--plain")
                            .description("No variables here: {braces} and 50 %%.")
                            .build());
            String usage = new CommandLine(spec).getUsageMessage(CommandLine.Help.Ansi.OFF);

            assertThat(usage).contains("Pages (default: 10); hello; 100 $.");
            assertThat(usage).contains("No variables here: {braces} and 50 %.");
        } finally {
            System.clearProperty("restsh.test.greeting");
        }
    }

    @Test
    void negatableOptionsWorkWithTheSharedDefaultTransformer() {
        assertThat(RegexTransformer.createDefault()).isSameAs(RegexTransformer.createDefault());
        CommandSpec spec = CommandSpec.create()
                .addOption(OptionSpec.builder("--colour")
                        .type(boolean.class)
                        .negatable(true)
                        .build());
        CommandLine line = new CommandLine(spec);

        assertThat((Boolean) line.parseArgs("--no-colour").matchedOptionValue("--colour", null))
                .isFalse();
        assertThat(line.getUsageMessage(CommandLine.Help.Ansi.OFF)).contains("--[no-]colour");
    }

    @Test
    void excludedConvertersFollowTheProperty() {
        String before = System.getProperty(EXCLUDES);
        try {
            System.setProperty(EXCLUDES, "java\\.time\\..*");
            assertThatThrownBy(() -> new CommandLine(new Timed()).parseArgs("--wait", "PT2S"))
                    .hasMessageContaining("No TypeConverter registered for java.time.Duration");

            System.setProperty(EXCLUDES, "java\\.sql\\..*");
            Timed timed = new Timed();
            new CommandLine(timed).parseArgs("--wait", "PT2S");
            assertThat(timed.wait).isEqualTo(Duration.ofSeconds(2));
        } finally {
            if (before == null) {
                System.clearProperty(EXCLUDES);
            } else {
                System.setProperty(EXCLUDES, before);
            }
        }
    }
}
