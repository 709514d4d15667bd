package dev.restsh.server.ip;

import java.util.List;
import java.util.Optional;

/** One page of addresses in insertion order, with where the next page starts and how many there are in all. */
public record AddressPage(List<String> addresses, Optional<PageCursor> next, long total) {}
