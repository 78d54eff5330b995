"""What the benchmarks' target pickers share: asking the gateway a query, and finding the first synthetic unit of a level."""
import json
import sys
import urllib.request


def ask(url, query, variables=None):
    """The query's data; the script stops when the gateway answers with errors."""
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    request = urllib.request.Request(url, body, {"Content-Type": "application/json", "Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        answer = json.load(response)
    if answer.get("errors"):
        sys.exit(f"the gateway answered with errors: {answer['errors']}")
    return answer["data"]


def first_synthetic_unit(url, level, first):
    """The synthetic province's (codes starting 99) unit of the level with the lowest administrative code."""
    units = ask(url, f"{{ units(level: {level}, first: {first}) {{ nodes {{ id administrativeCode }} }} }}")["units"]["nodes"]
    return min((u for u in units if (u["administrativeCode"] or "").startswith("99")), key=lambda u: u["administrativeCode"])
