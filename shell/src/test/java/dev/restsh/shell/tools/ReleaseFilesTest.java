package dev.restsh.shell.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.command.CommandCatalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release archive's bash completion and man page are made from the tree, so they name every command. */
class ReleaseFilesTest {
    @TempDir
    Path folder;

    @Test
    void completionAndManPageNameEveryCommandOfTheCatalogue() throws Exception {
        ReleaseFiles.main(new String[] {folder.toString()});

        String completion = Files.readString(folder.resolve("completion/restsh.bash"));
        List<String> names = new ArrayList<>();
        for (CommandCatalogue command : CommandCatalogue.values()) {
            names.add(command.commandName());
            names.addAll(command.aliases());
        }
        assertThat(completion).contains("local commands=\"" + String.join(" ", names) + "\"");

        String manPage = Files.readString(folder.resolve("man/restsh.adoc"));
        for (CommandCatalogue command : CommandCatalogue.values()) {
            assertThat(manPage)
                    .contains("xref:restsh-" + command.commandName() + ".adoc[*" + command.commandName() + "*");
        }
        assertThat(manPage).contains("[*print*, *p*]", "*-V*, *--version*");
    }
}
