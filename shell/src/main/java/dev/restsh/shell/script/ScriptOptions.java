package dev.restsh.shell.script;

import java.nio.file.Path;

/**
 * How to run a script: go on after failures, pause before every request, open the REPL at a failure
 * (post-mortem), and where to write a JUnit report (null for none).
 */
public record ScriptOptions(boolean keepGoing, boolean stepRequests, boolean postMortem, Path junitReport) {}
