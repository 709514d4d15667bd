#!/usr/bin/env python3
"""The REPL's first request that needs java.net.http, against the same request sent again: starts the command on a
new pseudo-terminal, waits for the first prompt, lets the user "type" for PAUSE seconds (the REPL prepares that
client in the background meanwhile), then sends LINE and times it until the next prompt, then sends LINE again and
times that. Prints the medians of the first and the second request and of their difference, in ms.

    first-request.py RUNS PAUSE LINE COMMAND [ARG...]
"""
import os
import select
import statistics
import sys
import time

from pty_terminal import end, spawn


def read_until_prompt(fd, seen, deadline):
    """Reads until the last line holds a prompt ('> '); returns what was read, or None at the deadline or end."""
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.02)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return None
        if not chunk:
            return None
        seen += chunk
        if b"> " in seen.split(b"\n")[-1]:
            return seen
    return None


def one_run(argv, pause, line, limit=30.0):
    deadline = time.monotonic() + limit
    pid, fd = spawn(argv)
    times = []
    try:
        if read_until_prompt(fd, b"", deadline) is None:
            raise SystemExit("no first prompt")
        time.sleep(pause)  # the user typing: not synchronisation, the thing measured
        for _ in range(2):
            start = time.monotonic()
            os.write(fd, line.encode() + b"\r")
            if read_until_prompt(fd, b"", deadline) is None:
                raise SystemExit("no prompt after %r" % line)
            times.append((time.monotonic() - start) * 1000)
        os.write(fd, b"\x04")
    finally:
        end(pid, fd)
    return times


def main():
    runs, pause, line = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
    argv = sys.argv[4:]
    one_run(argv, pause, line)  # warm-up (caches, class-data sharing archive)
    results = [one_run(argv, pause, line) for _ in range(runs)]
    first = [r[0] for r in results]
    second = [r[1] for r in results]
    print("first %.0f ms, second %.0f ms, first - second %.0f ms (medians of %d runs; first: %s)" % (
        statistics.median(first), statistics.median(second),
        statistics.median([a - b for a, b in results]), runs, " ".join("%.0f" % v for v in first)))


if __name__ == "__main__":
    main()
