package dev.restsh.server;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.restsh.server.support.TemporaryDataDirectory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The OpenAPI document as a client's generator reads it: shared responses resolved, every error a problem. */
@QuarkusTest
@WithTestResource(TemporaryDataDirectory.class)
class ApiDocumentationTest {
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Test
    void describesEveryClientErrorAsAProblem() throws Exception {
        JsonNode document = openApi();
        Map<String, String> errors = new TreeMap<>();
        document.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue()
                        .fields()
                        .forEachRemaining(operation -> operation
                                .getValue()
                                .get("responses")
                                .fields()
                                .forEachRemaining(response -> {
                                    if (response.getKey().startsWith("4")) {
                                        JsonNode resolved = resolve(document, response.getValue());
                                        errors.put(
                                                operation.getKey() + " " + path.getKey() + " " + response.getKey(),
                                                resolved.path("content")
                                                        .path("application/problem+json")
                                                        .path("schema")
                                                        .path("$ref")
                                                        .asText("none"));
                                    }
                                })));

        for (String documented : new String[] {
            "get /get_ips 400", "post /ips 409", "put /ips/{ip} 412", "get /ips/events 400", "get /ips/changes 426"
        }) {
            assertTrue(errors.containsKey(documented), documented + " in " + errors.keySet());
        }
        errors.forEach((response, schema) -> assertEquals(PROBLEM_SCHEMA, schema, response));
        assertTrue(document.at("/components/schemas/Problem/properties/detail").isObject());
    }

    @Test
    void describesTheChangeFeed() throws Exception {
        JsonNode document = openApi();
        JsonNode events = document.at("/paths/~1ips~1events/get");
        Map<String, String> parameters = new TreeMap<>();
        events.get("parameters")
                .forEach(p -> parameters.put(p.get("name").asText(), p.get("in").asText()));
        assertEquals(
                Map.of(
                        "after", "query",
                        "Last-Event-ID", "header",
                        "version", "query",
                        "scope", "query",
                        "in", "query",
                        "q", "query"),
                parameters);
        JsonNode stream = events.at("/responses/200/content/text~1event-stream");
        assertEquals(
                "#/components/schemas/Ip", stream.at("/x-events/created/$ref").asText(), stream.toString());
        assertEquals(
                "#/components/schemas/FeedReset",
                stream.at("/x-events/reset/$ref").asText());

        JsonNode changes = document.at("/paths/~1ips~1changes/get");
        assertTrue(changes.at("/responses/101").isObject(), changes.toString());
        assertEquals(
                "#/components/schemas/FeedSubscribe",
                changes.at("/x-websocket/messages/client/$ref").asText());
        List<String> closeCodes = new ArrayList<>();
        changes.at("/x-websocket/closeCodes").fieldNames().forEachRemaining(closeCodes::add);
        assertEquals(List.of("1001", "1008", "1011"), closeCodes);
        assertTrue(document.at("/components/schemas/FeedSubscribe/properties/subscribe/properties/in/description")
                .isTextual());

        List<String> references = new ArrayList<>();
        collectReferences(events, references);
        collectReferences(changes, references);
        assertTrue(references.size() >= 8, references.toString());
        for (String reference : references) {
            assertTrue(document.at(reference.substring(1)).isObject(), reference + " names nothing in the document");
        }
    }

    /**
     * Each write's body says what the server enforces: POST /ips needs ip (the path names the address of a PUT or
     * PATCH, so there nothing is required), a label may be null, and unknown fields are rejected everywhere.
     */
    @Test
    void eachWriteDescribesTheBodyItsServerAccepts() throws Exception {
        JsonNode document = openApi();
        JsonNode create = bodySchema(document, "/ips", "post", "application/json");
        assertEquals("[\"ip\"]", create.path("required").toString(), create.toString());
        assertEquals("\"string\"", create.at("/properties/ip/type").toString(), "a null ip is missing");

        Map<String, JsonNode> items = new TreeMap<>();
        items.put("put", bodySchema(document, "/ips/{ip}", "put", "application/json"));
        items.put("patch", bodySchema(document, "/ips/{ip}", "patch", "application/json"));
        items.put("merge patch", bodySchema(document, "/ips/{ip}", "patch", "application/merge-patch+json"));
        items.forEach((write, schema) -> {
            assertTrue(schema.path("required").isMissingNode(), write + ": " + schema);
            assertEquals(
                    "[\"string\",\"null\"]", schema.at("/properties/ip/type").toString(), write);
        });
        assertEquals(items.get("patch"), items.get("merge patch"));

        items.put("post", create);
        items.forEach((write, schema) -> {
            List<String> fields = new ArrayList<>();
            schema.path("properties").fieldNames().forEachRemaining(fields::add);
            assertEquals(List.of("ip", "label"), fields, write);
            assertEquals("false", schema.path("additionalProperties").toString(), write);
            assertEquals(
                    "[\"string\",\"null\"]", schema.at("/properties/label/type").toString(), write);
            assertEquals(200, schema.at("/properties/label/maxLength").asInt(), write);
        });
    }

    /** The schema of an operation's request body, its {@code $ref} resolved. */
    private static JsonNode bodySchema(JsonNode document, String path, String method, String mediaType) {
        JsonNode schema = document.path("paths")
                .path(path)
                .path(method)
                .at("/requestBody/content")
                .path(mediaType)
                .path("schema");
        String ref = schema.path("$ref").asText();
        assertTrue(ref.startsWith("#/components/schemas/"), method + " " + path + " " + mediaType + ": " + schema);
        return document.at(ref.substring(1));
    }

    private static JsonNode openApi() throws Exception {
        return new ObjectMapper()
                .readTree(given().queryParam("format", "json").get("/q/openapi").asString());
    }

    /** Every {@code $ref} in the node, extensions included (there, tools do not check them). */
    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.isObject() && node.has("$ref")) {
            references.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectReferences(child, references));
    }

    /** A {@code $ref} to {@code #/components/responses/NAME}, or the response itself. */
    private static JsonNode resolve(JsonNode document, JsonNode response) {
        JsonNode ref = response.get("$ref");
        if (ref == null) {
            return response;
        }
        JsonNode shared = document.at(ref.asText().substring(1));
        assertTrue(shared.isObject(), ref + " names no shared response");
        return shared;
    }
}
