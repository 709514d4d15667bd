package dev.restsh.shell.command;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.openapi.Operation;
import dev.restsh.shell.openapi.OperationDetail;
import dev.restsh.shell.openapi.SchemaShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One operation as {@code endpoints PATH} shows it: the method, path and summary, then its parameters, its
 * request body's fields (required first; an object's fields indented under it, two levels deep, {@code allOf}
 * merged, each {@code oneOf} alternative's fields marked with its name) and its responses, one line each,
 * in columns.
 */
final class OperationDescription {
    /** How many levels of nested object fields are shown: the first two say what a body is; deeper is noise. */
    private static final int FIELD_LEVELS = 2;

    /** Enum values listed in full up to this many; more are cut with "…". */
    private static final int ENUM_SHOWN = 6;

    /** Descriptions are cut to this many characters: one line per row, the document has the rest. */
    private static final int TEXT_WIDTH = 60;

    private OperationDescription() {}

    static List<String> lines(Operation operation) {
        List<String> lines = new ArrayList<>();
        lines.add(operation.method() + " " + operation.path().text()
                + (operation.summary().isEmpty() ? "" : "  " + operation.summary()));
        OperationDetail detail = operation.detail();
        if (!operation.parameters().isEmpty()) {
            lines.add("  Parameters:");
            List<String[]> rows = new ArrayList<>();
            for (Operation.Parameter parameter : operation.parameters()) {
                JsonNode schema = detail.parameterSchema(parameter.in(), parameter.name());
                rows.add(new String[] {
                    parameter.name(),
                    parameter.in(),
                    type(schema, parameter.type()) + (parameter.required() ? " required" : ""),
                    cut(parameter.description())
                });
            }
            lines.addAll(columns("    ", rows));
        }
        if (detail.hasBody()) {
            lines.add("  Body (" + detail.bodyMediaType() + (detail.bodyRequired() ? ", required" : "") + "):");
            List<String[]> rows = new ArrayList<>();
            if (detail.bodySchema() != null) {
                fields(detail.bodySchema(), "", 0, rows);
                if (rows.isEmpty()) {
                    rows.add(new String[] {SchemaShape.typeName(detail.bodySchema()), "", ""});
                }
            }
            lines.addAll(columns("    ", rows));
        }
        if (!operation.responses().isEmpty()) {
            lines.add("  Responses:");
            List<String[]> rows = new ArrayList<>();
            for (Map.Entry<String, Map<String, JsonNode>> response :
                    operation.responses().entrySet()) {
                String description = detail.responseDescriptions().getOrDefault(response.getKey(), "");
                rows.add(new String[] {response.getKey(), cut(description), bodies(response.getValue())});
            }
            lines.addAll(columns("    ", rows));
        }
        return lines;
    }

    private static void fields(JsonNode schema, String indent, int level, List<String[]> rows) {
        if ("array".equals(SchemaShape.type(schema)) && schema.get("items") != null) {
            schema = schema.get("items");
        }
        for (SchemaShape.Field field : SchemaShape.fields(schema)) {
            String marks = (field.required() ? " required" : "")
                    + (field.alternative() == null ? "" : " (" + field.alternative() + ")");
            rows.add(
                    new String[] {indent + field.name(), type(field.schema(), null) + marks, cut(field.description())});
            if (level + 1 < FIELD_LEVELS) {
                fields(field.schema(), indent + "  ", level + 1, rows);
            }
        }
    }

    private static String cut(String text) {
        return text.length() <= TEXT_WIDTH
                ? text
                : text.substring(0, TEXT_WIDTH - 1).stripTrailing() + "…";
    }

    /** The type in words and, when the values are fixed, which: {@code string: gbp|eur|…}. */
    private static String type(JsonNode schema, String fallback) {
        if (schema == null) {
            return fallback == null ? "" : fallback;
        }
        String name = SchemaShape.typeName(schema);
        List<String> values = SchemaShape.enumValues(schema);
        if (values.isEmpty()) {
            return name;
        }
        List<String> shown = values.size() > ENUM_SHOWN ? values.subList(0, ENUM_SHOWN) : values;
        return name + ": " + String.join("|", shown) + (values.size() > ENUM_SHOWN ? "|…" : "");
    }

    /** A response's bodies: {@code application/json IpView}, the schema's title or type. */
    private static String bodies(Map<String, JsonNode> contents) {
        List<String> parts = new ArrayList<>();
        contents.forEach((type, schema) -> {
            JsonNode title = schema.get("title");
            parts.add(type + " " + (title != null ? title.asText() : SchemaShape.typeName(schema)));
        });
        return String.join(", ", parts);
    }

    /** Rows as left-aligned columns, the last one as it is (no trailing spaces). */
    private static List<String> columns(String indent, List<String[]> rows) {
        int count = rows.stream().mapToInt(row -> row.length).max().orElse(0);
        int[] widths = new int[count];
        for (String[] row : rows) {
            for (int i = 0; i < row.length - 1; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < row.length; i++) {
                line.append(i < row.length - 1 ? String.format("%-" + Math.max(widths[i], 1) + "s  ", row[i]) : row[i]);
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
