package dev.restsh.shell.repl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request headers people type most, with their usual values, for completion. */
final class HeaderCatalog {
    static final Map<String, List<String>> COMMON = new LinkedHashMap<>();

    static {
        COMMON.put("Accept", List.of("application/json", "application/xml", "text/html", "text/plain", "*/*"));
        COMMON.put("Accept-Encoding", List.of("gzip", "deflate", "br", "identity"));
        COMMON.put("Accept-Language", List.of("en", "en-US", "fr", "de"));
        COMMON.put("Authorization", List.of());
        COMMON.put("Cache-Control", List.of("no-cache", "no-store", "max-age=0"));
        COMMON.put("Connection", List.of("close", "keep-alive"));
        COMMON.put(
                "Content-Type",
                List.of(
                        "application/json",
                        "application/x-www-form-urlencoded",
                        "multipart/form-data",
                        "text/plain",
                        "application/xml"));
        COMMON.put("Cookie", List.of());
        COMMON.put("If-Match", List.of());
        COMMON.put("If-Modified-Since", List.of());
        COMMON.put("If-None-Match", List.of());
        COMMON.put("Origin", List.of());
        COMMON.put("Prefer", List.of("return=minimal", "return=representation"));
        COMMON.put("Referer", List.of());
        COMMON.put("User-Agent", List.of());
        COMMON.put("X-Request-ID", List.of());
        COMMON.put("X-Requested-With", List.of("XMLHttpRequest"));
    }

    private HeaderCatalog() {}

    static List<String> values(String header) {
        for (Map.Entry<String, List<String>> entry : COMMON.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(header)) {
                return entry.getValue();
            }
        }
        return List.of();
    }
}
