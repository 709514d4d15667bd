package dev.restsh.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The pager is a real child process: Ctrl-C must end it (and what the shell started for it), not orphan it. */
class PagerTest {
    private static final long PIPE_CAPACITY = 64 * 1024;

    private final Set<Long> before =
            ProcessHandle.current().descendants().map(ProcessHandle::pid).collect(Collectors.toSet());

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

    @Test
    void ctrlCFreesAWriterBlockedOnAPagerThatDoesNotRead() throws Exception {
        AtomicLong written = new AtomicLong();
        Thread writer = new Thread(() -> {
            // The renderer starts the pager and writes to it on the same thread, the one Ctrl-C interrupts.
            Pager pager = Pager.start("sleep 30; :", new PrintWriter(new ByteArrayOutputStream()), null);
            byte[] chunk = new byte[8192];
            try {
                while (true) {
                    pager.stream().write(chunk); // blocks once the pipe is full
                    written.addAndGet(chunk.length);
                }
            } catch (java.io.IOException e) {
                // the pager was stopped: the pipe broke
            }
            pager.close();
        });
        writer.start();
        List<ProcessHandle> children = awaitChild("sleep");
        // Nothing reads the pipe: once what it holds (64 KiB on Linux) was written, the next write cannot end.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (written.get() < PIPE_CAPACITY && System.nanoTime() < deadline) {
            Thread.sleep(5); // a poll with a deadline, not a guess at how long the writes take
        }
        assertThat(written.get()).isGreaterThanOrEqualTo(PIPE_CAPACITY);
        assertThat(writer.isAlive()).isTrue();

        writer.interrupt(); // what Ctrl-C does in the REPL
        writer.join(10_000);

        assertThat(writer.isAlive()).isFalse();
        assertThat(children).noneMatch(ProcessHandle::isAlive);
    }

    /** The processes this test's pager started (not another test's), once the one named is running. */
    private List<ProcessHandle> awaitChild(String name) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            List<ProcessHandle> tree = ProcessHandle.current()
                    .descendants()
                    .filter(handle -> !before.contains(handle.pid()))
                    .toList();
            if (tree.stream()
                    .anyMatch(handle -> handle.info().command().orElse("").endsWith("/" + name))) {
                return tree;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the pager's child did not start");
    }
}
