package dev.restsh.shell.tools;

import dev.restsh.shell.Console;
import dev.restsh.shell.Main;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.command.CommandTree;
import dev.restsh.shell.config.Settings;
import dev.restsh.shell.repl.Repl;
import dev.restsh.shell.repl.TerminalPrefetch;
import dev.restsh.shell.request.UrlResolver;
import dev.restsh.shell.session.Session;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.ExternalTerminal;
import org.jline.terminal.impl.PosixSysTerminal;
import picocli.CommandLine;

/**
 * The training runs behind restsh's class-data-sharing archives. The launcher runs one once per jar, Java and kind,
 * in the background: on Java 25 and later under {@code -XX:AOTCacheOutput} (the JDK's AOT cache), before that with
 * {@code -XX:DumpLoadedClassList}, then dumps a static archive from that list. Later runs map the classes they load
 * instead of reading and verifying them from the jar. There are three kinds, because mapping an archive costs in
 * proportion to its size: {@code request} (an HTTP method from the command line: the request, its rendering on a
 * pipe and on a terminal, {@code -v}), {@code one-shot} (that, {@code --help} and {@code --version}: any other command
 * from the command line) and {@code session} (the REPL with completion, inspection and jq as well). The run talks
 * only to a loopback server of its own ({@link TrainingServer}, in a child process so that its classes stay out of
 * the archive) and writes only below a temporary home that it removes.
 */
public final class CdsTraining {
    /** What a user types in a first session: requests, the pdb-style inspection, jq, help, completion (Tab). */
    private static final String REPL_INPUT = String.join(
            "\n",
            "get /get_ips",
            "response",
            "dir(response)",
            "response.json()['results'][0]['ip']",
            "response.headers['Content-Type']",
            "jq .results[0].ip",
            "post /ips ip=10.0.0.1 label=training Accept:application/json",
            "let first = response.json()['ip']",
            "headers",
            "history",
            "help get",
            "get /get_i\t",
            "exit",
            "");

    private CdsTraining() {}

    /** {@code request}, {@code one-shot}, or {@code session} (the default): see the class comment. */
    public static void main(String[] args) throws IOException {
        String kind = args.length == 0 ? "session" : args[0];
        boolean session = !kind.equals("one-shot") && !kind.equals("request");
        Path home = Files.createTempDirectory("restsh-cds-training");
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        System.setOut(discard);
        System.setErr(discard);
        Process server = startServer();
        try {
            // No server (it could not start): the requests below train the error path instead.
            String base = "http://127.0.0.1:" + (server == null ? 9 : port(server));
            Map<String, String> env = Map.of("HOME", home.toString(), "RESTSH_OPENAPI", "off");
            train(() -> Main.run(new String[] {"get", base + "/get_ips"}, env));
            // Colours and escaping, as on a terminal: where users see a one-shot request.
            train(() -> Main.run(new String[] {"get", base + "/get_ips", "--pretty=all"}, env));
            train(() -> Main.run(new String[] {"--base", base, "post", "/ips", "ip=10.0.0.2", "-v"}, env));
            if (!kind.equals("request")) {
                train(() -> Main.run(new String[] {"--version"}, env));
                train(() -> Main.run(new String[] {"--help"}, env));
            }
            if (session) {
                // JLine reports a pseudo-terminal closing under it; nobody is there to read that. (Not in the
                // one-shot training: no one-shot run loads java.util.logging.)
                Logger jline = Logger.getLogger("org.jline");
                jline.setLevel(Level.OFF);
                train(() -> repl(base, env));
                Reference.reachabilityFence(jline); // a logger nobody references loses its level
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
            if (server != null) {
                server.destroy();
            }
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    /** One part of the training: if it fails, only the classes it would have loaded are missing. */
    private static void train(Step step) {
        try {
            step.run();
        } catch (Exception | LinkageError e) {
            // the archive is an optimisation: a partial one is better than none
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    /**
     * The REPL on a pseudo-terminal (an in-memory one where JLine cannot open one), so the terminal, colour,
     * highlighting and completion paths load too; then the system-terminal path, which has no terminal here and
     * falls back, but loads its classes on the way.
     */
    private static void repl(String base, Map<String, String> env) throws IOException {
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        ShellContext context =
                new ShellContext(new Session(UrlResolver.base(base)), new Console(discard, discard, true, true));
        context.session().env(env);
        context.settings(Settings.load(env));
        CommandLine root = CommandTree.build(context);
        try (Terminal terminal = trainingTerminal()) {
            new Repl(root, context).run(terminal);
        }
        try (Terminal fallback = TerminalPrefetch.open()) {
            fallback.getSize();
        } catch (RuntimeException e) {
            // no terminal here: what matters is the classes the attempt loaded
        }
        // The one class only a real terminal would load; naming the class literal loads it.
        PosixSysTerminal.class.getName();
    }

    private static Terminal trainingTerminal() throws IOException {
        ByteArrayInputStream input = new ByteArrayInputStream(REPL_INPUT.getBytes(StandardCharsets.UTF_8));
        try {
            return TerminalBuilder.builder()
                    .system(false)
                    .type("xterm-256color")
                    .size(new Size(120, 40))
                    .streams(input, OutputStream.nullOutputStream())
                    .build();
        } catch (IOException | RuntimeException e) {
            Terminal terminal = new ExternalTerminal(
                    "restsh-training",
                    "xterm-256color",
                    input,
                    OutputStream.nullOutputStream(),
                    StandardCharsets.UTF_8);
            terminal.setSize(new Size(120, 40));
            return terminal;
        }
    }

    /** {@link TrainingServer} in a process of its own, on this runtime and class path; null when it cannot start. */
    private static Process startServer() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try {
            return new ProcessBuilder(
                            java,
                            "-XX:TieredStopAtLevel=1",
                            "-XX:+UseSerialGC",
                            "-cp",
                            System.getProperty("java.class.path"),
                            TrainingServer.class.getName())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            return null;
        }
    }

    /** The port the server prints when it is ready (9, where nobody listens, if it printed none). */
    private static int port(Process server) throws IOException {
        BufferedReader lines =
                new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line = lines.readLine();
        try {
            return line == null ? 9 : Integer.parseInt(line.strip());
        } catch (NumberFormatException e) {
            return 9;
        }
    }
}
