package dev.restsh.shell.script;

import dev.restsh.shell.ShellContext;
import dev.restsh.shell.repl.Repl;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;

/**
 * Pauses a script in the interactive REPL, with the script's session, as {@code pdb.set_trace()} does:
 * {@code continue}, {@code step} and {@code where} steer the script; {@code quit} (or {@code exit}) stops it (a
 * one-shot {@code restsh run} then ends; a REPL the script was run from goes on). Without a terminal (CI, a pipe)
 * nobody could answer, so a pause is skipped with a note.
 */
public final class Debugger {
    private static final int CONTEXT_LINES = 2;

    private final CommandLine root;
    private final ShellContext context;

    public Debugger(CommandLine root, ShellContext context) {
        this.root = root;
        this.context = context;
    }

    /** True when a person can answer: the REPL's terminal, or standard input and output on a terminal. */
    public boolean available() {
        return context.terminal().isPresent() || (context.console().terminal() && System.console() != null);
    }

    /** Opens the paused REPL and applies what the user chose to the run (step on, or stop). */
    public void pause(ScriptRun run, String reason) {
        if (!available()) {
            PrintWriter err = context.console().err();
            err.println("restsh: " + run.position() + ": no terminal to pause on; going on");
            err.flush();
            return;
        }
        PrintWriter out = context.console().out();
        out.println(
                "-- " + reason + " at " + run.position() + " (continue, step, where, quit; the session is live) --");
        out.print(where(run));
        out.flush();
        run.paused(true);
        ScriptRun.Resume choice;
        try {
            openRepl(run);
            choice = run.resumeChoice();
        } finally {
            run.paused(false);
        }
        run.stepping(choice == ScriptRun.Resume.STEP);
    }

    private void openRepl(ScriptRun run) {
        Repl repl = new Repl(root, context);
        BooleanSupplier answered = () -> run.resumeChoice() != null || run.aborted();
        if (context.terminal().isPresent()) {
            repl.runNested(context.terminal().get(), answered);
            return;
        }
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            repl.runNested(terminal, answered);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The script around the current line, which is marked with {@code ->}, as pdb's {@code where} and {@code l}. */
    public static String where(ScriptRun run) {
        List<ScriptLine> lines = run.lines();
        StringBuilder out = new StringBuilder(run.file().toString()).append('\n');
        int current = Math.min(Math.max(run.index(), 0), lines.size() - 1);
        for (int i = Math.max(0, current - CONTEXT_LINES);
                i <= Math.min(lines.size() - 1, current + CONTEXT_LINES);
                i++) {
            ScriptLine line = lines.get(i);
            String text = line.text();
            int newline = text.indexOf('\n');
            String first = newline < 0 ? text : text.substring(0, newline) + " ...";
            out.append(i == current ? "-> " : "   ")
                    .append(String.format("%4d  ", line.number()))
                    .append(first)
                    .append('\n');
        }
        return out.toString();
    }
}
