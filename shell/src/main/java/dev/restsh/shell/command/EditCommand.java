package dev.restsh.shell.command;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.edit.BodyEditor;
import dev.restsh.shell.http.Headers;
import dev.restsh.shell.http.RequestOptions;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.json.Json;
import dev.restsh.shell.render.MediaTypes;
import dev.restsh.shell.request.RequestBuilder;
import dev.restsh.shell.session.Exchange;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code edit [METHOD URL [ITEM...]]}: writes the request's body in $EDITOR, then sends it. */
@Command(
        description = {
            "Open $EDITOR (or the config file's editor) on the body of a request, then send it.",
            "A new request with no body starts from the operation's example in the API's OpenAPI",
            "document, else from its schema's required fields; {ip} in the URL takes the variable ip.",
            "With no arguments, edits the body of the latest request and sends it again."
        },
        footer = {
            "",
            "Examples:",
            "  edit post /ips                  write a JSON body, starting from the document's example",
            "  edit put /ips/{ip}              the same with the variable ip in the path (or {{ip}})",
            "  edit put /ips/1 label=router    start from the body the items make",
            "  edit                            change the last request's body, send again",
            "  edit _3                         change request 3's body (an imported one too), send it"
        })
public class EditCommand extends ShellCommand {
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    /** {@code {name}} not inside {@code {{…}}}. */
    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("(?<!\\{)\\{([A-Za-z_][A-Za-z0-9_.-]*)}(?!})");

    @Parameters(index = "0", arity = "0..1", paramLabel = "METHOD")
    String method;

    @Parameters(index = "1", arity = "0..1", paramLabel = "URL")
    String url;

    @Parameters(
            index = "2..*",
            paramLabel = "ITEM",
            description = "Header:value, name==query, field=string, field:=json")
    List<String> items;

    /** Mixed in by {@link #create}: its model is programmatic (see {@link ProgrammaticModel}). */
    private final SendOptions options = new SendOptions();

    public EditCommand(ShellContext context) {
        super(context);
    }

    /** The command, with the {@code sending} options mixed in. */
    static CommandLine create(ShellContext context) {
        EditCommand command = new EditCommand(context);
        return ProgrammaticModel.withMixin(command, "sending", command.options.model());
    }

    @Override
    public Integer call() {
        // edit alone: the latest request, sent again; edit _N: request N (an imported one too)
        Exchange again = method == null
                ? latest()
                : method.startsWith("_") && url == null
                        ? context.session().history().reference(method)
                        : null;
        RequestSpec request = again != null ? again.request() : newRequest();
        String contentType = request.headers().first("content-type").orElse("");
        boolean json = contentType.isEmpty() || MediaTypes.isJson(contentType);
        String initial = initialText(request, json);
        if (again == null && request.body().length == 0 && json && WITH_BODY.contains(request.method())) {
            initial = ScaffoldedBody.of(context, request).orElse(initial);
        }
        String edited = new BodyEditor(context.settings().editor())
                .edit(initial, json ? ".json" : ".txt")
                .strip();
        Headers headers = request.headers().copy();
        if (json && !edited.isEmpty()) {
            Json.parse(edited); // a clear error now rather than a 400 from the server
            if (contentType.isEmpty()) {
                headers.set("Content-Type", "application/json");
            }
        }
        byte[] body = edited.getBytes(StandardCharsets.UTF_8);
        // Sent again, it keeps the options it was sent with (--verify=no …), unless this line gives others.
        RequestOptions sending =
                again != null && !again.imported() ? options.over(again.options()) : options.options(context);
        return context.preflight()
                .strict(
                        options.strict(),
                        () -> Sending.send(
                                context,
                                new RequestSpec(request.method(), request.url(), headers, body),
                                sending,
                                options.printer(context)));
    }

    private Exchange latest() {
        return context.session()
                .history()
                .latest()
                .orElseThrow(() ->
                        RestshException.usage("nothing to edit yet: give a request, for example: edit post /ips"));
    }

    private RequestSpec newRequest() {
        if (url == null) {
            throw RestshException.usage("edit needs a URL after the method, for example: edit post /ips");
        }
        // A path template as the document writes it ({ip}) takes the session variable, as {{ip}} does.
        String target = TEMPLATE_PARAMETER.matcher(url).replaceAll("{{$1}}");
        return new RequestBuilder(context.session())
                .build(method.toUpperCase(Locale.ROOT), target, SendOptions.orEmpty(items));
    }

    private static String initialText(RequestSpec request, boolean json) {
        if (request.body().length == 0) {
            return json && WITH_BODY.contains(request.method()) ? "{\n}\n" : "";
        }
        String text = new String(request.body(), StandardCharsets.UTF_8);
        if (!json) {
            return text;
        }
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(Json.parse(text)) + "\n";
        } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException notJson) {
            return text;
        }
    }
}
