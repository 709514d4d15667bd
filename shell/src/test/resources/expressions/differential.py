"""The CPython side of restsh's differential test: evaluates each expression of the corpus and prints what
pprint.pformat gives (or 'ErrorName: message'), one JSON string per line, in corpus order.

Usage: python3 differential.py DOCUMENTS.json CORPUS.txt [BASE_URL]
With BASE_URL, `response` is requests.get(BASE_URL + '/get_ips'), as in the tutorial."""
import json
import pprint
import sys

documents = json.load(open(sys.argv[1], encoding="utf-8"))
names = dict(documents)
if len(sys.argv) > 3:
    import requests

    names["response"] = requests.get(sys.argv[3] + "/get_ips")

for line in open(sys.argv[2], encoding="utf-8"):
    expression = line.rstrip("\n")
    if not expression.strip() or expression.lstrip().startswith("#"):
        continue
    try:
        scope = {"__builtins__": __builtins__, **names}  # globals, so comprehensions see the names
        result = pprint.pformat(eval(expression, scope))
    except Exception as error:  # the error's name and message are what restsh must print
        result = type(error).__name__ + ": " + str(error)
    print(json.dumps(result))
