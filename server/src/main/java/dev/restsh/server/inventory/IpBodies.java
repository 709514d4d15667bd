package dev.restsh.server.inventory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The request bodies of the inventory's writes as the OpenAPI document describes them, one schema per operation,
 * claiming what {@link IpInputReader} and the resources enforce and no more: POST needs {@code ip} (null counts as
 * missing), PUT and PATCH take the address from the path, every label may be null, unknown fields are rejected.
 * Only the document reads these types; requests are read as {@link IpInput}.
 */
final class IpBodies {
    private static final String ADDRESS = "IPv4 or IPv6 address in any valid spelling";
    private static final String SAME_ADDRESS =
            ADDRESS + "; optional, since the path names the address, and if given it must be that address";
    private static final String LABEL =
            "Free text without control characters, up to " + IpInputReader.LABEL_LIMIT + " characters";
    private static final String LABEL_OR_EMPTY = LABEL + "; without one (or with null) the label is empty";

    private IpBodies() {}

    @Schema(
            name = "IpCreate",
            description = "The body of POST /ips: an address and its label; unknown fields are rejected",
            requiredProperties = "ip",
            additionalProperties = Schema.False.class)
    record Create(
            @Schema(description = ADDRESS + "; stored canonically", example = "2001:DB8::0001")
            String ip,

            @Schema(
                    description = LABEL_OR_EMPTY,
                    example = "build server",
                    maxLength = IpInputReader.LABEL_LIMIT,
                    nullable = true)
            String label) {}

    @Schema(
            name = "IpReplace",
            description = "The body of PUT /ips/{ip}: the whole entry; unknown fields are rejected",
            additionalProperties = Schema.False.class)
    record Replace(
            @Schema(description = SAME_ADDRESS, example = "10.0.0.1", nullable = true)
            String ip,

            @Schema(
                    description = LABEL_OR_EMPTY,
                    example = "build server",
                    maxLength = IpInputReader.LABEL_LIMIT,
                    nullable = true)
            String label) {}

    @Schema(
            name = "IpPatch",
            description = "The body of PATCH /ips/{ip}, a JSON merge patch: every field optional; unknown fields are "
                    + "rejected",
            additionalProperties = Schema.False.class)
    record Patch(
            @Schema(
                    description = SAME_ADDRESS + " (the address cannot be changed)",
                    example = "10.0.0.1",
                    nullable = true)
            String ip,

            @Schema(
                    description = LABEL + "; without one the label stays, null clears it",
                    example = "build server",
                    maxLength = IpInputReader.LABEL_LIMIT,
                    nullable = true)
            String label) {}
}
