package dev.restsh.shell.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.restsh.shell.ErrorText;
import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import java.io.IOException;

/**
 * The one place that creates Jackson objects. The streaming factory is cheap; the ObjectMapper costs a few
 * hundred milliseconds at start-up, so it is created only when a feature needs a tree.
 *
 * <p>One string may be as long as memory allows, not Jackson's default 20 million characters: a body with a long
 * base64 field, or a HAR with a 15 MB body encoded (restsh's own export writes those), is valid JSON, and restsh
 * renders it; {@code response.json()} and {@code import har} must read it too. Running out of memory is reported
 * in one line like any other command's.
 */
public final class Json {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE)
                    .build())
            .build();

    private Json() {}

    public static JsonFactory factory() {
        return FACTORY;
    }

    public static ObjectMapper mapper() {
        return MapperHolder.MAPPER;
    }

    public static JsonNode parse(byte[] bytes) {
        try {
            JsonNode node = mapper().readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw new RestshException(ExitStatus.USAGE, "the body is empty, not JSON");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new RestshException(ExitStatus.USAGE, "the body is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new RestshException(ExitStatus.ERROR, "cannot read the body: " + ErrorText.of(e), e);
        }
    }

    /** Parses a stream (a body, which may be large or still arriving) into a tree. */
    public static JsonNode parse(java.io.InputStream in) {
        try (in) {
            JsonNode node = mapper().readTree(in);
            if (node == null || node.isMissingNode()) {
                throw new RestshException(ExitStatus.USAGE, "the body is empty, not JSON");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new RestshException(ExitStatus.USAGE, "the body is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new RestshException(ExitStatus.ERROR, "cannot read the body: " + ErrorText.of(e), e);
        }
    }

    public static JsonNode parse(String text) {
        try {
            return mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw RestshException.usage("not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static final class MapperHolder {
        static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY).build();
    }
}
