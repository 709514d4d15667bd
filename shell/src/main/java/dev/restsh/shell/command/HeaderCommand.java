package dev.restsh.shell.command;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.http.Headers;
import dev.restsh.shell.session.Secrets;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code header NAME: VALUE}, {@code header -d NAME}, {@code header}: headers sent with every request. */
@Command(
        description = "Set, remove (-d) or list the headers sent with every request of the session.",
        footer = {"", "Examples:", "  header X-Trace: on", "  header Accept: application/json", "  header -d X-Trace"})
public class HeaderCommand extends ShellCommand {
    @Option(
            names = {"-d", "--delete"},
            paramLabel = "NAME",
            description = "Stop sending this header.")
    String delete;

    @Option(names = "--show-secrets", description = "Show Authorization and cookie values when listing.")
    boolean showSecrets;

    @Parameters(arity = "0..*", paramLabel = "NAME: VALUE")
    List<String> words;

    public HeaderCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Headers headers = context.session().headers();
        PrintWriter out = out();
        if (delete != null) {
            if (!headers.contains(delete)) {
                throw RestshException.usage("no session header " + delete);
            }
            headers.remove(delete);
        } else if (words != null && !words.isEmpty()) {
            String text = String.join(" ", words);
            int colon = text.indexOf(':');
            String name = colon < 0 ? "" : text.substring(0, colon).strip();
            if (name.isEmpty() || !name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
                throw RestshException.usage("header takes NAME: VALUE (for example: header X-Trace: on)");
            }
            headers.set(name, text.substring(colon + 1).strip());
        } else {
            if (headers.isEmpty()) {
                out.println("no session headers (set one with: header NAME: VALUE)");
            }
            for (Headers.Field field : headers.fields()) {
                out.println(field.name() + ": "
                        + (showSecrets ? field.value() : Secrets.mask(field.name(), field.value())));
            }
        }
        out.flush();
        return 0;
    }
}
