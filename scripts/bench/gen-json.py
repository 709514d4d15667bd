#!/usr/bin/env python3
"""Writes a realistic JSON document of about SIZE bytes to PATH: a page of API records with nested objects,
arrays, strings (some non-ASCII and escaped), integers, floats, booleans and nulls. Deterministic (seeded)."""
import json
import random
import sys

path, size = sys.argv[1], int(sys.argv[2])
rng = random.Random(42)
words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett",
         "kilo", "lima", "mike", "café", "naïve", "東京", "emoji 🚀", "quote \"x\"", "tab\there", "back\\slash"]


def record(i):
    return {
        "id": i,
        "ip": "10.%d.%d.%d" % (rng.randrange(256), rng.randrange(256), rng.randrange(256)),
        "label": " ".join(rng.choice(words) for _ in range(rng.randrange(1, 5))),
        "active": rng.random() < 0.7,
        "score": round(rng.random() * 1000, 3),
        "owner": None if rng.random() < 0.2 else {
            "login": "user%d" % rng.randrange(100000),
            "url": "https://api.example.com/users/%d" % rng.randrange(100000),
            "site_admin": rng.random() < 0.05,
        },
        "tags": [rng.choice(words) for _ in range(rng.randrange(0, 6))],
        "created_at": "2026-%02d-%02dT%02d:%02d:%02dZ" % (rng.randrange(1, 13), rng.randrange(1, 29),
                                                       rng.randrange(24), rng.randrange(60), rng.randrange(60)),
        "metrics": {"requests": rng.randrange(10 ** 6), "errors": rng.randrange(100), "p99_ms": rng.random() * 50},
    }


with open(path, "w", encoding="utf-8") as out:
    out.write('{"count": 0, "next": null, "results": [\n')
    written, i = 0, 0
    while written < size:
        text = json.dumps(record(i), ensure_ascii=False)
        out.write((",\n" if i else "") + text)
        written += len(text.encode("utf-8")) + 2
        i += 1
    out.write("\n]}\n")
