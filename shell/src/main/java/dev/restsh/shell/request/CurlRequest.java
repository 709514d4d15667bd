package dev.restsh.shell.request;

import dev.restsh.shell.http.RequestSpec;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A curl command line read back: the request, and how curl would have sent it ({@code caFile}: {@code --cacert},
 * null without).
 */
public record CurlRequest(
        RequestSpec spec, boolean follow, boolean insecure, Duration timeout, boolean http1, Path caFile) {}
