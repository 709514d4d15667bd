package dev.restsh.shell.script;

/**
 * One line of a script as it ran: its exit status and the responses it added to the history (numbers
 * {@code firstExchange} up to, not including, {@code endExchange}), for the reports.
 */
public record ScriptStep(ScriptLine line, int status, int firstExchange, int endExchange) {}
