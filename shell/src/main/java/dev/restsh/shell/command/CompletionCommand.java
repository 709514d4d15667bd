package dev.restsh.shell.command;

import dev.restsh.shell.ShellContext;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code completion bash|zsh}: prints a completion script for restsh's one-shot commands. */
@Command(
        description = "Print a completion script for bash or zsh (commands and options of one-shot use).",
        footer = {
            "",
            "Examples:",
            "  source <(restsh completion bash)                 in ~/.bashrc",
            "  source <(restsh completion zsh)                  in ~/.zshrc",
            "  restsh completion bash > /etc/bash_completion.d/restsh"
        })
public class CompletionCommand extends ShellCommand {
    /** The shells there is a script for. */
    public enum Shell {
        bash,
        zsh
    }

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    @Spec
    CommandLine.Model.CommandSpec spec;

    public CompletionCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        // The whole tree: one-shot mode builds only the command it runs (CommandTree.buildFor).
        CommandLine root = CommandTree.build(context);
        String script = AutoComplete.bash("restsh", root);
        if (shell == Shell.zsh) {
            // picocli's script is for bash; zsh runs it through its bash compatibility layer.
            script = "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n" + script;
        }
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
