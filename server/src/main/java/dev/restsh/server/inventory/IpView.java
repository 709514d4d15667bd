package dev.restsh.server.inventory;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An address as the API shows it, with its calculated fields. */
@Schema(name = "Ip", description = "An address in the inventory, with fields calculated from it")
public record IpView(
        @Schema(description = "Canonical text (RFC 5952 for IPv6)", example = "2001:db8::1")
        String ip,

        @Schema(description = "Free text, up to 200 characters", example = "build server")
        String label,

        @Schema(description = "4 or 6", example = "6") int version,

        @Schema(
                description = "unspecified, loopback, private, shared, link-local, multicast, documentation, "
                        + "benchmarking, broadcast, reserved or global",
                example = "documentation")
        String scope,

        @Schema(
                description = "Reverse-DNS name, computed, not looked up",
                example = "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa")
        String ptr,

        @Schema(description = "When it was added (UTC)", example = "2026-11-23T20:00:00Z")
        OffsetDateTime createdAt,

        @Schema(description = "When it last changed (UTC)", example = "2026-11-23T20:00:00Z")
        OffsetDateTime updatedAt) {}
