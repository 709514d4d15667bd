package dev.restsh.shell.command;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.har.HarWriter;
import dev.restsh.shell.session.Exchange;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export har [FILE]}: every exchange of the session as HAR 1.2. */
@Command(
        name = "har",
        description = {
            "Write every exchange of this session (redirect hops as entries of their own) as HAR 1.2,",
            "which Chromium's DevTools (Network > Import HAR) and other HAR viewers open. Without FILE, on stdout."
        },
        footer = {
            "",
            "Examples:",
            "  export har session.har",
            "  export har | jq '.log.entries | length'",
            "",
            "Authorization, cookies, API keys and tokens are written as *** unless --show-secrets."
        })
public class ExportHarCommand extends ShellCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    String output;

    @Option(names = "--show-secrets", description = "Write Authorization, cookie and token values as they were sent.")
    boolean showSecrets;

    public ExportHarCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        List<Exchange> exchanges = context.session().history().all();
        if (exchanges.isEmpty()) {
            throw RestshException.usage("no requests yet: send one first (for example: get /get_ips)");
        }
        HarWriter har = new HarWriter(showSecrets);
        ExportOutput.write(
                context, output, out -> har.write(exchanges, out), ExportOutput.count(exchanges.size(), "exchange"));
        return 0;
    }
}
