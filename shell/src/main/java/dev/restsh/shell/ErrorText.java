package dev.restsh.shell;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.ClosedChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The words for an exception in a message. Many JDK exceptions carry no message at all, and "cannot write
 * x: null" tells the user nothing; the file system's carry only the path again. Those are named for what
 * happened instead.
 */
public final class ErrorText {
    private ErrorText() {}

    public static String of(Throwable error) {
        if (error instanceof JsonProcessingException json) {
            // Its message adds the source and location on lines of their own: one line, with the position.
            JsonLocation at = json.getLocation();
            return json.getOriginalMessage()
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
        }
        if (error instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (error instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (error instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (error instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        String message = error.getMessage();
        if (message != null && !message.isBlank()) {
            return message;
        }
        if (error instanceof ClosedByInterruptException || error instanceof InterruptedIOException) {
            return "interrupted (Ctrl-C)";
        }
        if (error instanceof ClosedChannelException) {
            return "the file or connection was closed";
        }
        if (error.getCause() != null && error.getCause() != error) {
            return of(error.getCause());
        }
        return error.getClass().getSimpleName();
    }
}
