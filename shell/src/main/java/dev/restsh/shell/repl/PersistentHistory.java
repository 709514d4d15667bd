package dev.restsh.shell.repl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.jline.reader.LineReader;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * JLine's in-memory history, persisted by restsh itself so that {@link SecretFilter secret} lines never reach the
 * file: each accepted line is appended at once (several shells share one file), multi-line entries with their
 * newlines escaped. The file is trimmed to the configured size when it is loaded.
 */
public final class PersistentHistory extends DefaultHistory {
    private final Path file;
    private final int size;
    private boolean loaded;

    /** A history saved in this file (none when null), keeping this many lines. */
    public PersistentHistory(Path file, int size) {
        this.file = file;
        this.size = size;
    }

    @Override
    public void attach(LineReader reader) {
        super.attach(reader);
        if (!loaded) {
            loaded = true;
            loadFile();
        }
    }

    private void loadFile() {
        if (file == null || !Files.isRegularFile(file)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> kept = lines.subList(Math.max(0, lines.size() - size), lines.size());
            for (String line : kept) {
                internalAdd(Instant.now(), decode(line));
            }
            if (kept.size() < lines.size()) {
                Files.write(file, kept, StandardCharsets.UTF_8);
            }
        } catch (IOException | UncheckedIOException e) {
            // An unreadable history file must not stop the shell: start with an empty history.
        }
    }

    @Override
    public void add(Instant time, String line) {
        int before = index();
        super.add(time, line);
        if (index() != before && file != null && !SecretFilter.containsSecret(line)) {
            append(line);
        }
    }

    private void append(String line) {
        try {
            if (!Files.exists(file)) {
                createPrivately(file);
            }
            Files.writeString(
                    file,
                    encode(line) + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            // Same: losing history is better than losing the session.
        }
    }

    /** URLs and bodies can be private too: the file is readable by its owner only, as JLine's own is. */
    private static void createPrivately(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
    }

    static String encode(String line) {
        return line.replace("\\", "\\\\").replace("\n", "\\n");
    }

    static String decode(String stored) {
        StringBuilder line = new StringBuilder(stored.length());
        for (int i = 0; i < stored.length(); i++) {
            char c = stored.charAt(i);
            if (c == '\\' && i + 1 < stored.length()) {
                char next = stored.charAt(++i);
                line.append(next == 'n' ? '\n' : next);
            } else {
                line.append(c);
            }
        }
        return line.toString();
    }
}
