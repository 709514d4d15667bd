package dev.restsh.shell.command;

import dev.restsh.shell.ErrorText;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.render.TerminalText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/** Where an export goes: stdout, or a file (relative to the working directory) with a note saying so. */
final class ExportOutput {
    private ExportOutput() {}

    /** Writes {@code text} to {@code output} (stdout when null); {@code what} names the content in the note. */
    static void write(ShellContext context, String output, String text, String what) {
        if (output == null) { // a HAR quotes the server: JSON leaves DEL and C1 controls raw
            context.console().out().print(context.console().escapes() ? TerminalText.visible(text) : text);
            context.console().out().flush();
            return;
        }
        try {
            Files.writeString(context.workingDirectory().resolve(output), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw RestshException.usage("cannot write " + output + ": " + ErrorText.of(e));
        }
        context.console().err().println("wrote " + what + " to " + output);
        context.console().err().flush();
    }

    /** "1 request", "3 requests". */
    static String count(int number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }
}
