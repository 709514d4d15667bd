package dev.restsh.server.ip;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Strong entity tags computed from the representation's bytes, and {@code If-None-Match}/{@code If-Match} tests. */
public final class EntityTags {
    private EntityTags() {}

    /** A quoted tag: the first 128 bits of the SHA-256 of the body. */
    public static String of(byte[] representation) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(representation);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** True when a conditional header ({@code If-None-Match} or {@code If-Match}) names this tag or is {@code *}. */
    public static boolean matches(String conditionHeader, String etag) {
        if (conditionHeader == null) {
            return false;
        }
        for (String candidate : conditionHeader.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** If-Match uses the strong comparison: weak tags never match. */
    public static boolean matchesStrongly(String ifMatch, String etag) {
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
