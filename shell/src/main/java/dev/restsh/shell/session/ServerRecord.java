package dev.restsh.shell.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The inventory server's record of itself beside its token ({@link LocalToken#SERVER_FILE_NAME}): the port it
 * listens on and its process id, so the token goes to that server only, and only while it runs.
 */
record ServerRecord(int port, long pid) {
    /** The record in {@code file}; empty when there is none or it cannot be read. */
    static Optional<ServerRecord> read(Path file) {
        try {
            int port = -1;
            long pid = -1;
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                String[] pair = line.split("=", 2);
                if (pair.length == 2 && pair[0].strip().equals("port")) {
                    port = Integer.parseInt(pair[1].strip());
                } else if (pair.length == 2 && pair[0].strip().equals("pid")) {
                    pid = Long.parseLong(pair[1].strip());
                }
            }
            return port > 0 && pid > 0 ? Optional.of(new ServerRecord(port, pid)) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** True while the recorded process runs (a stale record from a server that was killed does not count). */
    boolean alive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
