package dev.restsh.shell.hostile;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.inspect.Parser;
import dev.restsh.shell.request.CurlParser;
import dev.restsh.shell.request.RequestItemParser;
import dev.restsh.shell.script.ScriptReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * The shell's own parsers fed arbitrary text (bounded tries: a few seconds in all): a user's mistake is a
 * {@link RestshException} (an expression's included) with a message, never another exception or a crash.
 */
class ParserFuzzTest {
    @Property(tries = 3000)
    void requestItems(@ForAll @StringLength(max = 40) String item) {
        try {
            RequestItemParser.parse(item);
        } catch (RestshException expected) {
            // a bad item is a usage error
        }
    }

    @Property(tries = 2000)
    void curlCommands(@ForAll @Size(max = 8) List<@StringLength(max = 12) String> words) {
        try {
            new CurlParser(Map.of(), Path.of(".")).parse(words);
        } catch (RestshException expected) {
            // a bad curl command is a usage error
        }
    }

    @Property(tries = 2000)
    void scripts(@ForAll @StringLength(max = 120) String text) {
        try {
            ScriptReader.read("fuzz.restsh", text);
        } catch (RestshException expected) {
            // a malformed script is reported with its line
        }
    }

    @Property(tries = 3000)
    void expressions(@ForAll @StringLength(max = 40) String source) {
        try {
            Parser.parse(source);
        } catch (RestshException expected) {
            // a malformed expression is reported with its position
        }
    }
}
