package dev.restsh.shell.command;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.script.ResponseCondition;
import dev.restsh.shell.script.ScriptRun;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code break when EXPR}: in a script, pause at the first response from here on for which EXPR holds. */
@Command(
        description = "In a script: pause (as pause does) at the first later response for which EXPR holds.",
        footer = {
            "",
            "Examples:",
            "  break when response.status_code >= 500",
            "  break when response.json()['state'] == 'failed'",
            "",
            "run --break-when EXPR does the same from the command line. Each condition pauses once."
        })
public class BreakCommand extends ShellCommand {
    @Parameters(arity = "1..*", paramLabel = "when EXPR")
    List<String> words;

    public BreakCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        String[] parts = String.join(" ", words).strip().split("\\s+", 2);
        if (parts.length < 2 || !parts[0].equals("when")) {
            throw RestshException.usage("break when EXPR: for example, break when response.status_code >= 500");
        }
        ScriptRun run = context.scripting()
                .current()
                .orElseThrow(() -> RestshException.usage(
                        "break when works in a script (run FILE, or run" + " --break-when EXPR FILE)"));
        run.breakWhen(new ResponseCondition(parts[1]));
        return 0;
    }
}
