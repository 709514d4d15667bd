package dev.restsh.shell.config;

import dev.restsh.shell.ErrorText;
import dev.restsh.shell.RestshException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code ${env:NAME}} (an environment variable) and {@code ${cmd:COMMAND}} (the first line a shell command
 * prints, such as {@code pass show api/token}) in an environment's values, so secrets never need to be written in
 * its file. A command runs once per session; its failure is one clear error.
 */
public final class SecretValues {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{(env|cmd):([^}]*)}");

    private final Map<String, String> env;
    private final Map<String, String> commandOutputs = new ConcurrentHashMap<>();

    public SecretValues(Map<String, String> env) {
        this.env = env;
    }

    /** The text with every reference replaced; {@code where} names the value in errors. */
    public String resolve(String text, String where) {
        if (text == null || !text.contains("${")) {
            return text;
        }
        Matcher matcher = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String argument = matcher.group(2).strip();
            String value = matcher.group(1).equals("env") ? variable(argument, where) : command(argument, where);
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String variable(String name, String where) {
        String value = env.get(name);
        if (value == null) {
            throw RestshException.usage(
                    where + ": ${env:" + name + "}: the environment variable " + name + " is not set");
        }
        return value;
    }

    private String command(String command, String where) {
        String cached = commandOutputs.get(command);
        if (cached != null) {
            return cached;
        }
        String output = run(command, where);
        commandOutputs.put(command, output);
        return output;
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private String run(String command, String where) {
        String failed = where + ": ${cmd:" + command + "} ";
        try {
            // stdin stays the terminal's: a password manager may ask there (gpg's pinentry).
            ProcessBuilder builder =
                    new ProcessBuilder("sh", "-c", command).redirectInput(ProcessBuilder.Redirect.INHERIT);
            builder.environment().putAll(env); // the session's environment (the process's, but in tests)
            Process process = builder.start();
            CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            String output = new String(readAll(process.getInputStream()), StandardCharsets.UTF_8);
            int status = process.waitFor();
            String firstLine = output.lines().findFirst().orElse("");
            if (status != 0) {
                String reason = new String(errors.join(), StandardCharsets.UTF_8)
                        .lines()
                        .findFirst()
                        .orElse("");
                throw RestshException.usage(failed + "failed (exit status " + status + ")"
                        + (reason.isBlank() ? "" : ": " + reason.strip()));
            }
            if (firstLine.isBlank()) {
                throw RestshException.usage(failed + "printed nothing");
            }
            return firstLine;
        } catch (IOException e) {
            throw RestshException.usage(failed + "could not run: " + ErrorText.of(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RestshException.usage(failed + "was interrupted");
        }
    }
}
