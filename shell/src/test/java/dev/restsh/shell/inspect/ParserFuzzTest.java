package dev.restsh.shell.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.restsh.shell.RestshException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random lines built from the language's own pieces: every one either gives a value or one restsh error, never a
 * crash (a Java exception that is not a RestshException) and never a hang.
 */
class ParserFuzzTest {
    private static final String[] PIECES = {
        "1",
        "0",
        "-",
        "+",
        "*",
        "**",
        "/",
        "//",
        "%",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ",",
        ":",
        ".",
        "=",
        "==",
        "<",
        ">=",
        "!=",
        " not ",
        " in ",
        " is ",
        " and ",
        " or ",
        " if ",
        " else ",
        " for ",
        " lambda ",
        "x",
        "y",
        "'a'",
        "\"b\"",
        "b'c'",
        "'",
        "\"",
        "\\",
        "1.5",
        "1e3",
        "0x1f",
        "10**9",
        "range",
        "len",
        "sorted",
        "list",
        "dict",
        "set",
        "str",
        "int",
        "float",
        "max",
        "sum",
        "map",
        "filter",
        "zip",
        "enumerate",
        "None",
        "True",
        "[]",
        "{}",
        "()",
        "'{}'.format",
        "f'",
        "f'{x}'",
        "f'{",
        "}'",
        "!r",
        ":>5",
        "f\"{x!r:^9}\"",
        ".split",
        ".join",
        ".get",
        ".keys()",
        "key=",
        "reverse=True",
        "#",
        "$",
        "😀",
        "\t"
    };

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomLinesGiveAValueOrOneError(long seed) {
        Random random = new Random(seed);
        List<String> crashes = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
            for (int i = 0; i < 2_000; i++) {
                StringBuilder line = new StringBuilder();
                for (int n = random.nextInt(12) + 1; n > 0; n--) {
                    line.append(PIECES[random.nextInt(PIECES.length)]);
                }
                run(line.toString(), crashes);
            }
        });
        assertThat(crashes).isEmpty();
    }

    @Test
    void deepNestingIsAnErrorNotACrash() {
        List<String> crashes = new ArrayList<>();
        run("(".repeat(50_000) + "1" + ")".repeat(50_000), crashes);
        run("[".repeat(50_000), crashes);
        run("-".repeat(50_000) + "1", crashes);
        run("not ".repeat(20_000) + "1", crashes);
        run("1" + "+1".repeat(50_000), crashes);
        assertThat(crashes).isEmpty();
    }

    private static void run(String line, List<String> crashes) {
        try {
            new Evaluator(names()).evaluate(line, new Budget(100_000, 100_000, Duration.ofSeconds(5)));
        } catch (RestshException e) {
            // one line for the user: what the language promises
        } catch (RuntimeException | StackOverflowError e) {
            crashes.add(line.length() > 200 ? line.substring(0, 200) + "…" : line + " → " + e);
        }
    }

    private static Scope names() {
        return new Scope() {
            @Override
            public Optional<Object> lookup(String name) {
                return name.equals("x") ? Optional.of(List.of("1.2.3.4", "9.2.3.4")) : Optional.empty();
            }

            @Override
            public Collection<String> names() {
                return List.of("x");
            }
        };
    }
}
