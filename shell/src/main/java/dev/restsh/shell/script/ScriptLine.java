package dev.restsh.shell.script;

/** One command of a script and the line it starts on (1-based), for messages and reports. */
public record ScriptLine(int number, String text) {}
