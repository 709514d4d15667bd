package dev.restsh.shell.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.SteppingPacer;
import dev.restsh.shell.TutorialServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/examples/waiting.restsh, as documented: the first run writes its snapshot, the next compares with it. */
class WaitingExampleTest {
    @AutoClose
    private final TutorialServer server = new TutorialServer();

    @TempDir
    Path folder;

    @Test
    void runsTwiceAndFailsOnceTheServerChanges() throws Exception {
        Path script = folder.resolve("waiting.restsh");
        Files.copy(Path.of("..", "docs", "examples", "waiting.restsh"), script);
        ShellHarness shell = new ShellHarness(server.base());
        shell.context().pacer(new SteppingPacer());
        String base = "BASE=" + server.base();
        assertThat(shell.oneShot("run", script.toString(), "--var", base))
                .as(shell::err)
                .isZero();
        assertThat(shell.err())
                .contains("snapshot get_ips written")
                .contains("PASSED: waiting.restsh: 4 requests sent, 3 expectations passed, 0 failed");
        assertThat(folder.resolve("__snapshots__/get_ips.json")).exists();
        shell.clear();
        assertThat(shell.oneShot("run", script.toString(), "--var", base))
                .as(shell::err)
                .isZero();
        assertThat(shell.out()).contains("no differences");

        Files.writeString(
                folder.resolve("__snapshots__/get_ips.json"),
                Files.readString(folder.resolve("__snapshots__/get_ips.json")).replace("9.2.3.4", "9.9.9.9"));
        shell.clear();
        assertThat(shell.oneShot("run", script.toString(), "--var", base)).isEqualTo(6);
        assertThat(shell.err()).contains("~ .body.results[1].ip: \"9.9.9.9\" -> \"9.2.3.4\"");
    }
}
