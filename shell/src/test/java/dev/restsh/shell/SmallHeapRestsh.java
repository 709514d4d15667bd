package dev.restsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * restsh in a JVM of its own with a 64 MB heap, as a user runs it: stdin from /dev/null, stdout and stderr into
 * the files {@code out} and {@code err} of a folder, which is also its working directory.
 */
public final class SmallHeapRestsh {
    private SmallHeapRestsh() {}

    /** Runs restsh with these arguments and returns its exit status (it must end within two minutes). */
    public static int run(Path folder, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx64m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectError(folder.resolve("err").toFile())
                .redirectOutput(folder.resolve("out").toFile())
                .directory(folder.toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }
}
