package dev.restsh.shell.command;

import dev.restsh.shell.ShellContext;
import dev.restsh.shell.http.Response;
import dev.restsh.shell.inspect.JsonDiff;
import dev.restsh.shell.inspect.ResponseObject;
import dev.restsh.shell.inspect.SessionScope;
import dev.restsh.shell.render.Ansi;
import dev.restsh.shell.render.DiffLines;
import dev.restsh.shell.render.HeadersDiff;
import dev.restsh.shell.render.JsonStreamFormatter;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diff _A _B [--all]}: what changed between two JSON bodies, path by path (and status and headers). */
@Command(
        description = "Show the structural difference of two JSON bodies: paths added (+), removed (-), changed (~).",
        footer = {"", "Examples:", "  diff _1 _2", "  diff _3 _ --all"})
public class DiffCommand extends ShellCommand {
    @Parameters(index = "0", paramLabel = "_A", description = "The earlier response.")
    String before;

    @Parameters(index = "1", paramLabel = "_B", description = "The later response.")
    String after;

    @Option(names = "--all", description = "Compare the status lines and headers too.")
    boolean all;

    public DiffCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        SessionScope scope = new SessionScope(context.session());
        ResponseObject a = scope.response(before);
        ResponseObject b = scope.response(after);
        Ansi ansi = new Ansi(context.console().colour());
        PrintWriter out = out();
        int differences = 0;
        if (all) {
            differences += HeadersDiff.print(a.response(), b.response(), ansi, out);
        }
        differences += bodies(a, b, ansi, out);
        if (differences == 0) {
            out.println("no differences");
        }
        out.flush();
        return 0;
    }

    private int bodies(ResponseObject a, ResponseObject b, Ansi ansi, PrintWriter out) {
        if (!isJson(a.response()) || !isJson(b.response())) {
            if (Arrays.equals(a.response().body().bytes(), b.response().body().bytes())) {
                return 0;
            }
            out.println(ansi.paint(Ansi.YELLOW, "~ body: the bodies differ (not both JSON: compared as bytes)"));
            return 1;
        }
        List<JsonDiff.Change> changes = JsonDiff.between(a.json(), b.json());
        for (JsonDiff.Change change : changes) {
            out.println(DiffLines.line(change, ansi));
        }
        if (changes.stream().anyMatch(JsonDiff.Change::deeper)) {
            out.flush();
            context.console()
                    .warn("the bodies nest deeper than " + JsonStreamFormatter.INDENTED_DEPTH
                            + " levels: a difference deeper down is shown as a change of the value at that level");
        }
        return changes.size();
    }

    private static boolean isJson(Response response) {
        try {
            new ResponseObject(response).json();
            return true;
        } catch (dev.restsh.shell.RestshException e) {
            return false;
        }
    }
}
