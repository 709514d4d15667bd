package dev.restsh.shell.command;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.script.ScriptWriter;
import dev.restsh.shell.script.Transcript;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code record start} / {@code record stop FILE}: writes the commands in between as a replayable script. */
@Command(
        description = "Record the commands that shape the session, and write them as a script.",
        footer = {
            "",
            "Examples:",
            "  record start",
            "  record stop login-flow.restsh      then: restsh run login-flow.restsh --var TOKEN=...",
            "",
            "Requests, set, let, header, auth, base, cd and expect are recorded; secrets become {{VARIABLES}}."
        })
public class RecordCommand extends ShellCommand {
    @Parameters(index = "0", paramLabel = "start|stop")
    String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FILE")
    String file;

    public RecordCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Transcript transcript = context.scripting().transcript();
        switch (action) {
            case "start" -> {
                transcript.startRecording();
                say("recording: commands that shape the session are kept until 'record stop FILE'");
            }
            case "stop" -> {
                if (!transcript.recording()) {
                    throw RestshException.usage("record stop: not recording (record start first)");
                }
                if (file == null) {
                    throw RestshException.usage("record stop FILE: say where to write the script");
                }
                List<String> commands = transcript.stopRecording();
                Path target = context.workingDirectory().resolve(file);
                Set<String> needed =
                        ScriptWriter.write(target, commands, context.session().base());
                say(SaveScriptCommand.written(file, commands.size(), needed));
            }
            default -> throw RestshException.usage("record: use 'record start' or 'record stop FILE'");
        }
        return 0;
    }

    private void say(String message) {
        note(message);
    }
}
