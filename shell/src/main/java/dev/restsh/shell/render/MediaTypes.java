package dev.restsh.shell.render;

import java.util.Locale;

/** Classifies bodies by Content-Type (and, when that says nothing, by their bytes). */
public final class MediaTypes {
    private MediaTypes() {}

    public static String essence(String contentType) {
        String type = contentType == null ? "" : contentType;
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    public static boolean isJson(String contentType) {
        String type = essence(contentType);
        return type.equals("application/json") || type.endsWith("+json") || type.equals("text/json");
    }

    public static boolean isMarkup(String contentType) {
        String type = essence(contentType);
        return type.equals("application/xml")
                || type.equals("text/xml")
                || type.endsWith("+xml")
                || type.equals("text/html")
                || type.equals("application/xhtml+xml");
    }

    public static boolean isTextual(String contentType) {
        String type = essence(contentType);
        return type.startsWith("text/")
                || isJson(contentType)
                || type.endsWith("+xml")
                || type.equals("application/xml")
                || type.equals("application/javascript")
                || type.equals("application/x-www-form-urlencoded")
                || type.equals("application/x-ndjson")
                || type.equals("application/jsonl")
                || type.equals("application/yaml");
    }

    /** True for bodies that must not be written to a terminal as they are. */
    public static boolean isBinary(String contentType, byte[] body) {
        if (isTextual(contentType)) {
            return false;
        }
        String type = essence(contentType);
        if (type.startsWith("image/")
                || type.startsWith("audio/")
                || type.startsWith("video/")
                || type.equals("application/octet-stream")
                || type.equals("application/pdf")
                || type.equals("application/zip")
                || type.equals("application/gzip")) {
            return true;
        }
        int sample = Math.min(body.length, 8192);
        for (int i = 0; i < sample; i++) {
            byte b = body[i];
            if (b == 0 || (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x1b && b != '\f')) {
                return true;
            }
        }
        return false;
    }
}
