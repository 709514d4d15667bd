package dev.restsh.shell.tools;

import dev.restsh.shell.Console;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.command.CommandTree;
import dev.restsh.shell.session.Session;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build-time tool: writes the bash completion script and the AsciiDoc man page from the picocli definitions,
 * so they always match the commands. Run by the shell module's build; not part of the shell's own use.
 */
public final class ReleaseFiles {
    private ReleaseFiles() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/release-files");
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        ShellContext context = new ShellContext(
                new Session(java.net.URI.create(Session.DEFAULT_BASE)), new Console(discard, discard, false, false));
        CommandLine root = CommandTree.build(context);

        Path completion = out.resolve("completion/restsh.bash");
        Files.createDirectories(completion.getParent());
        Files.writeString(completion, AutoComplete.bash("restsh", root), StandardCharsets.UTF_8);

        Path manPage = out.resolve("man/restsh.adoc");
        Files.createDirectories(manPage.getParent());
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(manPage, StandardCharsets.UTF_8))) {
            ManPageGenerator.writeSingleManPage(writer, root.getCommandSpec());
        }
    }
}
