package dev.restsh.server.inventory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /ips}, {@code PUT /ips/{ip}} and {@code PATCH /ips/{ip}}. */
@Schema(name = "IpInput", description = "An address and its label; unknown fields are rejected")
public record IpInput(
        @Schema(
                description = "IPv4 or IPv6 address in any valid spelling; stored canonically",
                example = "2001:DB8::0001")
        String ip,

        @Schema(description = "Free text without control characters, up to 200 characters", example = "build server")
        String label) {}
