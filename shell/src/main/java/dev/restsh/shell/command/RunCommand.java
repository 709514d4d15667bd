package dev.restsh.shell.command;

import dev.restsh.shell.ErrorText;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.openapi.CoverageReport;
import dev.restsh.shell.script.ResponseCondition;
import dev.restsh.shell.script.ScriptOptions;
import dev.restsh.shell.script.ScriptReader;
import dev.restsh.shell.script.ScriptRun;
import dev.restsh.shell.script.ScriptRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code run FILE}: runs a script of restsh commands in this session, with expectations and a summary. */
@Command(
        description = "Run a script of restsh commands (one per line, # comments) in this session.",
        footer = {
            "",
            "Examples:",
            "  run smoke.restsh",
            "  run smoke.restsh --var token=$TOKEN --keep-going --report junit target/smoke.xml",
            "  run smoke.restsh --report html target/smoke.html --report tap target/smoke.tap",
            "  run --step smoke.restsh        pause before every request",
            "  run --pm smoke.restsh          open the REPL at a failure (post-mortem)",
            "  run --break-when 'response.status_code >= 500' smoke.restsh",
            "  run --update-snapshots smoke.restsh    write every expect snapshot again",
            "  run --validate --coverage-report coverage.html smoke.restsh",
            "",
            "{{name}} in a line is the variable 'name' (--var, set, let), else the environment variable 'name'.",
            "Exit status: 0 all passed, 6 an expectation failed, else that of the line that failed."
        })
public class RunCommand extends ShellCommand {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The script; @file references resolve beside it.")
    String file;

    @Option(names = "--var", paramLabel = "NAME=VALUE", description = "Set a variable for {{NAME}} (repeatable).")
    Map<String, String> variables = new LinkedHashMap<>();

    @Option(names = "--env", paramLabel = "NAME", description = "Use this named environment (see: help use).")
    String environment;

    @Option(names = "--keep-going", description = "Run on after a failure and count the failures.")
    boolean keepGoing;

    @Option(names = "--step", description = "Pause before every request (needs a terminal).")
    boolean step;

    @Option(names = "--pm", description = "Post-mortem: open the REPL at a failure (needs a terminal).")
    boolean postMortem;

    @Option(
            names = "--break-when",
            paramLabel = "EXPR",
            description = "Pause at the first response for which EXPR holds (repeatable; needs a terminal).")
    List<String> breakWhen = new ArrayList<>();

    @Option(names = "--update-snapshots", description = "Write every expect snapshot again from this run.")
    boolean updateSnapshots;

    @Option(
            names = "--strict",
            description = "Do not send a request that does not match the API's OpenAPI document (a line error, 2).")
    boolean strict;

    @Option(
            names = "--validate",
            description = "Check every response against the API's OpenAPI document: a violation fails, like an expect.")
    boolean validate;

    @Option(names = "--coverage", description = "Show which documented operations and responses the script exercised.")
    boolean coverage;

    @Option(
            names = "--coverage-report",
            paramLabel = "FILE",
            description = "Write the coverage to FILE: JSON (FILE.json) or an HTML page (FILE.html).")
    Path coverageReport;

    @Option(
            names = "--report",
            arity = "1..2",
            paramLabel = "FORMAT [FILE]",
            hideParamSyntax = true, // shown once, as written: picocli would repeat the pair of a 2-value option
            description = {
                "Write a report (repeatable): junit FILE (JUnit XML for CI), json FILE, html FILE (one page",
                "for a person), tap [FILE] (TAP 14; on stdout after the run without FILE or with -)."
            })
    List<String> report;

    public RunCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        // A script's requests never take restsh's stdin as their body: CI runners and ssh often leave it open.
        context.bodyInput(null);
        Path script = context.workingDirectory().resolve(file).normalize();
        String text;
        try {
            text = Files.readString(script, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw RestshException.usage("no such script: " + file);
        } catch (IOException e) {
            throw RestshException.usage("cannot read " + file + ": " + ErrorText.of(e));
        }
        ScriptRun run = new ScriptRun(script, ScriptReader.read(file, text));
        breakWhen.forEach(condition -> run.breakWhen(new ResponseCondition(condition)));
        // A script run from a script that updates its snapshots updates its own too.
        run.updateSnapshots(updateSnapshots
                || context.scripting().current().map(ScriptRun::updateSnapshots).orElse(false));
        if (environment != null) {
            context.environments().use(environment);
        }
        context.session().variables().putAll(variables);
        ReportRequests reports = ReportRequests.parse(report, context.workingDirectory());
        int status = new ScriptRunner(spec.root().commandLine(), context, options(reports.junit())).run(run);
        reports.write(run, context);
        return status;
    }

    private ScriptOptions options(Path junit) {
        Path coverageFile =
                coverageReport == null ? null : context.workingDirectory().resolve(coverageReport);
        if (coverageFile != null) {
            CoverageReport.check(coverageFile); // a wrong extension is known before the script runs
        }
        return new ScriptOptions(keepGoing, step, postMortem, junit, strict, validate, coverage, coverageFile);
    }
}
