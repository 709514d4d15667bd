package dev.restsh.shell.command;

import dev.restsh.shell.ShellContext;
import dev.restsh.shell.har.HarReader;
import dev.restsh.shell.request.CurlExporter;
import dev.restsh.shell.session.Exchange;
import dev.restsh.shell.session.ExchangeHistory;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code import har FILE}: a HAR 1.2 capture's entries as numbered, inspectable, re-sendable exchanges. */
@Command(
        name = "har",
        description = {
            "Load a HAR 1.2 file (a browser's DevTools capture, or restsh's 'export har') into the history.",
            "Each entry becomes a numbered response, marked imported in 'history': inspect it (_N.json()), diff it,",
            "export it (export curl N), save it (save-script) or send it again (resend _N, edit _N).",
            "Entries restsh cannot hold (WebSockets, requests without a response) are left out with a note."
        },
        footer = {"", "Examples:", "  import har capture.har", "  history", "  _1.json()", "  resend _1"})
public class ImportHarCommand extends ShellCommand {
    /** The most entries left out that are named one by one; the rest are counted. */
    static final int NOTES = 20;

    @Parameters(index = "0", paramLabel = "FILE", description = "The .har file.")
    String file;

    public ImportHarCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Path path = context.workingDirectory().resolve(file);
        HarReader.Capture capture = HarReader.read(path);
        ExchangeHistory history = context.session().history();
        String name = path.getFileName() == null ? file : path.getFileName().toString();
        Exchange first = null;
        Exchange last = null;
        for (HarReader.Entry entry : capture.entries()) {
            last = history.addImported(entry.response(), entry.started(), name);
            // save-script writes an imported request as the curl command that sends it (secrets masked there).
            context.scripting().transcript().ran("curl", CurlExporter.export(last.request(), last.options(), false), 0);
            first = first == null ? last : first;
        }
        List<String> skipped = capture.skipped();
        for (String reason : skipped.subList(0, Math.min(skipped.size(), NOTES))) {
            note("import har: " + reason);
        }
        if (skipped.size() > NOTES) { // a capture of thousands of WebSocket frames or blocked requests
            note("import har: " + (skipped.size() - NOTES) + " more entries left out");
        }
        int count = capture.entries().size();
        note(
                count == 0
                        ? "import har: no HTTP exchanges in " + file
                        : "imported " + count + " exchange" + (count == 1 ? "" : "s") + " from " + file + " as _"
                                + first.number() + (count == 1 ? "" : " to _" + last.number()));
        return 0;
    }
}
