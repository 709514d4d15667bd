package dev.restsh.shell.edit;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the user's editor on a temporary file holding a request body and returns what was saved. The editor
 * command is run by {@code sh}, so {@code EDITOR="code --wait"} works as in git.
 */
public final class BodyEditor {
    private final String editor;

    public BodyEditor(String editor) {
        this.editor = editor;
    }

    /** The edited text; throws when the editor fails (non-zero exit), which cancels the request. */
    public String edit(String text, String suffix) {
        Path file = null;
        try {
            file = Files.createTempFile("restsh-body-", suffix);
            Files.writeString(file, text);
            Process process = new ProcessBuilder("sh", "-c", editor + " \"$1\"", "restsh-edit", file.toString())
                    .inheritIO()
                    .start();
            int status = process.waitFor();
            if (status != 0) {
                throw RestshException.usage("edit cancelled: '" + editor + "' exited with status " + status);
            }
            return Files.readString(file);
        } catch (IOException e) {
            throw RestshException.usage("cannot run the editor '" + editor + "': " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RestshException(ExitStatus.ERROR, "edit cancelled");
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // A temporary file left behind is harmless.
                }
            }
        }
    }
}
