package dev.restsh.shell.command;

import static dev.restsh.shell.command.ProgrammaticModel.flag;
import static dev.restsh.shell.command.ProgrammaticModel.on;
import static dev.restsh.shell.command.ProgrammaticModel.option;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.http.RequestOptions;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.http.TlsSettings;
import dev.restsh.shell.live.StreamMessages;
import dev.restsh.shell.paging.AllPages;
import dev.restsh.shell.render.ExchangePrinter;
import dev.restsh.shell.render.OutputSpec;
import dev.restsh.shell.request.BodySource;
import dev.restsh.shell.request.NetrcCredentials;
import dev.restsh.shell.request.PipedInput;
import dev.restsh.shell.request.RequestItem;
import dev.restsh.shell.request.RequestItemParser;
import dev.restsh.shell.session.Exchanges;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options of every command that builds and sends a request ({@code get}, {@code request}, {@code edit}): how it
 * is sent, its body's source, what is shown ({@link OutputOptions}) and {@code --all-pages} ({@link PagingOptions}).
 * Options only: the sending is {@link dev.restsh.shell.session.Exchanges}'s.
 */
public class SendOptions {
    private final OptionSpec noFollow = flag("Do not follow redirects.", "--no-follow");
    private final OptionSpec timeout = option(
                    Double.class,
                    "SECONDS",
                    "Connect and read timeout (default: 30, or timeout in the config file; 0 for none).",
                    "--timeout")
            .build();
    private final OptionSpec http1 =
            flag("Use HTTP/1.1 only (default: HTTP/2 where the server offers it).", "--http1.1");
    private final OptionSpec form =
            flag("Send fields as a form (urlencoded; multipart when a field@file uploads a file).", "-f", "--form");
    private final OptionSpec multipart = flag("Send fields as a multipart form even without files.", "--multipart");
    private final OptionSpec showSecrets =
            flag("With -v or --print=H: show Authorization, cookie and token values.", "--show-secrets");
    private final OptionSpec verify = option(
                    String.class, "yes|no", "Check the server's TLS certificate (default: yes).", "--verify")
            .build();
    private final OptionSpec caFile = option(
                    Path.class, "FILE", "Trust the PEM certificates in FILE (only them).", "--cacert")
            .build();
    private final OptionSpec ignoreStdin = flag("One-shot: do not read a body from piped stdin.", "--ignore-stdin");
    private final OptionSpec ignoreNetrc = flag("Do not take credentials from ~/.netrc (or $NETRC).", "--ignore-netrc");
    private final OptionSpec offline =
            flag("Build the request and print it as -v would, without sending it.", "--offline");
    private final OptionSpec strict = flag(
            "Refuse to send a request that does not match the API's OpenAPI document (exit status 2).", "--strict");
    private final ClientCertOptions cert = new ClientCertOptions();
    private final ProxyOptions proxy = new ProxyOptions();
    private final PagingOptions paging = new PagingOptions();
    private final OutputOptions output = new OutputOptions();
    private final CommandSpec model = ProgrammaticModel.model(this)
            .addOption(noFollow)
            .addOption(timeout)
            .addOption(http1)
            .addOption(form)
            .addOption(multipart)
            .addOption(showSecrets)
            .addOption(verify)
            .addOption(caFile)
            .addOption(ignoreStdin)
            .addOption(offline)
            .addOption(ignoreNetrc)
            .addOption(strict)
            .addMixin("cert", cert.model())
            .addMixin("proxy", proxy.model())
            .addMixin("paging", paging.model())
            .addMixin("output", output.model());

    /** The options, for the command that mixes them in (see {@link ProgrammaticModel}). */
    CommandSpec model() {
        return model;
    }

    /** The request with ~/.netrc's credentials for its host when it has none (unless --ignore-netrc). */
    RequestSpec withNetrc(ShellContext context, RequestSpec request) {
        return on(ignoreNetrc) ? request : NetrcCredentials.apply(request, context.session(), context.console()::warn);
    }

    /** {@code --offline}: print the request instead of sending it. */
    boolean offline() {
        return on(offline);
    }

    /** {@code --strict}: a request that does not match its operation is not sent. */
    boolean strict() {
        return on(strict);
    }

    boolean showSecrets() {
        return on(showSecrets);
    }

    /** Where the body comes from: the items (as JSON, a form, multipart), or piped stdin when they make none. */
    BodySource bodySource(ShellContext context, List<String> items) {
        return new BodySource(on(form), on(multipart), stdinBody(context, items), context.workingDirectory());
    }

    /** Shows the exchange as the output options say; with {@code --all-pages}, follows the pages first. */
    Exchanges.Printer printer(ShellContext context) {
        OutputSpec show = output.spec();
        ExchangePrinter printer = new ExchangePrinter(context.console(), show, on(showSecrets))
                .events(new StreamMessages(context.session().messages()));
        if (!paging.allPages()) {
            return printer;
        }
        return new AllPages(context.session().exchanges(), context.console(), show, printer, paging.maxPages());
    }

    /** The piped body of a one-shot command whose items make no body themselves. */
    private byte[] stdinBody(ShellContext context, List<String> items) {
        if (on(ignoreStdin) || context.bodyInput() == null) {
            return null;
        }
        for (String text : items) {
            RequestItem.Kind kind = RequestItemParser.parse(text).kind();
            if (kind.isField() || kind == RequestItem.Kind.BODY_FILE) {
                return null;
            }
        }
        byte[] bytes = PipedInput.readAll(context.bodyInput());
        context.bodyInput(null);
        return bytes.length == 0 ? null : bytes;
    }

    /**
     * How this line sends its request, with the session's defaults (the config file's timeout and cacert) for what
     * it does not give: --verify=yes keeps the configured cacert, --cacert replaces it.
     */
    RequestOptions options(ShellContext context) {
        Path ca = caFile() != null ? caFile() : context.session().tls().caFile();
        TlsSettings tls = cert.over(
                new TlsSettings(verifies(), ca, context.session().tls().client()));
        return proxy.over(new RequestOptions(
                !on(noFollow),
                timeoutOr(context.session().timeout()),
                on(http1),
                tls,
                context.session().proxy()));
    }

    /** The options of a request sent again ({@code edit} alone), changed only by what this line gives. */
    RequestOptions over(RequestOptions sent) {
        // What this line gives replaces what was sent; --verify alone keeps the sent --cacert, and a new --cacert
        // alone means checking against it.
        Path ca = caFile();
        TlsSettings tls = cert.over(
                verify.getValue() == null && ca == null
                        ? sent.tls()
                        : new TlsSettings(
                                verifies(),
                                ca == null ? sent.tls().caFile() : ca,
                                sent.tls().client()));
        return proxy.over(new RequestOptions(
                sent.followRedirects() && !on(noFollow),
                timeoutOr(sent.timeout()),
                sent.http1Only() || on(http1),
                tls,
                sent.proxy()));
    }

    private Path caFile() {
        return caFile.getValue();
    }

    private Duration timeoutOr(Duration defaultTimeout) {
        Double timeout = this.timeout.getValue();
        if (timeout != null && !(timeout >= 0)) {
            throw RestshException.usage("--timeout must be a number of seconds, 0 or more, not " + timeout);
        }
        return timeout == null ? defaultTimeout : Duration.ofMillis((long) (timeout * 1000));
    }

    private boolean verifies() {
        String verify = this.verify.getValue();
        if (verify == null) {
            return true;
        }
        return switch (verify.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "1", "on" -> true;
            case "no", "false", "0", "off" -> false;
            default -> throw RestshException.usage("--verify takes yes or no, not '" + verify + "'");
        };
    }

    static List<String> orEmpty(List<String> items) {
        return items == null ? new ArrayList<>() : items;
    }
}
