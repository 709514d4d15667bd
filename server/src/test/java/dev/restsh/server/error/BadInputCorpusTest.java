package dev.restsh.server.error;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.restsh.server.support.Api;
import dev.restsh.server.support.SeededInventory;
import dev.restsh.server.support.TemporaryDataDirectory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.inject.spi.CDI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed and hostile requests: every one a 4xx problem+json, never a 5xx, and the inventory unchanged. */
@QuarkusTest
@WithTestResource(TemporaryDataDirectory.class)
class BadInputCorpusTest {
    /** One hostile request. {@code token} null sends no Authorization header; a body of null sends none. */
    record Hostile(
            String name,
            String method,
            String path,
            String contentType,
            byte[] body,
            Map<String, String> headers,
            boolean withToken,
            int expectedStatus) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Hostile> corpus() {
        List<Hostile> cases = new ArrayList<>();
        String[] badAddresses = {
            "",
            " 1.2.3.4",
            "1.2.3.4 ",
            "256.0.0.1",
            "1.2.3",
            "01.2.3.4",
            "1.2.3.4/24",
            "localhost",
            "::1::1",
            "1:2:3:4:5:6:7:8:9",
            "fe80::1%eth0",
            "[::1]",
            "１.２.３.４",
            "1.2.3.4\u0000",
            "' OR '1'='1",
            "1.2.3.4'; DROP TABLE ip_address;--",
            "x".repeat(10_000),
            "0x7f.0.0.1",
            "2130706433",
            "12345::",
            "1.2.3.4\n",
            "\u202e4.3.2.1"
        };
        for (String address : badAddresses) {
            cases.add(post("address " + shown(address), "{\"ip\": " + quoted(address) + "}", 400));
        }
        cases.add(post("ip as number", "{\"ip\": 1234}", 400));
        cases.add(post("ip null", "{\"ip\": null}", 400));
        cases.add(post("ip as array", "{\"ip\": [\"1.2.3.4\"]}", 400));
        cases.add(post("ip as object", "{\"ip\": {\"v\": \"1.2.3.4\"}}", 400));
        cases.add(post("ip as boolean", "{\"ip\": true}", 400));
        cases.add(post("label as number", "{\"ip\": \"10.0.0.1\", \"label\": 5}", 400));
        cases.add(post("unknown field", "{\"ip\": \"10.0.0.1\", \"admin\": true}", 400));
        cases.add(post("array body", "[]", 400));
        cases.add(post("string body", "\"10.0.0.1\"", 400));
        cases.add(post("null body", "null", 400));
        cases.add(post("empty body", "", 400));
        cases.add(post("label too long", "{\"ip\": \"10.0.0.1\", \"label\": \"" + "x".repeat(201) + "\"}", 400));
        cases.add(post("label with bell", "{\"ip\": \"10.0.0.1\", \"label\": \"a\\u0007b\"}", 400));
        cases.add(post("label with newline", "{\"ip\": \"10.0.0.1\", \"label\": \"a\\nb\"}", 400));
        cases.add(post("lone surrogate label", "{\"ip\": \"10.0.0.1\", \"label\": \"\\ud800\"}", 400));
        cases.add(post("truncated JSON", "{\"ip\":", 400));
        cases.add(post("single quotes", "{'ip': '10.0.0.1'}", 400));
        cases.add(post("trailing garbage", "{\"ip\": \"10.0.0.1\"} x", 400));
        cases.add(post("second value", "{\"ip\": \"10.0.0.1\"}{\"ip\": \"10.0.0.2\"}", 400));
        cases.add(post("duplicate key", "{\"ip\": \"10.0.0.1\", \"ip\": \"10.0.0.2\"}", 400));
        cases.add(post("NaN", "{\"ip\": NaN}", 400));
        cases.add(post("comment", "{\"ip\": \"10.0.0.1\" /* hi */}", 400));
        cases.add(post("deeply nested arrays", "[".repeat(50_000) + "]".repeat(50_000), 413));
        cases.add(post("nested 2000 deep", "{\"ip\": " + "[".repeat(2000) + "]".repeat(2000) + "}", 400));
        cases.add(post("huge body", "{\"ip\": \"10.0.0.1\", \"label\": \"" + "x".repeat(100_000) + "\"}", 413));
        cases.add(raw(
                "bad UTF-8",
                "POST",
                "/ips",
                "application/json",
                new byte[] {'{', '"', 'i', 'p', '"', ':', '"', (byte) 0xc3, (byte) 0x28, '"', '}'},
                400));
        cases.add(raw(
                "overlong UTF-8 slash",
                "POST",
                "/ips",
                "application/json",
                new byte[] {'{', '"', 'i', 'p', '"', ':', '"', (byte) 0xc0, (byte) 0xaf, '"', '}'},
                400));
        cases.add(raw("text/plain", "POST", "/ips", "text/plain", bytes("{\"ip\": \"10.0.0.1\"}"), 415));
        cases.add(raw("XML", "POST", "/ips", "application/xml", bytes("<ip>10.0.0.1</ip>"), 415));
        cases.add(raw("form", "POST", "/ips", "application/x-www-form-urlencoded", bytes("ip=10.0.0.1"), 415));
        cases.add(raw("multipart", "POST", "/ips", "multipart/form-data; boundary=x", bytes("--x--"), 415));
        cases.add(
                raw("octet-stream", "POST", "/ips", "application/octet-stream", bytes("{\"ip\": \"10.0.0.1\"}"), 415));
        cases.add(raw("PUT as text", "PUT", "/ips/10.0.0.1", "text/plain", bytes("{}"), 415));
        cases.add(get("path not an address", "/ips/not-an-ip", 400));
        cases.add(get("path traversal", "/ips/..%2F..%2Fetc%2Fpasswd", 400));
        cases.add(get("NUL in path", "/ips/1.2.3.4%00", 400));
        cases.add(get("extra segment", "/ips/1.2.3.4/extra", 404));
        cases.add(get("dot segments", "/ips/../../etc/passwd", 404));
        cases.add(get("unknown route", "/admin", 404));
        cases.add(get("unknown route under /q", "/q/env", 404));
        cases.add(raw("DELETE a network", "DELETE", "/ips/10.0.0.0%2F8", null, null, 400));
        cases.add(raw(
                "PUT another address", "PUT", "/ips/1.2.3.4", "application/json", bytes("{\"ip\": \"1.2.3.5\"}"), 400));
        cases.add(raw(
                "PATCH the address", "PATCH", "/ips/1.2.3.4", "application/json", bytes("{\"ip\": \"1.2.3.5\"}"), 400));
        cases.add(raw("DELETE the collection", "DELETE", "/ips", null, null, 405));
        cases.add(raw("POST to /get_ips", "POST", "/get_ips", "application/json", bytes("{}"), 405));
        cases.add(raw("PATCH absent", "PATCH", "/ips/10.9.9.9", "application/json", bytes("{\"label\": \"x\"}"), 404));
        for (String limit : new String[] {"0", "-1", "1001", "abc", "99999999999", "1e3", "1.5", ""}) {
            if (!limit.isEmpty()) {
                cases.add(get("limit=" + limit, "/ips?limit=" + limit, 400));
            }
        }
        cases.add(get("get_ips limit=0", "/get_ips?limit=0", 400));
        cases.add(get("cursor garbage", "/ips?cursor=%21%21garbage", 400));
        cases.add(get("cursor negative", "/ips?cursor=" + base64("after:-5"), 400));
        cases.add(get("cursor SQL", "/ips?cursor=" + base64("after:1 OR 1=1"), 400));
        cases.add(get("cursor huge", "/get_ips?cursor=" + "A".repeat(500), 400));
        cases.add(get("version=5", "/ips?version=5", 400));
        cases.add(get("scope=everything", "/ips?scope=everything", 400));
        cases.add(get("in=/33", "/ips?in=10.0.0.0/33", 400));
        cases.add(get("in without prefix", "/ips?in=10.0.0.0", 400));
        cases.add(get("in host name", "/ips?in=example.com/8", 400));
        cases.add(get("q too long", "/ips?q=" + "x".repeat(300), 400));
        cases.add(withHeaders("no token", "POST", "/ips", Map.of(), false, 401));
        cases.add(withHeaders("empty bearer", "POST", "/ips", Map.of("Authorization", "Bearer "), false, 401));
        cases.add(withHeaders(
                "wrong token", "DELETE", "/ips/1.2.3.4", Map.of("Authorization", "Bearer nope"), false, 401));
        cases.add(withHeaders(
                "basic auth", "DELETE", "/ips/1.2.3.4", Map.of("Authorization", "Basic dXNlcjpwYXNz"), false, 401));
        cases.add(withHeaders(
                "long token",
                "DELETE",
                "/ips/1.2.3.4",
                Map.of("Authorization", "Bearer " + "a".repeat(8000)),
                false,
                401));
        cases.add(withHeaders(
                "SQL token", "DELETE", "/ips/1.2.3.4", Map.of("Authorization", "Bearer ' OR '1'='1"), false, 401));
        cases.add(withHeaders("stale If-Match", "DELETE", "/ips/1.2.3.4", Map.of("If-Match", "\"1-999\""), true, 412));
        cases.add(withHeaders("weak If-Match", "DELETE", "/ips/1.2.3.4", Map.of("If-Match", "W/\"1-1\""), true, 412));
        cases.add(withHeaders("Accept XML", "GET", "/ips", Map.of("Accept", "application/xml"), false, 406));
        return cases.stream();
    }

    @BeforeAll
    static void startFromTheSeed() throws Exception {
        CDI.current().select(SeededInventory.class).get().reset();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void answersAProblemAndChangesNothing(Hostile hostile) {
        String before = inventorySnapshot();

        Response response = send(hostile);

        assertEquals(
                hostile.expectedStatus(), response.statusCode(), () -> hostile.name() + ": " + response.asString());
        assertTrue(response.contentType().startsWith("application/problem+json"), response.contentType());
        assertEquals(hostile.expectedStatus(), response.jsonPath().getInt("status"));
        assertTrue(response.jsonPath().getString("detail").length() > 10, "a useful detail");
        assertEquals(before, inventorySnapshot(), "the inventory is unchanged");
    }

    @Test
    void corpusIsLargeEnough() {
        assertTrue(corpus().count() >= 60);
    }

    private static Response send(Hostile hostile) {
        RequestSpecification request = given().urlEncodingEnabled(false);
        if (hostile.withToken()) {
            request.header("Authorization", "Bearer " + Api.token());
        }
        hostile.headers().forEach(request::header);
        if (hostile.contentType() != null) {
            request.contentType(hostile.contentType());
        }
        if (hostile.body() != null) {
            // RestAssured encodes a form only from text, and everything else best from bytes
            if (hostile.contentType().contains("form-urlencoded")) {
                request.body(new String(hostile.body(), StandardCharsets.UTF_8));
            } else {
                request.body(hostile.body());
            }
        }
        return request.request(hostile.method(), hostile.path());
    }

    private static String inventorySnapshot() {
        return given().get("/ips?limit=1000").asString();
    }

    private static Hostile post(String name, String json, int status) {
        return raw(name, "POST", "/ips", "application/json", bytes(json), status);
    }

    private static Hostile get(String name, String path, int status) {
        return new Hostile(name, "GET", path, null, null, Map.of(), false, status);
    }

    private static Hostile raw(String name, String method, String path, String type, byte[] body, int status) {
        return new Hostile(name, method, path, type, body, Map.of(), true, status);
    }

    private static Hostile withHeaders(
            String name, String method, String path, Map<String, String> headers, boolean token, int status) {
        byte[] body = method.equals("POST") ? bytes("{\"ip\": \"10.0.0.1\"}") : null;
        return new Hostile(
                name,
                method,
                path,
                body == null ? null : "application/json",
                body,
                new LinkedHashMap<>(headers),
                token,
                status);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(text));
    }

    private static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        text.chars().forEach(c -> {
            if (c == '"' || c == '\\' || c < 0x20) {
                json.append(String.format("\\u%04x", c));
            } else {
                json.append((char) c);
            }
        });
        return json.append('"').toString();
    }

    private static String shown(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…(" + text.length() + ")" : text;
    }
}
