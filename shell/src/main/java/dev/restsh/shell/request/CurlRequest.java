package dev.restsh.shell.request;

import dev.restsh.shell.http.RequestSpec;
import java.time.Duration;

/** A curl command line read back: the request, and how curl would have sent it. */
public record CurlRequest(RequestSpec spec, boolean follow, boolean insecure, Duration timeout, boolean http1) {}
