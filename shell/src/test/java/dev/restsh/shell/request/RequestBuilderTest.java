package dev.restsh.shell.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.session.Auth;
import dev.restsh.shell.session.Session;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPie's request items turned into requests: headers, query, JSON (nested), forms, files, variables, auth. */
class RequestBuilderTest {
    @TempDir
    Path folder;

    private Session session;

    @BeforeEach
    void setUp() {
        session = new Session(UrlResolver.base("http://localhost:8080/api"));
        session.env(Map.of(
                "HOME",
                folder.toString(),
                "XDG_DATA_HOME",
                folder.resolve("data").toString()));
    }

    private RequestSpec build(String method, String url, String... items) {
        return new RequestBuilder(session)
                .build(method, url, List.of(items), new BodySource(false, false, null, folder));
    }

    private RequestSpec form(boolean multipart, String... items) {
        return new RequestBuilder(session)
                .build("POST", "/f", List.of(items), new BodySource(true, multipart, null, folder));
    }

    private static String body(RequestSpec spec) {
        return new String(spec.body(), StandardCharsets.UTF_8);
    }

    @Test
    void jsonFieldsStringsRawJsonAndNesting() {
        RequestSpec spec = build(
                "POST",
                "/ips",
                "ip=10.0.0.1",
                "port:=8080",
                "tags:=[\"a\"]",
                "owner[name]=ann",
                "owner[roles][0]=admin",
                "owner[roles][]=dev",
                "flags[1]:=true");
        assertThat(body(spec))
                .isEqualTo("{\"ip\":\"10.0.0.1\",\"port\":8080,\"tags\":[\"a\"],"
                        + "\"owner\":{\"name\":\"ann\",\"roles\":[\"admin\",\"dev\"]},\"flags\":[null,true]}");
        assertThat(spec.headers().first("content-type")).contains("application/json");
        assertThat(spec.url()).hasToString("http://localhost:8080/api/ips");
    }

    @Test
    void topLevelArraysAndEscapedBrackets() {
        assertThat(body(build("POST", "/x", "[]:=1", "[]:=2"))).isEqualTo("[1,2]");
        assertThat(body(build("POST", "/x", "a\\[b]=c"))).isEqualTo("{\"a[b]\":\"c\"}");
    }

    @Test
    void conflictingNestedPathsAreAClearError() {
        assertThatThrownBy(() -> build("POST", "/x", "a=1", "a[b]=2"))
                .isInstanceOf(RestshException.class)
                .hasMessageContaining("cannot set 'a[b]'");
    }

    @Test
    void headersQueriesAndRemovals() {
        RequestSpec spec = build("GET", "/ips", "X-Trace:on", "q==a b", "limit==10", "Accept:", "X-Empty;");
        assertThat(spec.url()).hasToString("http://localhost:8080/api/ips?q=a%20b&limit=10");
        assertThat(spec.headers().first("x-trace")).contains("on");
        assertThat(spec.headers().contains("accept")).isFalse();
        assertThat(spec.headers().first("x-empty")).contains("");
        assertThat(spec.body()).isEmpty();
    }

    @Test
    void fileFieldsAndWholeBodyFiles() throws Exception {
        Files.writeString(folder.resolve("note.txt"), "hello");
        Files.writeString(folder.resolve("tags.json"), "[\"x\", \"y\"]");
        Files.writeString(folder.resolve("body.json"), "{\"ip\": \"1.1.1.1\"}");
        assertThat(body(build("POST", "/x", "note=@note.txt", "tags:=@tags.json")))
                .isEqualTo("{\"note\":\"hello\",\"tags\":[\"x\",\"y\"]}");
        RequestSpec whole = build("POST", "/x", "@body.json");
        assertThat(body(whole)).isEqualTo("{\"ip\": \"1.1.1.1\"}");
        assertThat(whole.headers().first("content-type")).contains("application/json");
        assertThatThrownBy(() -> build("POST", "/x", "@missing.json"))
                .hasMessageContaining("no such file")
                .hasMessageContaining("missing.json");
    }

    @Test
    void urlencodedAndMultipartForms() throws Exception {
        RequestSpec urlencoded = form(false, "name=a b", "x=1&2");
        assertThat(body(urlencoded)).isEqualTo("name=a+b&x=1%262");
        assertThat(urlencoded.headers().first("content-type"))
                .contains("application/x-www-form-urlencoded; charset=utf-8");
        Files.write(folder.resolve("pic.png"), new byte[] {1, 2, 3});
        RequestSpec multipart = form(false, "name=ann", "photo@pic.png");
        String type = multipart.headers().first("content-type").orElseThrow();
        assertThat(type).startsWith("multipart/form-data; boundary=");
        String boundary = type.substring(type.indexOf('=') + 1);
        assertThat(body(multipart))
                .startsWith("--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nann\r\n")
                .contains(
                        "name=\"photo\"; filename=\"pic.png\"\r\nContent-Type: image/png\r\n\r\n\u0001\u0002\u0003\r\n")
                .endsWith("--" + boundary + "--\r\n");
        assertThat(body(form(true, "a=1"))).contains("name=\"a\"\r\n\r\n1\r\n");
    }

    @Test
    void uploadsWithoutFormAndJsonInFormsAreUsageErrors() {
        assertThatThrownBy(() -> build("POST", "/x", "photo@pic.png")).hasMessageContaining("--form");
        assertThatThrownBy(() -> form(false, "n:=1")).hasMessageContaining("JSON field");
    }

    @Test
    void stdinIsTheBodyWhenGiven() {
        byte[] piped = "{\"from\": \"stdin\"}".getBytes(StandardCharsets.UTF_8);
        RequestSpec spec = new RequestBuilder(session)
                .build("POST", "/x", List.of("X-A:1"), new BodySource(false, false, piped, folder));
        assertThat(body(spec)).isEqualTo("{\"from\": \"stdin\"}");
        assertThat(spec.headers().first("content-type")).contains("application/json");
    }

    @Test
    void variablesAreExpandedInUrlsItemsAndSessionHeaders() {
        session.variables().put("ip", "10.0.0.1");
        session.variables().put("token", "t0k");
        session.headers().set("X-Token", "{{token}}");
        RequestSpec spec = build("PUT", "/ips/{{ip}}", "label={{ip}} box", "q=={{ip}}");
        assertThat(spec.url()).hasToString("http://localhost:8080/api/ips/10.0.0.1?q=10.0.0.1");
        assertThat(body(spec)).isEqualTo("{\"label\":\"10.0.0.1 box\"}");
        assertThat(spec.headers().first("x-token")).contains("t0k");
    }

    @Test
    void anUnknownVariableIsAnErrorWithASuggestion() {
        session.variables().put("ip", "1");
        assertThatThrownBy(() -> build("GET", "/ips/{{ipp}}"))
                .isInstanceOf(RestshException.class)
                .hasMessageContaining("unknown variable {{ipp}}")
                .hasMessageContaining("ip");
    }

    @Test
    void sessionAuthIsSentUnlessTheRequestSaysOtherwise() {
        session.auth(Auth.basic("ann", "pw"));
        assertThat(build("GET", "/x").headers().first("authorization")).contains("Basic YW5uOnB3");
        assertThat(build("GET", "/x", "Authorization:Bearer other").headers().first("authorization"))
                .contains("Bearer other");
        assertThat(build("GET", "/x", "Authorization:").headers().contains("authorization"))
                .isFalse();
    }

    @Test
    void theLocalServersTokenGoesOnWritesToTheBaseUrlsPortOnThisMachineOnlyAndOnlyWithoutOtherAuth() throws Exception {
        Path tokenFile = folder.resolve("data/restsh/api-token");
        Files.createDirectories(tokenFile.getParent());
        Files.writeString(tokenFile, "tok3n\n");
        Path serverFile = tokenFile.resolveSibling("api-server");
        // No record of the server beside the token: nothing proves the server on that port owns it.
        assertThat(build("POST", "/ips").headers().contains("authorization")).isFalse();
        // Recorded by a process that is gone (a server that was killed): still not sent.
        Files.writeString(serverFile, "port=8080\npid=" + deadPid() + "\n");
        assertThat(build("POST", "/ips").headers().contains("authorization")).isFalse();
        // Another port recorded: the base URL's server is someone else's.
        Files.writeString(
                serverFile, "port=8081\npid=" + ProcessHandle.current().pid() + "\n");
        assertThat(build("POST", "/ips").headers().contains("authorization")).isFalse();
        Files.writeString(
                serverFile, "port=8080\npid=" + ProcessHandle.current().pid() + "\n");
        assertThat(build("POST", "/ips").headers().first("authorization")).contains("Bearer tok3n");
        assertThat(build("POST", "http://127.0.0.1:8080/ips").headers().first("authorization"))
                .contains("Bearer tok3n");
        assertThat(build("POST", "http://example.com/ips").headers().contains("authorization"))
                .isFalse();
        // Reads are open on that server: they never carry it.
        assertThat(build("GET", "/ips").headers().contains("authorization")).isFalse();
        assertThat(build("DELETE", "/ips/10.0.0.1").headers().first("authorization"))
                .contains("Bearer tok3n");
        // Another service on this machine never sees it.
        assertThat(build("POST", "http://localhost:9200/ips").headers().contains("authorization"))
                .isFalse();
        assertThat(build("POST", "https://localhost:8080/ips").headers().contains("authorization"))
                .isFalse();
        session.base(UrlResolver.base("http://example.com:8080"));
        assertThat(build("POST", "http://localhost:8080/ips").headers().contains("authorization"))
                .isFalse();
        session.base(UrlResolver.base("http://localhost:8080/api"));
        session.auth(Auth.bearer("mine"));
        assertThat(build("POST", "/ips").headers().first("authorization")).contains("Bearer mine");
    }

    @Test
    void theDataDirectoryVariableWinsAndTheEnvironmentTokenFirst() throws Exception {
        Path dataDir = folder.resolve("custom");
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("api-token"), "fromfile");
        Files.writeString(
                dataDir.resolve("api-server"),
                "port=8080\npid=" + ProcessHandle.current().pid() + "\n");
        session.env(Map.of("RESTSH_DATA_DIR", dataDir.toString()));
        assertThat(build("POST", "/ips").headers().first("authorization")).contains("Bearer fromfile");
        session.env(Map.of("RESTSH_DATA_DIR", dataDir.toString(), "RESTSH_API_TOKEN", "fromenv"));
        assertThat(build("POST", "/ips").headers().first("authorization")).contains("Bearer fromenv");
    }

    /** The id of a process that has ended. */
    private static long deadPid() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }
}
