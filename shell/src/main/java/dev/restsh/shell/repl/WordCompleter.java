package dev.restsh.shell.repl;

import dev.restsh.shell.http.Response;
import dev.restsh.shell.session.Exchange;
import dev.restsh.shell.session.Session;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.Candidate;

/**
 * Completions that depend on the word alone, wherever it is: {@code {{variable}}}, {@code _N} history numbers
 * and file names after {@code @}. Returns true when it recognised the word (then nothing else applies).
 */
final class WordCompleter {
    private final Session session;
    private final Path workingDirectory;

    WordCompleter(Session session, Path workingDirectory) {
        this.session = session;
        this.workingDirectory = workingDirectory;
    }

    boolean complete(String word, List<Candidate> candidates) {
        int variable = word.lastIndexOf("{{");
        if (variable >= 0 && word.indexOf("}}", variable) < 0) {
            String prefix = word.substring(0, variable);
            session.variables()
                    .forEach((name, value) -> candidates.add(new Candidate(
                            prefix + "{{" + name + "}}", "{{" + name + "}}", "variables", value, null, null, false)));
            return true;
        }
        if (word.startsWith("_")) {
            historyNumbers(candidates);
            return word.length() > 1;
        }
        int at = word.indexOf('@');
        if (at >= 0 && !word.contains("://")) {
            files(word.substring(0, at + 1), word.substring(at + 1), candidates);
            return true;
        }
        return false;
    }

    void historyNumbers(List<Candidate> candidates) {
        for (Exchange exchange : session.history().all()) {
            Response response = exchange.response();
            String description =
                    response.request().method() + " " + response.request().url().getPath() + " → " + response.status();
            candidates.add(new Candidate(
                    "_" + exchange.number(), "_" + exchange.number(), "responses", description, null, null, true));
        }
    }

    private void files(String prefix, String typed, List<Candidate> candidates) {
        int slash = typed.lastIndexOf('/');
        String directoryPart = slash < 0 ? "" : typed.substring(0, slash + 1);
        Path directory = directoryPart.startsWith("~/")
                ? Path.of(System.getProperty("user.home")).resolve(directoryPart.substring(2))
                : workingDirectory.resolve(directoryPart);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                boolean folder = Files.isDirectory(entry);
                String value = prefix + directoryPart + name + (folder ? "/" : "");
                candidates.add(new Candidate(value, name + (folder ? "/" : ""), "files", null, null, null, !folder));
            }
        } catch (IOException | RuntimeException unreadable) {
            // No such directory yet: nothing to offer.
        }
    }
}
