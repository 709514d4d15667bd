package dev.restsh.shell.script;

import java.nio.file.Path;

/**
 * How to run a script: go on after failures, pause before every request, open the REPL at a failure
 * (post-mortem), where to write a JUnit report (null for none); refuse requests that do not match the OpenAPI
 * document ({@code --strict}), check every response against it ({@code --validate}), show its coverage
 * ({@code --coverage}) and write it to a file (null for none).
 */
public record ScriptOptions(
        boolean keepGoing,
        boolean stepRequests,
        boolean postMortem,
        Path junitReport,
        boolean strict,
        boolean validate,
        boolean coverage,
        Path coverageReport) {

    public ScriptOptions(boolean keepGoing, boolean stepRequests, boolean postMortem, Path junitReport) {
        this(keepGoing, stepRequests, postMortem, junitReport, false, false, false, null);
    }
}
