package dev.restsh.shell.inspect;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

/** {@code response.content} and bytes literals: indexed to ints, sliced to bytes, {@code decode()}d to str. */
record BytesValue(byte[] bytes) implements Inspectable {
    @Override
    public String typeName() {
        return "bytes";
    }

    @Override
    public List<String> attributes() {
        return List.of("decode");
    }

    @Override
    public Object attribute(String name) {
        if (name.equals("decode")) {
            return new BoundMethod(
                    typeName(),
                    name,
                    0,
                    2,
                    true,
                    (args, keywords) -> decode(
                            args.isEmpty() ? keywords.getOrDefault("encoding", "utf-8") : args.get(0),
                            args.size() > 1 ? args.get(1) : keywords.getOrDefault("errors", "strict")));
        }
        throw noAttribute(name);
    }

    private String decode(Object encoding, Object errors) {
        Charset charset;
        try {
            charset = Charset.forName(Strings.text(encoding, "decode"));
        } catch (IllegalArgumentException e) {
            throw new ExpressionException("LookupError: unknown encoding: " + Values.plain(encoding), -1);
        }
        CodingErrorAction action = "strict".equals(Values.plain(errors))
                ? CodingErrorAction.REPORT
                : "ignore".equals(Values.plain(errors)) ? CodingErrorAction.IGNORE : CodingErrorAction.REPLACE;
        try {
            return charset.newDecoder()
                    .onMalformedInput(action)
                    .onUnmappableCharacter(action)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ExpressionException(
                    "UnicodeDecodeError: '" + charset.name().toLowerCase() + "' codec can't decode the bytes", -1);
        }
    }

    @Override
    public String repr() {
        return PythonRepr.bytes(bytes, bytes.length);
    }

    @Override
    public int len() {
        return bytes.length;
    }

    @Override
    public Object getItem(Object key) {
        if (Values.plain(key) instanceof Slice slice) {
            int[] indices = slice.indices(bytes.length);
            byte[] out = new byte[indices.length];
            for (int i = 0; i < indices.length; i++) {
                out[i] = bytes[indices[i]];
            }
            return out;
        }
        return BigInteger.valueOf(bytes[Slice.index(key, bytes.length, "index")] & 0xff);
    }

    @Override
    public boolean contains(Object item) {
        Object plain = Values.plain(item);
        if (plain instanceof byte[] part) {
            return new String(bytes, StandardCharsets.ISO_8859_1)
                    .contains(new String(part, StandardCharsets.ISO_8859_1));
        }
        if (Numbers.isInteger(plain)) {
            int value = Numbers.integer(plain).intValue();
            return IntStream.range(0, bytes.length).anyMatch(i -> (bytes[i] & 0xff) == value);
        }
        throw new ExpressionException(
                "TypeError: a bytes-like object is required, not '" + Values.typeName(item) + "'", -1);
    }

    @Override
    public Iterator<Object> iterator() {
        return IntStream.range(0, bytes.length)
                .mapToObj(i -> (Object) BigInteger.valueOf(bytes[i] & 0xff))
                .iterator();
    }

    @Override
    public boolean truthy() {
        return bytes.length > 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BytesValue that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return repr();
    }
}
