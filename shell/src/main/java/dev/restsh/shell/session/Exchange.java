package dev.restsh.shell.session;

import dev.restsh.shell.http.Response;

/** A numbered response in the session's history (numbers start at 1 and are never reused). */
public record Exchange(int number, Response response) {}
