package dev.restsh.server.feed;

import dev.restsh.server.ApiDocumentation;
import dev.restsh.server.error.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The change feed in the OpenAPI document. Its two endpoints are a Vert.x route and a websockets-next endpoint, which
 * the annotation scanner does not see, so they are added here at build time, as {@code SharedResponses} adds the
 * shared responses. The filters are the very parameters of {@code GET /ips}, taken from its operation. OpenAPI has no
 * WebSocket: {@code /ips/changes} is described as the HTTP GET that upgrades, and its messages and close codes are
 * in the {@code x-websocket} extension, naming schemas in the components.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class FeedDocumentation implements OASFilter {
    private static final String TAG = "ips";
    private static final Set<String> FILTERS = Set.of("version", "scope", "in", "q");
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String CHANGE = "FeedChange";
    private static final String RESET = "FeedReset";
    private static final String ERROR = "FeedError";
    private static final String SUBSCRIBED = "FeedSubscribed";
    private static final String SUBSCRIBE = "FeedSubscribe";

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        List<Parameter> filters = listFilters(openApi);
        openApi.getComponents()
                .addSchema(CHANGE, change())
                .addSchema(RESET, reset())
                .addSchema(ERROR, error())
                .addSchema(SUBSCRIBED, subscribed())
                .addSchema(SUBSCRIBE, subscribe(filters));
        openApi.getPaths()
                .addPathItem("/ips/events", OASFactory.createPathItem().GET(eventStream(filters)))
                .addPathItem("/ips/changes", OASFactory.createPathItem().GET(webSocket()));
    }

    private static List<Parameter> listFilters(OpenAPI openApi) {
        PathItem list = openApi.getPaths().getPathItem("/ips");
        return list.getGET().getParameters().stream()
                .filter(parameter -> FILTERS.contains(parameter.getName()))
                .toList();
    }

    private static Operation eventStream(List<Parameter> filters) {
        Operation operation = OASFactory.createOperation()
                .addTag(TAG)
                .summary("Follow changes (server-sent events)")
                .description("One event per committed change, on every instance: `id` is the inventory's revision, "
                        + "`event` is created, updated or deleted, `data` the entry as GET /ips/{ip} shows it "
                        + "(for a deletion, as it was). The stream opens with the comment `: inventory changes after "
                        + "revision R`, and a comment every 15 s keeps an idle one alive. Resuming (Last-Event-ID or "
                        + "after) replays the retained changes after that revision, none lost, none repeated; a "
                        + "revision no longer retained, or not from this feed, gets a `reset` event instead: read "
                        + "GET /ips again and go on from its revision. A consumer too slow (256 events unsent), or "
                        + "the server stopping, gets a last `error` event saying which revision to resume after, "
                        + "and the stream ends.")
                .addParameter(revisionParameter(Parameter.In.QUERY, "after"))
                .addParameter(revisionParameter(Parameter.In.HEADER, "Last-Event-ID")
                        .description("Resume after this revision; what EventSource sends when it reconnects. Wins "
                                + "over after."));
        filters.forEach(operation::addParameter);
        return operation.responses(OASFactory.createAPIResponses()
                .addAPIResponse(
                        "200",
                        OASFactory.createAPIResponse()
                                .description("The event stream, open until the client leaves")
                                .content(OASFactory.createContent()
                                        .addMediaType(
                                                "text/event-stream",
                                                OASFactory.createMediaType()
                                                        .schema(OASFactory.createSchema()
                                                                .addType(Schema.SchemaType.STRING)
                                                                .description("Server-sent events; what each event's"
                                                                        + " data holds is in x-events"))
                                                        .example("id: 1765072800000042\nevent: created\ndata: "
                                                                + "{\"ip\":\"192.0.2.10\",\"label\":\"printer\","
                                                                + "\"version\":4,\"scope\":\"documentation\",…}\n\n")
                                                        .addExtension("x-events", sseEvents()))))
                .addAPIResponse("400", OASFactory.createAPIResponse().ref(ApiDocumentation.INVALID_QUERY)));
    }

    private static Map<String, Object> sseEvents() {
        Map<String, Object> events = new LinkedHashMap<>();
        events.put("created", reference("Ip"));
        events.put("updated", reference("Ip"));
        events.put("deleted", reference("Ip"));
        events.put("reset", reference(RESET));
        events.put("error", reference(ERROR));
        return events;
    }

    private static Operation webSocket() {
        Map<String, Object> closeCodes = new LinkedHashMap<>();
        closeCodes.put("1001", "the server is stopping: resume after the last revision, elsewhere or later");
        closeCodes.put(
                "1008",
                "an invalid after= in the URL, or a consumer too slow (the reason says the revision "
                        + "to resume after)");
        closeCodes.put("1011", "a server fault: reconnect with after= the last revision");
        Map<String, Object> messages = new LinkedHashMap<>();
        messages.put("client", reference(SUBSCRIBE));
        messages.put(
                "server",
                Map.of("oneOf", List.of(reference(SUBSCRIBED), reference(CHANGE), reference(RESET), reference(ERROR))));
        Map<String, Object> extension = new LinkedHashMap<>();
        extension.put("messages", messages);
        extension.put("closeCodes", closeCodes);
        return OASFactory.createOperation()
                .addTag(TAG)
                .summary("Follow changes (WebSocket)")
                .description("A WebSocket (ws://…/ips/changes): OpenAPI describes only its opening GET; the messages "
                        + "and close codes are in x-websocket. The same changes as GET /ips/events, one JSON text "
                        + "message each, from the moment of connecting or after the revision in after=. The first "
                        + "message is `subscribed`; send {\"subscribe\": {…}} to filter (as GET /ips) or resume, "
                        + "and it is answered with `subscribed` again. A message the server cannot use gets an "
                        + "`error` message and the connection stays open; the server closes a connection only "
                        + "with a code and a reason.")
                .addParameter(revisionParameter(Parameter.In.QUERY, "after"))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse(
                                "101",
                                OASFactory.createAPIResponse()
                                        .description("Switching Protocols: the connection is now the WebSocket"))
                        .addAPIResponse(
                                "426",
                                OASFactory.createAPIResponse()
                                        .description("Upgrade Required: a plain GET, without Upgrade: websocket")
                                        .content(OASFactory.createContent()
                                                .addMediaType(
                                                        Problem.MEDIA_TYPE,
                                                        OASFactory.createMediaType()
                                                                .schema(OASFactory.createSchema()
                                                                        .ref(SCHEMAS + "Problem"))))))
                .addExtension("x-websocket", extension);
    }

    private static Parameter revisionParameter(Parameter.In in, String name) {
        return OASFactory.createParameter()
                .name(name)
                .in(in)
                .description("Resume after this revision (an event's id): the retained changes after it come first")
                .schema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.INTEGER)
                        .format("int64"))
                .example(1765072800000041L);
    }

    private static Schema change() {
        return OASFactory.createSchema()
                .description("A change, as a WebSocket message: its type and revision, then the entry's fields")
                .addAllOf(OASFactory.createSchema()
                        .addType(Schema.SchemaType.OBJECT)
                        .required(List.of("type", "revision"))
                        .addProperty("type", kinds("created", "updated", "deleted"))
                        .addProperty("revision", revision()))
                .addAllOf(OASFactory.createSchema().ref(SCHEMAS + "Ip"));
    }

    private static Schema reset() {
        return object("The client's position cannot be continued: read GET /ips again and go on from revision")
                .required(List.of("type", "revision", "reason"))
                .addProperty("type", kinds("reset"))
                .addProperty("revision", revision())
                .addProperty("reason", text("Why, such as: revision 12 is no longer retained (oldest 40, 1000 kept)"));
    }

    private static Schema error() {
        return object("A message the server could not use, or why the feed ends (too slow, the server stopping)")
                .required(List.of("type", "message"))
                .addProperty("type", kinds("error"))
                .addProperty("message", text("What went wrong, and what to send or resume after instead"));
    }

    private static Schema subscribed() {
        return object("The feed starts (again): changes after revision, that match filter")
                .required(List.of("type", "revision", "filter"))
                .addProperty("type", kinds("subscribed"))
                .addProperty("revision", revision())
                .addProperty("filter", object("The filters in force, as sent").example(Map.of("in", "10.0.0.0/8")));
    }

    private static Schema subscribe(List<Parameter> filters) {
        Schema subscribe =
                object("Any of the filters of GET /ips (a string or a number), and a revision to resume after; {} "
                        + "is everything");
        filters.forEach(filter -> subscribe.addProperty(
                filter.getName(),
                text(filter.getDescription()).addType(Schema.SchemaType.INTEGER).example(filter.getExample())));
        subscribe.addProperty("after", revision());
        return object("What a client sends: narrows and/or resumes its feed")
                .required(List.of("subscribe"))
                .addProperty("subscribe", subscribe)
                .example(Map.of("subscribe", Map.of("in", "10.0.0.0/8")));
    }

    private static Schema object(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).description(description);
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }

    private static Schema kinds(Object... values) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.of(values));
    }

    private static Schema revision() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.INTEGER)
                .format("int64")
                .description("The inventory's revision after this change (the event id)")
                .example(1765072800000042L);
    }

    private static Map<String, String> reference(String schema) {
        return Map.of("$ref", SCHEMAS + schema);
    }
}
