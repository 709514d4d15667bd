package dev.restsh.shell.command;

import dev.restsh.shell.ShellContext;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The HTTP verbs ({@code get}, {@code post}, …): one class, registered once per method. */
@Command(
        addMethodSubcommands = false,
        footer = {
            "",
            "Examples:",
            "  get /get_ips",
            "  get /ips limit==10 Accept:application/json",
            "  post /ips ip=10.0.0.1 label=router"
        })
public class RequestCommand implements Callable<Integer> {
    private final ShellContext context;
    private final String method;

    @Parameters(index = "0", paramLabel = "URL", description = "Absolute, relative to the base URL, or :PORT/path.")
    String url;

    @Parameters(
            index = "1..*",
            paramLabel = "ITEM",
            description = "Header:value, name==query, field=string, field:=json")
    List<String> items;

    @Mixin
    RequestRunner runner;

    public RequestCommand(ShellContext context, String method) {
        this.context = context;
        this.method = method;
    }

    public String method() {
        return method;
    }

    @Override
    public Integer call() {
        return runner.run(context, method, url, RequestRunner.orEmpty(items));
    }
}
