package dev.restsh.shell.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.session.Session;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code {{$uuid}}}, {@code {{$timestamp}}}, {@code {{$isoTimestamp}}}, {@code {{$randomInt}}} as the .http tools mean them. */
class DynamicValuesTest {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @TempDir
    Path folder;

    private final DynamicValues fixed =
            new DynamicValues(Clock.fixed(Instant.parse("2026-03-01T12:34:56.789Z"), ZoneOffset.UTC), new Random(7));

    @Test
    void timestampsAreUnixSecondsAndIsoUtcWithMilliseconds() {
        assertThat(fixed.value("$timestamp", "")).isEqualTo("1772368496");
        assertThat(fixed.value("$isoTimestamp", "")).isEqualTo("2026-03-01T12:34:56.789Z");
    }

    @Test
    void randomIntsStayInTheirRanges() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            int plain = Integer.parseInt(fixed.value("$randomInt", ""));
            assertThat(plain).isBetween(0, 1000);
            String bounded = fixed.value("$randomInt", " 5 8");
            assertThat(bounded).isIn("5", "6", "7");
            seen.add(bounded);
        }
        assertThat(seen).containsExactlyInAnyOrder("5", "6", "7");
    }

    @Test
    void mistakesAreUsageErrors() {
        assertThatThrownBy(() -> fixed.value("$uuidd", ""))
                .isInstanceOf(RestshException.class)
                .hasMessageContaining("unknown dynamic value {{$uuidd}}")
                .hasMessageContaining("$uuid");
        assertThatThrownBy(() -> fixed.value("$randomInt", " 9 3"))
                .hasMessageContaining("{{$randomInt MIN MAX}} with MIN < MAX");
        assertThatThrownBy(() -> fixed.value("$uuid", " 3")).hasMessageContaining("takes no arguments");
    }

    @Test
    void expandedInUrlsItemsAndHeadersWithAFreshValueEachTime() {
        Session session = new Session(UrlResolver.base("http://localhost:8080/api"));
        session.env(Map.of());
        session.headers().set("X-Request-Id", "{{$uuid}}");
        long before = Instant.now().getEpochSecond();
        RequestSpec spec = new RequestBuilder(session)
                .build(
                        "POST",
                        "/items/{{$randomInt 10 20}}",
                        List.of("id={{$uuid}}", "at={{ $isoTimestamp }}", "t=={{$timestamp}}", "X-Two:{{$uuid}}"),
                        new BodySource(false, false, null, folder));
        long after = Instant.now().getEpochSecond();

        assertThat(spec.url().getPath()).matches("/api/items/1[0-9]");
        long timestamp = Long.parseLong(spec.url().getQuery().substring("t=".length()));
        assertThat(timestamp).isBetween(before, after);
        String requestId = spec.headers().first("x-request-id").orElseThrow();
        String two = spec.headers().first("x-two").orElseThrow();
        assertThat(requestId).matches(UUID);
        assertThat(two).matches(UUID).isNotEqualTo(requestId);
        String body = new String(spec.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body)
                .matches(
                        "\\{\"id\":\"" + UUID + "\",\"at\":\"20\\d\\d-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\"}");
    }

    @Test
    void aVariableWithArgumentsIsLeftAsTyped() {
        assertThat(Templates.expand("{{name more}}", Map.of("name", "x"))).isEqualTo("{{name more}}");
    }
}
