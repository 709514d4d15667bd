package dev.restsh.shell.openapi;

import io.swagger.v3.parser.converter.SwaggerConverter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.regex.Pattern;

/**
 * Swagger 2.0 documents, read through swagger-parser's converter into OpenAPI 3.0, so the rest of the shell sees
 * one kind of document. The converter (and the swagger 1.x classes under it) loads only when such a document is
 * met: nothing but {@link #convert} names it.
 */
final class SwaggerTwoConverter {
    /** {@code "swagger": "2.0"} in JSON or {@code swagger: '2.0'} in YAML, at the start of a line or after a brace. */
    private static final Pattern SWAGGER_TWO =
            Pattern.compile("(?m)(^|[{,])\\s*[\"']?swagger[\"']?\\s*:\\s*[\"']?2\\.0");

    private SwaggerTwoConverter() {}

    private static final Pattern OPENAPI_KEY = Pattern.compile("(?m)(^|[{,])\\s*[\"']?openapi[\"']?\\s*:");

    static boolean isSwaggerTwo(String text) {
        return SWAGGER_TWO.matcher(text).find() && !OPENAPI_KEY.matcher(text).find();
    }

    static SwaggerParseResult convert(String text, ParseOptions options) {
        return new SwaggerConverter().readContents(text, null, options);
    }
}
