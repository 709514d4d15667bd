package dev.restsh.shell.repl;

import dev.restsh.shell.inspect.ExpressionNames;
import dev.restsh.shell.inspect.SessionScope;
import dev.restsh.shell.session.Session;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jline.reader.Candidate;

/**
 * The names an operand can start with: Python's builtins (with their signatures), {@code True}, {@code False},
 * {@code None}, and the session's {@code response}, {@code request}, {@code _} and variables.
 */
final class NameCompleter {
    private final Session session;

    NameCompleter(Session session) {
        this.session = session;
    }

    /** Adds the names not already offered (a command such as {@code help} or {@code print} is offered once). */
    void complete(List<Candidate> candidates) {
        Set<String> offered = candidates.stream().map(Candidate::value).collect(Collectors.toSet());
        ExpressionNames.builtins().forEach((name, signature) -> {
            if (!offered.contains(name)) {
                candidates.add(new Candidate(name, name, "builtins", signature, null, null, false));
            }
        });
        ExpressionNames.CONSTANTS.forEach(name -> candidates.add(candidate(name)));
        new SessionScope(session).names().forEach(name -> candidates.add(candidate(name)));
    }

    private static Candidate candidate(String name) {
        return new Candidate(name, name, "names", null, null, null, false);
    }
}
