package dev.restsh.shell.request;

import dev.restsh.shell.RestshException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** curl's {@code -F}: {@code name=value}, {@code name=@file}, {@code name=<file}, with {@code ;type=} and {@code ;filename=}. */
final class CurlFormPart {
    /** Where the parameters start; a ';' not followed by one of them is part of the value. */
    private static final Pattern PARAMETERS = Pattern.compile(";(type|filename)=");

    private CurlFormPart() {}

    static MultipartPart parse(String spec, FileReferences files) {
        int equals = spec.indexOf('=');
        if (equals <= 0) {
            throw RestshException.usage("curl: -F takes name=value or name=@file, not '" + spec + "'");
        }
        String name = spec.substring(0, equals);
        String value = spec.substring(equals + 1);
        String type = null;
        String filename = null;
        Matcher parameters = PARAMETERS.matcher(value);
        if (parameters.find()) {
            for (String parameter : value.substring(parameters.start() + 1).split(";")) {
                if (parameter.startsWith("type=")) {
                    type = parameter.substring(5);
                } else if (parameter.startsWith("filename=")) {
                    filename = parameter.substring(9);
                } else {
                    throw RestshException.usage("curl: -F '" + spec + "': restsh reads only ;type= and ;filename=");
                }
            }
            value = value.substring(0, parameters.start());
        }
        if (value.startsWith("@")) {
            String path = value.substring(1);
            byte[] content = files.read(path);
            return new MultipartPart(
                    name,
                    content,
                    filename != null
                            ? filename
                            : String.valueOf(files.resolve(path).getFileName()),
                    type != null ? type : FileReferences.contentType(path, content));
        }
        byte[] content =
                value.startsWith("<") ? files.read(value.substring(1)) : value.getBytes(StandardCharsets.UTF_8);
        return new MultipartPart(name, content, filename, type);
    }
}
