package dev.restsh.shell.command;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.script.HttpFileWriter;
import dev.restsh.shell.session.Auth;
import dev.restsh.shell.session.Exchange;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export http [N]}: request N (default: the last) in the .http format of IntelliJ and VS Code. */
@Command(
        name = "http",
        description = "Write requests in the .http format of IntelliJ's HTTP client and VS Code's REST Client.",
        footer = {
            "",
            "Examples:",
            "  export http                  the last request, on stdout",
            "  export http 2 -o get-ips.http",
            "  export http --all -o session.http",
            "",
            "Authorization, cookies and API keys become {{VARIABLES}} unless --show-secrets."
        })
public class ExportHttpCommand extends ShellCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "N", description = "The request's number (_N).")
    Integer number;

    @Option(names = "--all", description = "Every request of the session.")
    boolean all;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to FILE instead of stdout.")
    String output;

    @Option(names = "--show-secrets", description = "Write Authorization and cookie values as they were sent.")
    boolean showSecrets;

    public ExportHttpCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        List<Exchange> exchanges = choose();
        String text = new HttpFileWriter(showSecrets, Auth.oauth2Tokens(context.session())).write(exchanges);
        ExportOutput.write(context, output, text, ExportOutput.count(exchanges.size(), "request"));
        return 0;
    }

    private List<Exchange> choose() {
        var history = context.session().history();
        if (all) {
            if (history.size() == 0) {
                throw RestshException.usage("no requests yet: send one first (for example: get /get_ips)");
            }
            return history.all();
        }
        if (number != null) {
            return List.of(history.number(number));
        }
        return List.of(history.latest()
                .orElseThrow(
                        () -> RestshException.usage("no requests yet: send one first (for example: get /get_ips)")));
    }
}
