package dev.restsh.shell.script;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.ErrorText;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.inspect.JsonDiff;
import dev.restsh.shell.json.Json;
import dev.restsh.shell.line.LineSplitter;
import dev.restsh.shell.render.TerminalText;
import dev.restsh.shell.session.Exchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * {@code expect snapshot NAME [--ignore JQ_PATH …] [--header NAME …] [--update]}: the first time, stores the latest
 * response as a {@link ResponseDocument} in {@code __snapshots__/NAME.json} beside the script (in the REPL, in the
 * current folder); after that, compares the response with it, path by path, and fails with the differences. The
 * status, Content-Type (and the headers named with {@code --header}) and the body are compared. {@code run
 * --update-snapshots} (or {@code --update}) writes them again. Where {@code CI} is set, a missing snapshot fails
 * instead of being written.
 */
public final class Snapshots {
    public static final String FOLDER = "__snapshots__";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final ShellContext context;

    public Snapshots(ShellContext context) {
        this.context = context;
    }

    /** The words after {@code expect snapshot}, parsed. */
    record Arguments(String name, List<String> ignored, Set<String> headers, boolean update) {
        static Arguments parse(String typed) {
            List<String> words = LineSplitter.split(typed);
            String name = null;
            List<String> ignored = new ArrayList<>();
            Set<String> headers = new TreeSet<>(Set.of("content-type"));
            boolean update = false;
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                switch (word) {
                    case "--ignore" -> ignored.add(value(words, ++i, word));
                    case "--header" -> headers.add(value(words, ++i, word).toLowerCase(Locale.ROOT));
                    case "--update" -> update = true;
                    default -> {
                        if (word.startsWith("-") || name != null) {
                            throw RestshException.usage("expect snapshot: unknown argument '" + word + "'");
                        }
                        name = word;
                    }
                }
            }
            if (name == null || !NAME.matcher(name).matches() || name.contains("..")) {
                throw RestshException.usage("expect snapshot NAME: a name of letters, digits, '.', '_' and '-'"
                        + " (the file is " + FOLDER + "/NAME.json)");
            }
            return new Arguments(name, ignored, headers, update);
        }

        private static String value(List<String> words, int index, String option) {
            if (index >= words.size()) {
                throw RestshException.usage("expect snapshot: " + option + " needs a value");
            }
            return words.get(index);
        }
    }

    /** Compares (or writes) the snapshot; a failed check lists the differences. */
    public Expectations.Check expect(String typed) {
        Arguments arguments = Arguments.parse(typed);
        Exchange latest = context.session()
                .history()
                .latest()
                .orElseThrow(() -> RestshException.usage("no response yet: send a request first"));
        ResponseDocument documents = new ResponseDocument(arguments.headers()::contains, arguments.ignored());
        JsonNode actual = documents.of(latest.response());
        Path file = context.workingDirectory().resolve(FOLDER).resolve(arguments.name() + ".json");
        boolean update = arguments.update()
                || context.scripting().current().map(ScriptRun::updateSnapshots).orElse(false);
        if (!update && !Files.exists(file) && onCi()) {
            // As Jest's --ci: in CI a snapshot that was never committed would pass every run, checking nothing.
            return new Expectations.Check(
                    false,
                    "  no " + FOLDER + "/" + file.getFileName() + " and CI is set, so it is not written here:"
                            + " run the script once without CI (or with run --update-snapshots) and commit the file\n");
        }
        if (update || !Files.exists(file)) {
            boolean existed = Files.exists(file);
            write(file, actual);
            note("snapshot " + arguments.name() + (existed ? " updated: " : " written: ") + FOLDER + "/"
                    + file.getFileName());
            return new Expectations.Check(true, "");
        }
        JsonNode stored = documents.normalised(read(file));
        List<JsonDiff.Change> changes = JsonDiff.between(stored, actual);
        if (changes.isEmpty()) {
            return new Expectations.Check(true, "");
        }
        StringBuilder details = new StringBuilder("  the response differs from " + FOLDER + "/" + file.getFileName()
                + " (run --update-snapshots to accept it):\n");
        for (JsonDiff.Change change : changes) {
            details.append("  ").append(TerminalText.visible(change.describe())).append('\n');
        }
        return new Expectations.Check(false, details.toString());
    }

    /** True when the CI variable is set (GitHub Actions, GitLab, Jenkins and others set {@code CI=true}). */
    private boolean onCi() {
        String ci = context.session().env().get("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") && !ci.equals("0");
    }

    private static void write(Path file, JsonNode document) {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            Files.createDirectories(file.getParent());
            String text = Json.mapper().writer(pretty).writeValueAsString(document) + "\n";
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw RestshException.usage("cannot write " + file + ": " + ErrorText.of(e));
        }
    }

    private static JsonNode read(Path file) {
        try {
            JsonNode stored = Json.parse(Files.readAllBytes(file));
            if (!stored.isObject()) {
                throw RestshException.usage("the snapshot " + file + " is not a JSON object: delete it or update it");
            }
            return stored;
        } catch (IOException e) {
            throw RestshException.usage("cannot read " + file + ": " + ErrorText.of(e));
        }
    }

    private void note(String text) {
        context.console().err().println("restsh: " + text);
        context.console().err().flush();
    }
}
