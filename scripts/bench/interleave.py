#!/usr/bin/env python3
"""A/B timing of whole commands, interleaved: every round runs each command once, in a shuffled order, so that a
neighbour's load on a shared machine falls on all of them alike (hyperfine runs one command's runs back to back).

Usage: scripts/bench/interleave.py ROUNDS NAME=COMMAND [NAME=COMMAND ...]
Prints each command's median, quartiles and its ratio to the first command's median. Output is discarded; two
unrecorded warm-up runs each come first.
"""
import random
import shlex
import statistics
import subprocess
import sys
import time


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    rounds = int(sys.argv[1])
    commands = {}
    for spec in sys.argv[2:]:
        name, command = spec.split("=", 1)
        commands[name] = shlex.split(command)
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    for command in commands.values():
        for _ in range(2):
            subprocess.run(command, **quiet)
    times = {name: [] for name in commands}
    for _ in range(rounds):
        order = list(commands)
        random.shuffle(order)
        for name in order:
            start = time.perf_counter()
            subprocess.run(commands[name], **quiet)
            times[name].append((time.perf_counter() - start) * 1000)
    first = None
    for name, values in times.items():
        median = statistics.median(values)
        first = first or median
        q1, _, q3 = statistics.quantiles(values, n=4)
        print(f"{name:16s} median {median:6.1f} ms  quartiles {q1:6.1f}-{q3:6.1f}  ratio {median / first:.2f}")


if __name__ == "__main__":
    main()
