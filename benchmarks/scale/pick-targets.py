"""Reads the scaled province through the gateway and prints the benchmark's variables as JSON: the first county in
code order (the first county always has volunteers, whatever the volunteer share), its city, one of its villages, and a
two-character search text taken from that village's name."""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from gateway_query import ask, first_synthetic_unit  # noqa: E402

url = sys.argv[1]
county = first_synthetic_unit(url, "COUNTY", 1000)
tree = ask(url, "query($id: ID!) { unit(id: $id) { parent { id } children { children { id name } } } }", {"id": county["id"]})["unit"]
village = tree["children"][-1]["children"][-1]
print(json.dumps({"city": tree["parent"]["id"], "county": county["id"], "village": village["id"], "search": village["name"][:2]},
                 ensure_ascii=False))
