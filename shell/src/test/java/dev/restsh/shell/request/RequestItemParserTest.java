package dev.restsh.shell.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.request.RequestItem.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The separators of HTTPie's grammar: first position wins, the longest at a position, backslash escapes. */
class RequestItemParserTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "X-Trace:on|HEADER|X-Trace|on",
                "Accept:|HEADER|Accept|''",
                "X-Empty;|EMPTY_HEADER|X-Empty|''",
                "q==a=b|QUERY|q|a=b",
                "name=ann:admin|DATA|name|ann:admin",
                "n:=1|JSON|n|1",
                "note=@note.txt|DATA_FILE|note|note.txt",
                "tags:=@tags.json|JSON_FILE|tags|tags.json",
                "photo@pic.png|UPLOAD|photo|pic.png",
                "email=a@b.c|DATA|email|a@b.c",
                "Referer:http://x/?a=b|HEADER|Referer|http://x/?a=b",
                "a\\:b=c|DATA|a:b|c",
                "a\\=b==c|QUERY|a=b|c",
                "@body.json|BODY_FILE|''|body.json"
            })
    void separators(String text, Kind kind, String key, String value) {
        assertThat(RequestItemParser.parse(text)).isEqualTo(new RequestItem(kind, key, value));
    }

    @Test
    void itemsWithoutSeparatorOrNameAreUsageErrors() {
        assertThatThrownBy(() -> RequestItemParser.parse("plain"))
                .isInstanceOf(RestshException.class)
                .hasMessageContaining("is not a request item");
        assertThatThrownBy(() -> RequestItemParser.parse("=x")).hasMessageContaining("no name");
    }
}
