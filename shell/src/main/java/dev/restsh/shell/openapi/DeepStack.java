package dev.restsh.shell.openapi;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Runs work that recurses once per level of a JSON body on a thread with a deep stack. The schema validator
 * recurses some thirty frames per level (more through a recursive schema such as a tree), so a default stack
 * overflows below a thousand levels, which the parser accepts; this stack holds the parser's limit many times over
 * and is only reserved, not used, until a deep body needs it.
 */
final class DeepStack {
    private static final long STACK_BYTES = 256L << 20;

    private DeepStack() {}

    /** The work's result; {@code what} names it in the one-line error should even this stack not suffice. */
    static <T> T call(Supplier<T> work, String what) {
        FutureTask<T> task = new FutureTask<>(work::get);
        Thread thread = new Thread(null, task, "restsh-deep-stack", STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new RestshException(ExitStatus.ERROR, what + ": interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StackOverflowError) {
                throw RestshException.usage(what + ": the body nests too deep to check");
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
