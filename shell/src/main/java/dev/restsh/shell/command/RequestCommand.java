package dev.restsh.shell.command;

import dev.restsh.shell.ShellContext;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The HTTP verbs ({@code get}, {@code post}, …): one class, registered once per method. Its model is built with
 * picocli's programmatic API (see {@link ProgrammaticModel}).
 */
public class RequestCommand implements Callable<Integer> {
    private final ShellContext context;
    private final String method;
    private final PositionalParamSpec url = PositionalParamSpec.builder()
            .index("0")
            .required(true)
            .paramLabel("URL")
            .type(String.class)
            .description("Absolute, relative to the base URL, or :PORT/path.")
            .build();
    private final PositionalParamSpec items = PositionalParamSpec.builder()
            .index("1..*")
            .arity("0..1") // as picocli infers it for an annotated list (a value per position)
            .paramLabel("ITEM")
            .type(List.class)
            .auxiliaryTypes(String.class)
            .description("Header:value, name==query, field=string, field:=json")
            .build();
    private final SendOptions options = new SendOptions();

    public RequestCommand(ShellContext context, String method) {
        this.context = context;
        this.method = method;
    }

    public String method() {
        return method;
    }

    /** The command's model, with its description (one per verb). */
    CommandSpec model(String description) {
        CommandSpec model = ProgrammaticModel.model(this)
                .addPositional(url)
                .addPositional(items)
                .addMixin("sending", options.model());
        model.usageMessage()
                .description(description)
                .footer(
                        "",
                        "Examples:",
                        "  get /get_ips",
                        "  get /ips limit==10 Accept:application/json",
                        "  post /ips ip=10.0.0.1 label=router");
        return model;
    }

    @Override
    public Integer call() {
        List<String> given = items.getValue();
        return Sending.send(context, options, method, url.getValue(), SendOptions.orEmpty(given));
    }
}
