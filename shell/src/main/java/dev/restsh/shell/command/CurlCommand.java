package dev.restsh.shell.command;

import dev.restsh.shell.ShellContext;
import dev.restsh.shell.http.RequestOptions;
import dev.restsh.shell.http.TlsSettings;
import dev.restsh.shell.render.ExchangePrinter;
import dev.restsh.shell.request.CurlParser;
import dev.restsh.shell.request.CurlRequest;
import java.io.Console;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code curl ...}: sends a pasted curl command line, as curl would (no redirects without -L), and keeps the
 * response like any other. Its words are all curl's, so picocli passes them through untouched.
 */
@Command(
        name = "curl",
        description = "Send a pasted curl command: -X -H -d --data-raw --data-binary --json -u -F -G -L -k "
                + "--cacert -I -b --compressed.",
        footer = {
            "",
            "Examples:",
            "  curl -X POST -H 'Content-Type: application/json' -d '{\"ip\":\"10.0.0.1\"}' http://localhost:8080/ips",
            "  curl -sSL http://localhost:8080/get_ips"
        })
public class CurlCommand extends ShellCommand {
    @Parameters(arity = "0..*", paramLabel = "CURL-ARGS")
    List<String> words;

    public CurlCommand(ShellContext context) {
        super(context);
    }

    /** The command with unknown options kept as words (curl's flags are not picocli options). */
    public static CommandLine create(ShellContext context) {
        CommandLine command = new CommandLine(new CurlCommand(context));
        command.setUnmatchedOptionsArePositionalParams(true);
        return command;
    }

    @Override
    public Integer call() {
        List<String> args = SendOptions.orEmpty(words);
        if (args.contains("--help") || args.contains("-h")) {
            new CommandLine(this).usage(context.console().out());
            return 0;
        }
        CurlRequest curl = new CurlParser(context.session().variables(), context.workingDirectory(), this::askPassword)
                .parse(args);
        // -m, else the config's timeout; as curl, -k wins over --cacert.
        RequestOptions options = new RequestOptions(
                curl.follow(),
                curl.timeout() != null ? curl.timeout() : context.session().timeout(),
                curl.http1(),
                new TlsSettings(!curl.insecure(), curl.caFile()));
        return Sending.send(context, curl.spec(), options, new ExchangePrinter(context.console()));
    }

    /** As curl does for {@code -u USER}: ask on the terminal, without echo; nothing when there is no terminal. */
    private Optional<String> askPassword(String user) {
        Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        context.console().out().flush();
        char[] typed = console.readPassword("Enter host password for user '%s': ", user);
        return typed == null ? Optional.empty() : Optional.of(new String(typed));
    }
}
