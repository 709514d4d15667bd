package dev.restsh.shell.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * restsh's one change to picocli (picocli/pom.xml): a word that no number parser could read skips picocli's
 * Long.decode and Double.parseDouble tries. Negative numbers must still be positional parameters, and words that
 * look like options must still be refused.
 */
class PicocliNumbersTest {
    @CommandLine.Command
    static final class Words {
        @CommandLine.Option(names = "-v")
        boolean verbose;

        @CommandLine.Parameters
        List<String> words = new ArrayList<>();
    }

    private static List<String> parse(String... args) {
        Words words = new Words();
        new CommandLine(words).parseArgs(args);
        return words.words;
    }

    @Test
    void negativeAndOtherNumbersAreParameters() {
        assertThat(parse("-5", "-1.5e3", "-0x1F", "-.5", "+7", " -3", "-Infinity", "NaN"))
                .containsExactly("-5", "-1.5e3", "-0x1F", "-.5", "+7", " -3", "-Infinity", "NaN");
    }

    @Test
    void wordsThatAreNoNumbersAreParametersOrOptionsAsBefore() {
        assertThat(parse("http://127.0.0.1:8080/get_ips", "label=x", "-v"))
                .containsExactly("http://127.0.0.1:8080/get_ips", "label=x");
        assertThatThrownBy(() -> parse("-x")).isInstanceOf(CommandLine.UnmatchedArgumentException.class);
        assertThatThrownBy(() -> parse("-5x")).isInstanceOf(CommandLine.UnmatchedArgumentException.class);
    }
}
