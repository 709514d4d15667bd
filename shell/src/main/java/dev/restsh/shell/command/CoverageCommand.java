package dev.restsh.shell.command;

import dev.restsh.shell.ShellContext;
import dev.restsh.shell.openapi.Coverage;
import dev.restsh.shell.openapi.CoverageReport;
import dev.restsh.shell.openapi.SessionCoverage;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code coverage}: which of the API's documented operations and responses this session exercised. */
@Command(
        description = {
            "Show which operations of the API's OpenAPI document this session exercised,",
            "which documented response statuses came back, and which requests matched no operation."
        },
        footer = {
            "",
            "Examples:",
            "  coverage",
            "  coverage --report coverage.html     a page to open in a browser",
            "  coverage --report coverage.json     for other tools"
        })
public class CoverageCommand extends ShellCommand {
    @Option(
            names = {"--report", "--coverage-report"},
            paramLabel = "FILE",
            description = "Also write it to FILE: JSON (FILE.json) or an HTML page (FILE.html).")
    Path report;

    public CoverageCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Path target = report == null ? null : context.workingDirectory().resolve(report);
        if (target != null) {
            CoverageReport.check(target);
        }
        Coverage coverage = SessionCoverage.of(context, EndpointsCommand.load(context), 0);
        SessionCoverage.print(context, coverage, out());
        if (target != null) {
            CoverageReport.write(coverage, target);
        }
        return 0;
    }
}
