package dev.restsh.server.conditional;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

    /** 200 with the JSON bytes, or 304 when {@code If-None-Match} already names them; either way with the ETag. */
    public static Response.ResponseBuilder okOrNotModified(byte[] json, String ifNoneMatch) {
        return okOrNotModified(json, of(json), ifNoneMatch);
    }

    /** The same with the tag already computed. */
    public static Response.ResponseBuilder okOrNotModified(byte[] json, String etag, String ifNoneMatch) {
        Response.ResponseBuilder response = matches(ifNoneMatch, etag)
                ? Response.notModified()
                : Response.ok(json, MediaType.APPLICATION_JSON_TYPE);
        return response.header(HttpHeaders.ETAG, etag);
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
