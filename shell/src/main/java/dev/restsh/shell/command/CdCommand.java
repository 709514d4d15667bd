package dev.restsh.shell.command;

import dev.restsh.shell.ShellContext;
import dev.restsh.shell.http.UrlCredentials;
import dev.restsh.shell.request.Templates;
import dev.restsh.shell.request.UrlResolver;
import java.net.URI;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code cd PATH}: moves the base URL like a directory (http-prompt's navigation): relative, {@code ..}, absolute. */
@Command(
        description = "Move the base URL: relative paths, '..', '/path' on the same server, or a full URL.",
        footer = {"", "Examples:", "  cd ips", "  cd ..", "  cd /q/openapi", "  cd http://localhost:8081/ips"})
public class CdCommand extends ShellCommand {
    @Parameters(arity = "0..1", paramLabel = "PATH", description = "Where to go (default: / of the server).")
    String path;

    public CdCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        URI base = context.session().base();
        String target =
                path == null ? "/" : Templates.expand(path, context.session().variables());
        URI moved;
        if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") || target.startsWith(":")) {
            moved = UrlResolver.base(target);
        } else {
            String text = base.toString();
            URI directory = URI.create(text.endsWith("/") ? text : text + "/");
            moved = directory.resolve(target.endsWith("/") || target.equals("..") ? target : target + "/");
            String normal = moved.toString();
            if (normal.endsWith("/") && moved.getRawPath().length() > 1) {
                moved = URI.create(normal.substring(0, normal.length() - 1));
            }
        }
        context.session().base(moved);
        println(UrlCredentials.shown(moved));
        return 0;
    }
}
