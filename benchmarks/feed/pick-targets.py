"""Reads the scaled province through the gateway and prints the feed benchmark's variables as JSON: the first city in
code order, an updatedSince instant 90 days ago (China time), and the end cursor of the first page of the city's
activities changed since then (the sync query reads the page after it)."""
import datetime
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


cities = ask("{ units(level: CITY, first: 100) { nodes { id administrativeCode } } }")["units"]["nodes"]
city = min((c for c in cities if (c["administrativeCode"] or "").startswith("99")), key=lambda c: c["administrativeCode"])
china = datetime.timezone(datetime.timedelta(hours=8))
since = (datetime.datetime.now(china) - datetime.timedelta(days=90)).replace(microsecond=0).isoformat()
page = ask("query($city: ID!, $since: DateTime!) { activityFeed(first: 50, region: $city, updatedSince: $since) { pageInfo { hasNextPage endCursor } } }",
           {"city": city["id"], "since": since})["activityFeed"]["pageInfo"]
if not page["hasNextPage"]:
    sys.exit("the city has no second page of activities changed in the last 90 days; is the Activities module seeded (--scale)?")
print(json.dumps({"city": city["id"], "since": since, "after": page["endCursor"]}))
