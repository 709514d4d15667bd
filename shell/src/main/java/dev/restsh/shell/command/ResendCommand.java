package dev.restsh.shell.command;

import dev.restsh.shell.ShellContext;
import dev.restsh.shell.http.RequestOptions;
import dev.restsh.shell.session.Exchange;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code resend [_N]}: sends request N again as it was sent (or as a HAR file recorded it). */
@Command(
        description = {
            "Send request _N (default: the newest) again, as it was sent: same method, URL, headers and body.",
            "Works on responses loaded by 'import har' too. Options on the line override the ones it was sent with."
        },
        footer = {
            "",
            "Examples:",
            "  resend                 the newest request again",
            "  resend _3 -v           request 3, showing the request too",
            "  import har capture.har",
            "  replay _1              (replay is another name for resend)"
        })
public class ResendCommand extends ShellCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "_N", description = "The response whose request to send.")
    String reference;

    /** Mixed in by {@link #create}: its model is programmatic (see {@link ProgrammaticModel}). */
    private final SendOptions options = new SendOptions();

    public ResendCommand(ShellContext context) {
        super(context);
    }

    static CommandLine create(ShellContext context) {
        ResendCommand command = new ResendCommand(context);
        return ProgrammaticModel.withMixin(command, "sending", command.options.model());
    }

    @Override
    public Integer call() {
        Exchange exchange = context.session().history().reference(reference == null ? "_" : reference);
        // An imported request was sent by a browser: it takes this session's defaults (timeout, CA, proxy).
        RequestOptions sending = exchange.imported() ? options.options(context) : options.over(exchange.options());
        return Sending.send(context, exchange.request(), sending, options.printer(context));
    }
}
