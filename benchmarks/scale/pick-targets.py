"""Reads the scaled province through the gateway and prints the benchmark's variables as JSON: the first county in
code order (the first county always has volunteers, whatever the volunteer share), its city, one of its villages, and a
two-character search text taken from that village's name."""
import json
import sys
import urllib.request

url = sys.argv[1]


def ask(query, variables=None):
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    request = urllib.request.Request(url, body, {"Content-Type": "application/json", "Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        answer = json.load(response)
    if answer.get("errors"):
        sys.exit(f"the gateway answered with errors: {answer['errors']}")
    return answer["data"]


counties = ask("{ units(level: COUNTY, first: 1000) { nodes { id administrativeCode } } }")["units"]["nodes"]
county = min((c for c in counties if (c["administrativeCode"] or "").startswith("99")), key=lambda c: c["administrativeCode"])
tree = ask("query($id: ID!) { unit(id: $id) { parent { id } children { children { id name } } } }", {"id": county["id"]})["unit"]
village = tree["children"][-1]["children"][-1]
print(json.dumps({"city": tree["parent"]["id"], "county": county["id"], "village": village["id"], "search": village["name"][:2]},
                 ensure_ascii=False))
