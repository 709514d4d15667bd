package dev.restsh.shell.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.TutorialServer;
import dev.restsh.shell.json.Json;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * restsh against CPython: every expression of {@code expressions/corpus.txt}, over the documents of
 * {@code documents.json} and the tutorial's live response, is evaluated by restsh and by python3 (with requests),
 * and what {@code pp} prints (or the error's {@code Name: message}) must be the same text. Differences restsh makes
 * on purpose stay out of the corpus and are listed in docs/EXPRESSIONS.md.
 */
class DifferentialTest {
    /** The hints restsh adds after Python's message: did-you-mean, the keys there are. */
    private static final Pattern HINTS =
            Pattern.compile("(; did you mean .*| \\((keys: |it is empty|no such header|length \\d+\\)$).*)$");

    @Test
    void printsWhatCPythonPrints() throws Exception {
        Optional<Path> python = python3();
        assumeTrue(python.isPresent(), "no python3 on this machine: the differential test against CPython is skipped");
        Path documents = resource("documents.json");
        Path corpus = resource("corpus.txt");
        try (TutorialServer server = new TutorialServer()) {
            ShellHarness shell = new ShellHarness(server.base());
            assertThat(shell.line("get /get_ips")).as(shell::err).isZero();
            List<String> expected = cpython(python.get(), documents, corpus, server.base());
            List<String> expressions = expressions(corpus);
            assertThat(expected).as("python3 answered every line").hasSameSizeAs(expressions);
            Evaluator restsh = new Evaluator(
                    scope(documents, new SessionScope(shell.context().session())));
            List<String> differences = new ArrayList<>();
            for (int i = 0; i < expressions.size(); i++) {
                String actual = restsh(restsh, expressions.get(i));
                if (!actual.equals(expected.get(i))) {
                    differences.add(
                            expressions.get(i) + "\n    python3: " + expected.get(i) + "\n    restsh:  " + actual);
                }
            }
            assertThat(differences)
                    .as("%d of %d expressions differ", differences.size(), expressions.size())
                    .isEmpty();
            assertThat(expressions.size()).isGreaterThan(300);
        }
    }

    private static String restsh(Evaluator evaluator, String expression) {
        try {
            return PrettyPrinter.format(evaluator.evaluate(expression));
        } catch (ExpressionException e) {
            return HINTS.matcher(e.getMessage()).replaceFirst("");
        } catch (RuntimeException e) {
            return "restsh crashed: " + e;
        }
    }

    private static Scope scope(Path documents, Scope session) throws IOException {
        JsonNode names = Json.mapper().readTree(documents.toFile());
        return new Scope() {
            @Override
            public Optional<Object> lookup(String name) {
                return names.has(name) ? Optional.of(names.get(name)) : session.lookup(name);
            }

            @Override
            public Collection<String> names() {
                List<String> all = new ArrayList<>();
                names.fieldNames().forEachRemaining(all::add);
                all.addAll(session.names());
                return all;
            }
        };
    }

    private static List<String> cpython(Path python, Path documents, Path corpus, String base) throws Exception {
        Process process = new ProcessBuilder(
                        python.toString(),
                        resource("differential.py").toString(),
                        documents.toString(),
                        corpus.toString(),
                        base)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("python3 finished").isTrue();
        assertThat(process.exitValue()).as("python3's exit status").isZero();
        List<String> results = new ArrayList<>();
        for (String line : new String(output, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                results.add(Json.mapper().readValue(line, String.class));
            }
        }
        return results;
    }

    private static List<String> expressions(Path corpus) throws IOException {
        return Files.readAllLines(corpus).stream()
                .filter(line -> !line.isBlank() && !line.strip().startsWith("#"))
                .toList();
    }

    /** Debian's python3, or the first on the PATH. */
    private static Optional<Path> python3() {
        Path debian = Path.of("/usr/bin/python3");
        if (Files.isExecutable(debian)) {
            return Optional.of(debian);
        }
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(folder, "python3");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(
                DifferentialTest.class.getResource("/expressions/" + name).toURI());
    }
}
