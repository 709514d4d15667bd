package dev.restsh.shell.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.config.Settings;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two real-world documents kept under the tests' resources: Docker Engine's Swagger 2.0 description, found
 * where Swagger 2 documents are published and read through the converter, and the Train Travel API's OpenAPI 3.1
 * one ({@code $ref}, {@code allOf}, {@code oneOf}).
 */
class RealWorldDocumentsTest {
    private static final String DOCKER = RealWorldDocuments.DOCKER;
    private static final String TRAIN = RealWorldDocuments.TRAIN;

    @ParameterizedTest
    @ValueSource(strings = {"/swagger.yaml", "/v2/api-docs", "/spec.json"})
    void swaggerTwoDocumentsAreFoundWhereTheyArePublishedAndConverted(String path) throws Exception {
        try (ApiServer server = new ApiServer().document(path, DOCKER)) {
            ShellHarness shell = new ShellHarness(server.base() + "/v1.51");
            shell.context().settings(Settings.resolve(Map.of("RESTSH_HISTORY", "off"), Map.of()));
            ApiDocument document = shell.context().openApi().await();
            assertThat(document.source().getPath()).isEqualTo(path);
            assertThat(document.title()).isEqualTo("Docker Engine API");
            assertThat(document.version()).isEqualTo("1.51");
            assertThat(document.operations()).hasSizeGreaterThan(100);
            assertThat(server.requests()).containsExactly("GET " + path + " ");
            Operation create = OperationFinder.find(
                            document,
                            shell.context().session().base(),
                            "POST",
                            URI.create(server.base() + "/v1.51/containers/create"))
                    .orElseThrow();
            assertThat(create.detail().bodyMediaType()).isEqualTo("application/json");
            assertThat(create.detail().bodyRequired()).isTrue();
            assertThat(create.parameters("query"))
                    .extracting(Operation.Parameter::name)
                    .contains("name", "platform");
            assertThat(create.detail().responseDescriptions()).containsEntry("201", "Container created successfully");
        }
    }

    @Test
    void onlySwaggerTwoDocumentsGoThroughTheConverter() {
        assertThat(SwaggerTwoConverter.isSwaggerTwo(ApiServer.resource(DOCKER))).isTrue();
        assertThat(SwaggerTwoConverter.isSwaggerTwo("{\"swagger\":\"2.0\",\"info\":{}}"))
                .isTrue();
        assertThat(SwaggerTwoConverter.isSwaggerTwo(ApiServer.resource(TRAIN))).isFalse();
        assertThat(SwaggerTwoConverter.isSwaggerTwo(ApiServer.resource("ips-3.1.json")))
                .isFalse();
        assertThat(SwaggerTwoConverter.isSwaggerTwo("{\"openapi\":\"3.0.3\",\"x\":{\"swagger\":\"2.0\"}}"))
                .isFalse();
    }

    @Test
    void trainTravelBodiesMergeAllOfAndOfferEachOneOfAlternative() {
        ApiDocument document = ApiDocument.parse(ApiServer.resource(TRAIN), URI.create("http://h/openapi.yaml"));
        assertThat(document.jsonSchema2020()).isTrue();
        Operation pay = document.match("POST", "/bookings/1725ff48/payment").orElseThrow();
        JsonNode schema = pay.detail().bodySchema();
        // id is readOnly: not something a request sends.
        assertThat(SchemaShape.fields(schema))
                .extracting(SchemaShape.Field::name)
                .containsExactly("amount", "currency", "source");
        assertThat(SchemaShape.enumValues(SchemaShape.property(schema, List.of("currency"))))
                .startsWith("bam", "bgn", "chf", "eur", "gbp");
        List<SchemaShape.Field> source = SchemaShape.fields(SchemaShape.property(schema, List.of("source")));
        assertThat(source).extracting(SchemaShape.Field::name).contains("number", "cvc", "sort_code", "account_type");
        assertThat(source)
                .filteredOn(field -> field.name().equals("sort_code"))
                .singleElement()
                .satisfies(field -> {
                    assertThat(field.alternative()).isEqualTo("Bank Account");
                    assertThat(field.required()).isFalse();
                });
        assertThat(SchemaShape.typeName(SchemaShape.property(schema, List.of("source"))))
                .isEqualTo("object");
        // The media type's named examples: the first one is the scaffold.
        assertThat(pay.detail().bodyExample().get("source").get("object").asText())
                .isEqualTo("card");
        // allOf: a Booking plus links, merged (a response schema here: no request body of this API has one).
        JsonNode booked = document.match("POST", "/bookings")
                .orElseThrow()
                .responses()
                .get("201")
                .get("application/json");
        assertThat(booked.has("allOf")).isTrue();
        assertThat(SchemaShape.fields(booked))
                .extracting(SchemaShape.Field::name)
                .containsExactly("trip_id", "passenger_name", "has_bicycle", "has_dog", "links");
    }

    @Test
    void aSchemaWithoutExampleIsScaffoldedFromItsRequiredFields() {
        ApiDocument document = ApiDocument.parse(ApiServer.resource(TRAIN), URI.create("http://h/openapi.yaml"));
        Operation book = document.match("POST", "/bookings").orElseThrow();
        assertThat(book.detail().bodyExample()).isNull();
        // Booking requires nothing: every property is written, with the values the schema's examples give.
        assertThat(BodyScaffold.of(book.detail()).toString())
                .isEqualTo("{\"trip_id\":\"4f4e4e1-c824-4d63-b37a-d8d698862f1d\",\"passenger_name\":\"John Doe\","
                        + "\"has_bicycle\":false,\"has_dog\":false}");
        // Without the media type's examples, the payment is made from its required fields and the first oneOf branch.
        OperationDetail payment =
                document.match("POST", "/bookings/1/payment").orElseThrow().detail();
        OperationDetail withoutExample = new OperationDetail(
                payment.parameterSchemas(),
                payment.bodyMediaType(),
                payment.bodySchema(),
                true,
                null,
                payment.responseDescriptions());
        JsonNode scaffold = BodyScaffold.of(withoutExample);
        assertThat(scaffold.get("amount").asDouble()).isEqualTo(49.99);
        assertThat(scaffold.get("currency").asText()).isEqualTo("bam");
        assertThat(scaffold.get("source").get("object").asText()).isEqualTo("card");
        assertThat(scaffold.get("source").has("cvc")).isTrue();
        assertThat(scaffold.get("source").has("sort_code")).isFalse();
        assertThat(scaffold.get("source").has("address_line1")).isFalse(); // optional: left out
    }
}
