package dev.restsh.shell.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.Console;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.request.UrlResolver;
import dev.restsh.shell.session.Session;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * One-shot mode builds only what its arguments need; with no command the root comes alone and the rest is added
 * when a mode needs it (the REPL, in the background).
 */
class CommandTreeTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ShellContext context = new ShellContext(
            new Session(UrlResolver.base("http://127.0.0.1:9")),
            new Console(new PrintWriter(out, true), new PrintWriter(err, true), false, false));

    @Test
    void aKnownSubcommandIsBuiltAlone() {
        CommandLine root = CommandTree.buildFor(context, new String[] {"--base", "http://127.0.0.1:9", "history"});
        assertThat(root.getSubcommands()).containsOnlyKeys("history");
        assertThat(root.execute("--base", "http://127.0.0.1:9", "history")).isZero();
        assertThat(out.toString()).isEqualTo("no responses yet\n");
    }

    @Test
    void versionNeedsNoSubcommand() {
        CommandLine root = CommandTree.buildFor(context, new String[] {"--version"});
        assertThat(root.getSubcommands()).isEmpty();
        assertThat(root.execute("--version")).isZero();
        assertThat(out.toString()).startsWith("restsh ");
    }

    @Test
    void unknownNamesAndHelpGetTheWholeTree() {
        assertThat(CommandTree.buildFor(context, new String[] {"gte", "/x"}).getSubcommands())
                .containsKeys("get", "history", "help");
        assertThat(CommandTree.buildFor(context, new String[] {"help", "get"}).getSubcommands())
                .containsKeys("get", "post");
        assertThat(CommandTree.buildFor(context, new String[] {"--help"}).getSubcommands())
                .containsKeys("get", "exit");
    }

    @Test
    void withNoCommandTheRootComesAloneAndIsCompletedOnDemand() throws Exception {
        CommandLine root = CommandTree.buildFor(context, new String[0]);
        assertThat(root.getSubcommands()).isEmpty();
        CommandTree.completeInBackground(root, context).get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(root.getSubcommands()).containsKeys("get", "exit", "history", "export");
        int size = root.getSubcommands().size();
        CommandTree.complete(root, context);
        assertThat(root.getSubcommands()).hasSize(size);
        // Settings made on the root reach the commands added later.
        assertThat(root.getSubcommands().get("get").getOut()).isSameAs(root.getOut());
        assertThat(root.getSubcommands().get("get").isCaseInsensitiveEnumValuesAllowed())
                .isTrue();
    }

    @Test
    void aCommandNameIsAValueOfMinusC() {
        CommandLine root = CommandTree.buildFor(context, new String[] {"-c", "history"});
        assertThat(root.execute("-c", "history")).isZero();
        assertThat(out.toString()).isEqualTo("no responses yet\n");
    }

    @Test
    void aCommandAfterDoubleDashIsExplained() {
        CommandLine root = CommandTree.buildFor(context, new String[] {"--", "get", "/x"});
        assertThat(root.execute("--", "get", "/x")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("restsh: 'get' after '--' is not read as a command: leave the '--' out\n");
    }

    /** A line that sends again (edit) keeps the sent TLS settings it does not replace. */
    @Test
    void resentTlsSettingsChangeOnlyWhatTheLineGives() {
        java.nio.file.Path ca = java.nio.file.Path.of("ca.pem");
        dev.restsh.shell.http.RequestOptions sent = new dev.restsh.shell.http.RequestOptions(
                true, null, false, new dev.restsh.shell.http.TlsSettings(true, ca));
        assertThat(resent(sent).tls()).isEqualTo(sent.tls());
        assertThat(resent(sent, "--verify", "yes").tls()).isEqualTo(new dev.restsh.shell.http.TlsSettings(true, ca));
        assertThat(resent(sent, "--verify", "no").tls().verify()).isFalse();
        dev.restsh.shell.http.RequestOptions insecure = new dev.restsh.shell.http.RequestOptions(
                true, null, false, new dev.restsh.shell.http.TlsSettings(false, null));
        assertThat(resent(insecure, "--cacert", "other.pem").tls())
                .isEqualTo(new dev.restsh.shell.http.TlsSettings(true, java.nio.file.Path.of("other.pem")));
    }

    private static dev.restsh.shell.http.RequestOptions resent(
            dev.restsh.shell.http.RequestOptions sent, String... line) {
        SendOptions runner = new SendOptions();
        new CommandLine(runner.model()).parseArgs(line);
        return runner.over(sent);
    }

    @Test
    void anUnknownSubcommandGetsASuggestion() {
        CommandLine root = CommandTree.buildFor(context, new String[] {"gte", "/x"});
        assertThat(root.execute("gte", "/x")).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("restsh: unknown command 'gte'; did you mean 'get'? (try 'restsh --help')\n");
    }

    /**
     * Start-up guards: picocli scans a command's methods for subcommands unless told not to (restsh has none), and the
     * error handlers are named classes (see CommandErrors).
     */
    @Test
    void theTreeIsBuiltWithoutStartUpCostsItDoesNotNeed() {
        CommandLine root = CommandTree.build(context);
        java.util.List<String> scanned = new java.util.ArrayList<>();
        java.util.ArrayDeque<CommandLine.Model.CommandSpec> specs = new java.util.ArrayDeque<>();
        specs.add(root.getCommandSpec());
        while (!specs.isEmpty()) {
            CommandLine.Model.CommandSpec spec = specs.pop();
            Object command = spec.userObject();
            boolean picocliOwn = command == null || command.getClass().getName().startsWith("picocli.");
            if (spec.isAddMethodSubcommands() && !picocliOwn) {
                scanned.add(spec.qualifiedName() + " (" + command.getClass().getSimpleName() + ")");
            }
            spec.mixins().values().forEach(specs::add);
            spec.subcommands().values().forEach(sub -> specs.add(sub.getCommandSpec()));
        }
        assertThat(scanned)
                .as("commands and mixins without @Command(addMethodSubcommands = false)")
                .isEmpty();
        assertThat(root.getExecutionExceptionHandler().getClass().isHidden()).isFalse();
        assertThat(root.getParameterExceptionHandler().getClass().isHidden()).isFalse();
    }

    /**
     * The models built with picocli's programmatic API ignore annotations: one added to these classes would silently
     * do nothing. They are the root, the commands the catalogue calls programmatic, and the mixins those share.
     */
    @Test
    void theProgrammaticModelsCarryNoPicocliAnnotations() {
        CommandLine root = CommandTree.build(context);
        java.util.Set<Class<?>> types = new java.util.LinkedHashSet<>();
        types.add(root.getCommand().getClass());
        for (CommandCatalogue command : CommandCatalogue.values()) {
            if (command.has(CommandCatalogue.Trait.PROGRAMMATIC)) {
                types.add(root.getSubcommands()
                        .get(command.commandName())
                        .getCommand()
                        .getClass());
            }
        }
        assertThat(types).containsExactly(RootCommand.class, RequestCommand.class);
        types.addAll(java.util.List.of(SendOptions.class, OutputOptions.class, PagingOptions.class));
        java.util.List<String> annotated = new java.util.ArrayList<>();
        for (Class<?> type : types) {
            java.util.List<java.lang.reflect.AnnotatedElement> elements = new java.util.ArrayList<>();
            elements.add(type);
            elements.addAll(java.util.List.of(type.getDeclaredFields()));
            elements.addAll(java.util.List.of(type.getDeclaredMethods()));
            for (java.lang.reflect.AnnotatedElement element : elements) {
                for (java.lang.annotation.Annotation annotation : element.getAnnotations()) {
                    if (annotation.annotationType().getName().startsWith("picocli.")) {
                        annotated.add(
                                element + " @" + annotation.annotationType().getSimpleName());
                    }
                }
            }
        }
        assertThat(annotated).isEmpty();
    }

    /**
     * picocli is the picocli module's Java 17 build: class-data sharing verifies its classes when it makes the archive
     * (the released jar's Java 5 classes were verified by the JVM on every start).
     */
    @Test
    void picocliIsCompiledForJava17() throws Exception {
        try (java.io.DataInputStream in =
                new java.io.DataInputStream(CommandLine.class.getResourceAsStream("CommandLine.class"))) {
            assertThat(in.readInt()).isEqualTo(0xCAFEBABE);
            in.readUnsignedShort(); // minor version
            assertThat(in.readUnsignedShort()).as("class file major version").isGreaterThanOrEqualTo(61);
        }
    }

    /** The REPL parses many lines with one tree: what one line gives must not carry over to the next. */
    @Test
    void programmaticOptionsAreResetBeforeEachLine() {
        CommandLine root = CommandTree.build(context);
        root.parseArgs("--debug", "--raw", "get", "-v", "--timeout", "5", "--max-pages", "3", "/x", "a==1", "b==2");
        CommandLine.Model.CommandSpec get = root.getSubcommands().get("get").getCommandSpec();
        assertThat((Object) get.findOption("--timeout").getValue()).isEqualTo(5.0);
        assertThat((Object) get.findOption("-v").getValue()).isEqualTo(true);
        assertThat((Object) get.findOption("--max-pages").getValue()).isEqualTo(3);
        assertThat((Object) get.positionalParameters().get(1).getValue()).isEqualTo(java.util.List.of("a==1", "b==2"));
        assertThat(context.console().debug()).isTrue();
        assertThat(context.console().raw()).isTrue();

        root.parseArgs("get", "/y");
        assertThat((Object) get.findOption("--timeout").getValue()).isNull();
        assertThat((Object) get.findOption("-v").getValue()).isEqualTo(false);
        assertThat((Object) get.findOption("--max-pages").getValue()).isEqualTo(100);
        assertThat((Object) get.positionalParameters().get(0).getValue()).isEqualTo("/y");
        assertThat((Object) get.positionalParameters().get(1).getValue()).isNull();
    }

    /** The programmatic models keep the annotated ones' rules: a URL is required, items are not. */
    @Test
    void aRequestWithoutUrlIsAUsageError() {
        CommandLine root = CommandTree.build(context);
        assertThat(root.execute("get")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter: 'URL'");
    }

    @Test
    void theStartUpPrefetchGuessesTheCommandAsTheRootReadsIt() {
        assertThat(CommandTree.firstWord(new String[] {"get", "/x"})).isEqualTo("get");
        assertThat(CommandTree.firstWord(new String[] {"--base", "http://h", "--session", "s", "post", "/x"}))
                .isEqualTo("post");
        assertThat(CommandTree.firstWord(new String[] {"--env", "prod", "--raw", "get", "/x"}))
                .isEqualTo("get");
        assertThat(CommandTree.firstWord(new String[] {"--base=http://h", "--debug", "history"}))
                .isEqualTo("history");
        assertThat(CommandTree.firstWord(new String[] {"-c", "get /x"})).isEmpty();
        assertThat(CommandTree.firstWord(new String[] {"--version"})).isEmpty();
        assertThat(CommandTree.firstWord(new String[0])).isEmpty();
    }

    @Test
    void aNestedCommandsUsageErrorNamesItWhole() {
        CommandLine root = CommandTree.build(context);
        assertThat(root.execute("export", "curl", "--bogus")).isEqualTo(2);
        assertThat(err.toString())
                .startsWith("restsh: export curl: Unknown option: '--bogus'")
                .contains("Try 'export curl --help' for usage.");
        err.getBuffer().setLength(0);
        assertThat(root.execute("get", "--bogus")).isEqualTo(2);
        assertThat(err.toString()).startsWith("restsh: get: ").contains("Try 'help get' for usage.");
    }

    /** Each command of the catalogue is in the tree under its name and aliases, with help as the catalogue says. */
    @Test
    void theTreeIsTheCatalogue() {
        CommandLine root = CommandTree.build(context);
        java.util.Set<String> names = new java.util.HashSet<>();
        for (CommandCatalogue command : CommandCatalogue.values()) {
            CommandLine line = root.getSubcommands().get(command.commandName());
            assertThat(line).as(command.commandName()).isNotNull();
            assertThat(line.getCommandName()).isEqualTo(command.commandName());
            assertThat(line.getCommandSpec().aliases()).containsExactlyElementsOf(command.aliases());
            for (String alias : command.aliases()) {
                assertThat(root.getSubcommands().get(alias)).isSameAs(line);
            }
            assertThat(line.getCommandSpec().mixinStandardHelpOptions())
                    .as(command.commandName() + " has picocli's -h/-V")
                    .isEqualTo(!command.has(CommandCatalogue.Trait.OWN_HELP));
            names.add(command.commandName());
            names.addAll(command.aliases());
        }
        assertThat(root.getSubcommands().keySet()).containsExactlyInAnyOrderElementsOf(names);
        assertThat(CommandCatalogue.METHODS)
                .containsExactly("get", "post", "put", "patch", "delete", "head", "options");
    }

    @Test
    void aRequestOrAnAliasIsBuiltAloneToo() {
        assertThat(CommandTree.buildFor(context, new String[] {"get", "/x"}).getSubcommands())
                .containsOnlyKeys("get");
        assertThat(CommandTree.buildFor(context, new String[] {"quit"}).getSubcommands())
                .containsOnlyKeys("exit", "quit");
    }

    /** help lists the commands under the catalogue's headings, in its order, one column width for all. */
    @Test
    void helpGroupsTheCommandsUnderHeadings() {
        CommandLine root = CommandTree.build(context);
        assertThat(root.execute("help")).isZero();
        String help = out.toString();
        java.util.List<String> headings = new java.util.ArrayList<>();
        for (String line : help.split("\n")) {
            if (line.matches("[A-Z][a-z]+:")) {
                headings.add(line);
            }
        }
        assertThat(headings).containsExactly("Requests:", "Inspect:", "Session:", "Scripts:", "Other:", "Examples:");
        assertThat(help)
                .contains("\nRequests:\n  get                Send a GET request and show the response.\n")
                .contains("\nInspect:\n  print, p           Evaluate an inspection expression")
                .contains("\n  endpoints, ls      List the API's operations")
                .contains("\nOther:\n  completion         Print a completion script")
                .doesNotContain("Commands:");
        for (CommandCatalogue command : CommandCatalogue.values()) {
            String section = help.substring(help.indexOf("\n" + command.group().heading() + ":\n"));
            section = section.substring(0, section.indexOf("\n\n", 1));
            assertThat(section).as(command.commandName()).contains("\n  " + command.commandName());
        }
    }
}
