package dev.restsh.shell.openapi;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.restsh.shell.http.UrlCredentials;
import dev.restsh.shell.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/** Coverage as JSON, for CI and other tools: the summary, every operation with its statuses, unmatched requests. */
final class CoverageJson {
    private CoverageJson() {}

    static void write(Coverage coverage, Writer target) {
        try (JsonGenerator json = Json.factory().createGenerator(target)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            ApiDocument document = coverage.document();
            json.writeObjectFieldStart("document");
            json.writeStringField("title", document.title());
            json.writeStringField("version", document.version());
            json.writeStringField("source", UrlCredentials.shown(document.source()));
            json.writeEndObject();
            json.writeObjectFieldStart("summary");
            share(
                    json,
                    "operations",
                    coverage.operationsExercised(),
                    coverage.operations().size());
            share(json, "responses", coverage.responsesSeen(), coverage.responsesDocumented());
            json.writeNumberField("requests", coverage.requests());
            json.writeNumberField("unmatchedRequests", coverage.unmatchedRequests());
            json.writeEndObject();
            json.writeArrayFieldStart("operations");
            for (Coverage.OperationCoverage seen : coverage.operations()) {
                json.writeStartObject();
                json.writeStringField("method", seen.operation().method());
                json.writeStringField("path", seen.operation().path().text());
                json.writeStringField("summary", seen.operation().summary());
                json.writeNumberField("requests", seen.requests());
                json.writeArrayFieldStart("responses");
                for (Map.Entry<String, Integer> status : seen.documented().entrySet()) {
                    json.writeStartObject();
                    json.writeStringField("status", status.getKey());
                    json.writeBooleanField("seen", status.getValue() > 0);
                    json.writeNumberField("count", status.getValue());
                    json.writeEndObject();
                }
                json.writeEndArray();
                statuses(json, "undocumentedStatuses", seen.undocumented());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("unmatched");
            for (Coverage.Unmatched request : coverage.unmatched()) {
                json.writeStartObject();
                json.writeStringField("method", request.method());
                json.writeStringField("path", request.path());
                json.writeNumberField("requests", request.requests());
                statuses(json, "statuses", request.statuses());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void share(JsonGenerator json, String name, long part, long whole) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeNumberField("documented", whole);
        json.writeNumberField("exercised", part);
        json.writeNumberField("percent", Coverage.percent(part, whole));
        json.writeEndObject();
    }

    private static void statuses(JsonGenerator json, String name, Map<Integer, Integer> statuses) throws IOException {
        json.writeArrayFieldStart(name);
        for (Map.Entry<Integer, Integer> status : statuses.entrySet()) {
            json.writeStartObject();
            json.writeNumberField("status", status.getKey());
            json.writeNumberField("count", status.getValue());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
