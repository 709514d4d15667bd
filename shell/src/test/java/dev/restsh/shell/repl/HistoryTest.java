package dev.restsh.shell.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.history.DefaultHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history file never holds secrets; recall of earlier lines never touches != or quoted text. */
class HistoryTest {
    @TempDir
    Path directory;

    private PersistentHistory attached(Path file) {
        PersistentHistory history = new PersistentHistory(file, 100);
        LineReader reader = LineReaderBuilder.builder().history(history).build();
        history.attach(reader);
        return history;
    }

    @Test
    void secretsStayInMemoryButNeverReachTheFile() throws Exception {
        Path file = directory.resolve("state/restsh/history");
        PersistentHistory history = attached(file);
        String[] lines = {
            "get /get_ips",
            "get /me Authorization:'Bearer abc.def'",
            "get /me authorization:xyz",
            "auth alice:secret",
            "auth oauth2 client-credentials --issuer http://id --client-id c --client-secret topsecret",
            "post /login password=hunter2",
            "get /x X-API-Key:k123",
            "get /me --auth alice:pw",
            "let t = 'Bearer abc'",
            "response.status_code != 200",
            "post /ips data:='{\n  \"ip\": \"1.2.3.4\"\n}'"
        };
        for (String line : lines) {
            history.add(Instant.now(), line);
        }
        assertThat(history.size()).isEqualTo(lines.length);
        assertThat(Files.readString(file))
                .isEqualTo("get /get_ips\nresponse.status_code != 200\n"
                        + "post /ips data:='{\\n  \"ip\": \"1.2.3.4\"\\n}'\n")
                .doesNotContain("abc", "xyz", "secret", "hunter2", "k123", "alice", "topsecret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        PersistentHistory next = attached(file);
        assertThat(next.size()).isEqualTo(3);
        assertThat(next.get(2)).isEqualTo("post /ips data:='{\n  \"ip\": \"1.2.3.4\"\n}'");
    }

    @Test
    void theFileIsTrimmedToTheConfiguredSize() throws Exception {
        Path file = directory.resolve("history");
        Files.writeString(file, "a\nb\nc\nd\n");
        PersistentHistory history = new PersistentHistory(file, 2);
        history.attach(LineReaderBuilder.builder().history(history).build());
        assertThat(history.size()).isEqualTo(2);
        assertThat(Files.readString(file)).isEqualTo("c\nd\n");
    }

    @Test
    void recallExpandsOnlyWholeDesignatorWords() {
        DefaultHistory history = new DefaultHistory();
        history.add(Instant.now(), "get /get_ips");
        history.add(Instant.now(), "base http://localhost:9000");
        history.add(Instant.now(), "response.status_code");
        HistoryRecall recall = new HistoryRecall();
        assertThat(recall.expandHistory(history, "!!")).isEqualTo("response.status_code");
        assertThat(recall.expandHistory(history, "!-3")).isEqualTo("get /get_ips");
        assertThat(recall.expandHistory(history, "!2")).isEqualTo("base http://localhost:9000");
        assertThat(recall.expandHistory(history, "!get")).isEqualTo("get /get_ips");
        assertThat(recall.expandHistory(history, "print !! ")).isEqualTo("print response.status_code ");
        for (String untouched : new String[] {
            "response.status_code != 200",
            "_1.status_code !=200",
            "post /x msg='hi !!'",
            "post /x msg=\"!! and !1\"",
            "post /x msg=wow!!",
            "print !=",
        }) {
            assertThat(recall.expandHistory(history, untouched)).isEqualTo(untouched);
        }
    }

    @Test
    void secretFilterKnowsCredentialsFromOrdinaryLines() {
        assertThat(SecretFilter.containsSecret("get /me Authorization:'Bearer x'"))
                .isTrue();
        assertThat(SecretFilter.containsSecret("header Proxy-Authorization Basic eDp5"))
                .isTrue();
        assertThat(SecretFilter.containsSecret("auth bob")).isTrue();
        assertThat(SecretFilter.containsSecret("get /x --cert c.pem --cert-key-pass hunter2"))
                .isTrue();
        assertThat(SecretFilter.containsSecret("get /x --proxy http://ann:s3cret@proxy:3128"))
                .isTrue();
        assertThat(SecretFilter.containsSecret("get /x --cert c.pem --proxy http://proxy:3128"))
                .isFalse();
        assertThat(SecretFilter.containsSecret("get /authors")).isFalse();
        assertThat(SecretFilter.containsSecret("get /get_ips limit==5")).isFalse();
        assertThat(SecretFilter.containsSecret("response.json()['token_type']")).isFalse();
        for (String secret : new String[] {
            "curl -u alice:hunter2 http://h/x",
            "curl -ualice:hunter2 http://h/x",
            "curl --user alice:hunter2 http://h/x",
            "get /echo X-Auth-Token:tok123",
            "get /echo Cookie:sid=abc",
            "get /echo 'Cookie: sid=abc'",
            "get /search access_token==abc",
            "post /oauth client_secret=s3cret",
            "post /login password:=hunter2",
            "get http://bob:pw@host/",
            "get /x X-API-Key:abc",
        }) {
            assertThat(SecretFilter.containsSecret(secret)).as(secret).isTrue();
        }
        for (String ordinary : new String[] {
            "get /tokens", "get http://host/users/1", "post /x name=bob", "curl -X GET http://h/x", "history",
        }) {
            assertThat(SecretFilter.containsSecret(ordinary)).as(ordinary).isFalse();
        }
    }
}
