#!/usr/bin/env python3
"""Time to the REPL's first prompt: starts the command on a new pseudo-terminal, reads its output until the
prompt ('> ') appears, then sends Ctrl-D and waits for it to leave. Prints the median and every run, in ms.

    first-prompt.py RUNS COMMAND [ARG...]
"""
import os
import select
import statistics
import sys
import time

from pty_terminal import end, spawn


def first_prompt(argv, limit=30.0):
    start = time.monotonic()
    pid, fd = spawn(argv)
    seen = b""
    elapsed = None
    deadline = start + limit
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            # The prompt is the base URL then '> ' (colours may wrap it); the banner line comes first.
            if elapsed is None and b"> " in seen.split(b"\n")[-1]:
                elapsed = time.monotonic() - start
                os.write(fd, b"\x04")
    finally:
        end(pid, fd)
    if elapsed is None:
        raise SystemExit("no prompt within %.0f s; output was: %r" % (limit, seen[-500:]))
    return elapsed * 1000


def main():
    runs = int(sys.argv[1])
    argv = sys.argv[2:]
    first_prompt(argv)  # warm-up (caches, class-data sharing archive)
    times = [first_prompt(argv) for _ in range(runs)]
    print("median %.0f ms (min %.0f, max %.0f, %d runs)" % (statistics.median(times), min(times), max(times), runs))


if __name__ == "__main__":
    main()
