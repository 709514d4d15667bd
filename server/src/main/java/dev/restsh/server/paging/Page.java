package dev.restsh.server.paging;

import java.util.List;
import java.util.Optional;

/** One page of rows in insertion order, with where the next page starts and how many rows match in all. */
public record Page<T>(List<T> items, Optional<PageCursor> next, long total) {}
