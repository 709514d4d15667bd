package dev.restsh.server.ip;

import java.util.List;
import java.util.Optional;

/** One page of {@code GET /ips}: the rows, where the next page starts, and how many match in all. */
public record IpPage(List<StoredIp> items, Optional<PageCursor> next, long total) {}
