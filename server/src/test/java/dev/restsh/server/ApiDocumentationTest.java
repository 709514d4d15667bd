package dev.restsh.server;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.restsh.server.support.TemporaryDataDirectory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
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
        JsonNode document = new ObjectMapper()
                .readTree(given().queryParam("format", "json").get("/q/openapi").asString());
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

        for (String documented : new String[] {"get /get_ips 400", "post /ips 409", "put /ips/{ip} 412"}) {
            assertTrue(errors.containsKey(documented), documented + " in " + errors.keySet());
        }
        errors.forEach((response, schema) -> assertEquals(PROBLEM_SCHEMA, schema, response));
        assertTrue(document.at("/components/schemas/Problem/properties/detail").isObject());
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
