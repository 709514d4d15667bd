package dev.restsh.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The pager is a real child process: Ctrl-C must end it (and what the shell started for it), not orphan it. */
class PagerTest {
    @Test
    void ctrlCStopsThePagerAndWhatItsShellStarted() throws Exception {
        // "; :" keeps sh from exec-ing sleep itself, so sleep is the shell's child, as less is.
        Pager pager = Pager.start("sleep 30; :", new PrintWriter(new ByteArrayOutputStream()), null);
        List<ProcessHandle> started = awaitChild("sleep");
        pager.out().println("an event");

        Thread.currentThread().interrupt(); // what Ctrl-C does in the REPL
        long start = System.nanoTime();
        pager.close();

        assertThat(Thread.interrupted())
                .as("the interrupt is kept for the caller")
                .isTrue();
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(10));
        assertThat(started).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void withoutCtrlCClosingWaitsForThePagerToFinish() throws Exception {
        ByteArrayOutputStream ignored = new ByteArrayOutputStream();
        Pager pager = Pager.start("cat >/dev/null; sleep 0.3; :", new PrintWriter(ignored), null);
        List<ProcessHandle> started = awaitChild("cat");
        pager.out().println("body");
        pager.close();
        assertThat(started).noneMatch(ProcessHandle::isAlive);
    }

    /** The pager's sh and its children, once the one named has started. */
    private static List<ProcessHandle> awaitChild(String name) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            List<ProcessHandle> tree = ProcessHandle.current().descendants().toList();
            if (tree.stream()
                    .anyMatch(handle -> handle.info().command().orElse("").endsWith("/" + name))) {
                return tree;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the pager's child did not start");
    }
}
