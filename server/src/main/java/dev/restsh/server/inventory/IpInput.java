package dev.restsh.server.inventory;

/**
 * The body of {@code POST /ips}, {@code PUT /ips/{ip}} or {@code PATCH /ips/{ip}} as {@link IpInputReader} read it;
 * absent and null fields are null. The OpenAPI document describes each operation's body on its own: {@link IpBodies}.
 */
public record IpInput(String ip, String label) {}
