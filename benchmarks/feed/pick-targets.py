"""Reads the scaled province through the gateway and prints the feed benchmark's variables as JSON: the first city in
code order, an updatedSince instant 90 days ago (China time), and the end cursor of the first page of the city's
activities changed since then (the sync query reads the page after it)."""
import datetime
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from gateway_query import ask, first_synthetic_unit  # noqa: E402

url = sys.argv[1]
city = first_synthetic_unit(url, "CITY", 100)
china = datetime.timezone(datetime.timedelta(hours=8))
since = (datetime.datetime.now(china) - datetime.timedelta(days=90)).replace(microsecond=0).isoformat()
page = ask(url, "query($city: ID!, $since: DateTime!) { activityFeed(first: 50, region: $city, updatedSince: $since) { pageInfo { hasNextPage endCursor } } }",
           {"city": city["id"], "since": since})["activityFeed"]["pageInfo"]
if not page["hasNextPage"]:
    sys.exit("the city has no second page of activities changed in the last 90 days; is the Activities module seeded (--scale)?")
print(json.dumps({"city": city["id"], "since": since, "after": page["endCursor"]}))
