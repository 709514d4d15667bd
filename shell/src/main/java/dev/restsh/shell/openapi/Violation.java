package dev.restsh.shell.openapi;

/** One way a response differs from its API description: where ({@code $.results[0].ip}, or {@code status}). */
public record Violation(String where, String message) {}
