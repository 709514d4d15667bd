package dev.restsh.shell.line;

import dev.restsh.shell.Console;
import dev.restsh.shell.ErrorText;
import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Predicate;

/**
 * A trailing {@code > FILE}, {@code >> FILE} or {@code | COMMAND} on a line, found outside quotes and brackets,
 * and running the line with its output sent there.
 */
public record OutputRedirect(String line, String operator, String target) {

    /**
     * Finds the redirection of a line, or null. On expression lines {@code >} is also a comparison: there
     * {@code isOperand} says whether the single word after it is a value ({@code > 200}, {@code > _2.status_code})
     * rather than a file.
     */
    public static OutputRedirect find(String line, Predicate<String> isOperand) {
        char quote = 0;
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"') {
                    i++;
                }
                continue;
            }
            switch (c) {
                case '\'', '"' -> quote = c;
                case '\\' -> i++;
                case '[', '(', '{' -> depth++;
                case ']', ')', '}' -> depth = Math.max(0, depth - 1);
                case '|' -> {
                    if (depth == 0) {
                        return of(
                                line.substring(0, i), "|", line.substring(i + 1).strip());
                    }
                }
                case '>' -> {
                    if (depth == 0 && i + 1 < line.length() && line.charAt(i + 1) == '>') {
                        return of(
                                line.substring(0, i),
                                ">>",
                                line.substring(i + 2).strip());
                    }
                    if (depth == 0 && !(i + 1 < line.length() && line.charAt(i + 1) == '=')) {
                        String rest = line.substring(i + 1).strip();
                        List<String> words = rest.isEmpty() ? List.of() : LineSplitter.split(rest);
                        boolean comparison = words.size() > 1 || (words.size() == 1 && isOperand.test(rest));
                        if (!comparison) {
                            return of(line.substring(0, i), ">", rest);
                        }
                    }
                }
                default -> {}
            }
        }
        return null;
    }

    private static OutputRedirect of(String line, String operator, String target) {
        if (target.isEmpty()) {
            throw RestshException.usage(
                    "'" + operator + "' needs " + (operator.equals("|") ? "a command" : "a file") + " after it");
        }
        if (line.isBlank()) {
            throw RestshException.usage("nothing to redirect before '" + operator + "'");
        }
        return new OutputRedirect(line.strip(), operator, target);
    }

    /** Runs the line (through {@code run}) with the console's output sent to the file or command. */
    public int run(Console console, IntSupplier run) {
        return operator.equals("|") ? pipe(console, run) : file(console, run);
    }

    private int file(Console console, IntSupplier run) {
        List<String> words = LineSplitter.split(target);
        if (words.size() != 1) {
            throw RestshException.usage("'" + operator + "' takes one file name, got: " + target);
        }
        Path path = Path.of(words.get(0));
        StandardOpenOption mode =
                operator.equals(">>") ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
        try (OutputStream file =
                        Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode);
                PrintWriter out = Console.writer(file);
                Console.Redirection ignored = console.redirect(out, file)) {
            return run.getAsInt();
        } catch (IOException e) {
            throw new RestshException(ExitStatus.ERROR, "cannot write " + path + ": " + ErrorText.of(e), e);
        }
    }

    /**
     * Feeds the output to {@code sh -c COMMAND}. The command's own output goes straight to the process's stdout
     * when restsh writes to real streams (so {@code | less} works), else it is copied to the console.
     */
    private int pipe(Console console, IntSupplier run) {
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", target);
        boolean inherit = console.processStreams();
        if (inherit) {
            builder.redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT);
        } else {
            builder.redirectErrorStream(true);
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new RestshException(ExitStatus.ERROR, "cannot run '" + target + "': " + ErrorText.of(e), e);
        }
        PrintWriter previous = console.out();
        Thread copier = inherit ? null : copy(process.getInputStream(), previous);
        int status;
        try (PrintWriter out = Console.writer(process.getOutputStream());
                Console.Redirection ignored = console.redirect(out, process.getOutputStream())) {
            status = run.getAsInt();
        }
        try {
            int commandStatus = process.waitFor();
            if (copier != null) {
                copier.join();
            }
            return status != 0 ? status : commandStatus;
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            return status;
        }
    }

    private static Thread copy(InputStream from, PrintWriter to) {
        Thread thread = new Thread(
                () -> {
                    try (java.io.Reader in = new java.io.InputStreamReader(from, StandardCharsets.UTF_8)) {
                        char[] buffer = new char[8192];
                        int read;
                        while ((read = in.read(buffer)) >= 0) {
                            to.write(buffer, 0, read);
                            to.flush();
                        }
                    } catch (IOException e) {
                        // The command closed its output: nothing more to copy.
                    }
                },
                "restsh-pipe");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
