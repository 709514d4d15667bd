package dev.restsh.shell.command;

import dev.restsh.shell.ErrorText;
import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.http.Body;
import dev.restsh.shell.inspect.SessionScope;
import dev.restsh.shell.render.Sizes;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code save FILE [_N]}: writes a body to a file byte for byte, as it was received. */
@Command(
        description = "Write the body of the newest response (or of _N) to FILE, exactly as received.",
        footer = {"", "Examples:", "  save logo.png", "  save ips.json _2"})
public class SaveCommand extends ShellCommand {
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Parameters(index = "1", arity = "0..1", paramLabel = "_N", description = "The response (default: _, the newest).")
    String response;

    public SaveCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Body body = new SessionScope(context.session())
                .response(response)
                .response()
                .body();
        try (OutputStream out = Files.newOutputStream(file)) {
            body.writeTo(out);
        } catch (IOException e) {
            throw new RestshException(ExitStatus.ERROR, "cannot write " + file + ": " + ErrorText.of(e), e);
        }
        note("saved " + Sizes.bytes(body.size()) + " to " + file);
        return 0;
    }
}
