package dev.restsh.shell.command;

import dev.restsh.shell.ErrorText;
import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.render.TerminalText;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/** Where an export goes: stdout, or a file (relative to the working directory) with a note saying so. */
final class ExportOutput {
    private ExportOutput() {}

    /** What an export writes, written as it is made (a HAR is not held whole first). */
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes {@code text} to {@code output} (stdout when null); {@code what} names the content in the note. */
    static void write(ShellContext context, String output, String text, String what) {
        write(context, output, out -> out.write(text), what);
    }

    /** Writes {@code content} to {@code output} (stdout when null); {@code what} names the content in the note. */
    static void write(ShellContext context, String output, Content content, String what) {
        if (output == null) { // a HAR quotes the server: JSON leaves DEL and C1 controls raw
            PrintWriter console = context.console().out();
            Writer out = context.console().escapes() ? new VisibleText(console) : console;
            try {
                content.writeTo(out);
                out.flush();
            } catch (IOException e) {
                throw new RestshException(ExitStatus.ERROR, "cannot write: " + ErrorText.of(e), e);
            }
            return;
        }
        try (Writer out = Files.newBufferedWriter(context.workingDirectory().resolve(output), StandardCharsets.UTF_8)) {
            content.writeTo(out);
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

    /**
     * Text on its way to a terminal, its control characters made visible ({@link TerminalText}) write by write. A
     * carriage return ending one write waits for the next: before a line feed it stays, as in the whole text.
     */
    private static final class VisibleText extends FilterWriter {
        private boolean pendingCr;

        VisibleText(Writer out) {
            super(out);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            if (length == 0) {
                return;
            }
            String chunk = (pendingCr ? "\r" : "") + text.substring(offset, offset + length);
            pendingCr = chunk.endsWith("\r");
            out.write(TerminalText.visible(pendingCr ? chunk.substring(0, chunk.length() - 1) : chunk));
        }

        @Override
        public void write(char[] text, int offset, int length) throws IOException {
            write(new String(text, offset, length), 0, length);
        }

        @Override
        public void write(int c) throws IOException {
            write(String.valueOf((char) c), 0, 1);
        }

        @Override
        public void flush() throws IOException {
            if (pendingCr) { // nothing follows it here: shown as a control character, as visible() shows a last CR
                out.write(TerminalText.visible("\r"));
                pendingCr = false;
            }
            out.flush();
        }

        @Override
        public void close() throws IOException {
            flush(); // the console's writer stays open
        }
    }
}
