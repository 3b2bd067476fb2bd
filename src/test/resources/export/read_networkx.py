# Reads an export with NetworkX and prints what the Java test checks:
# "nodes edges" on the first line, then one line per edge: source IRI, target IRI, eventType, weight, spells (JSON).
# usage: /usr/bin/python3 read_networkx.py graphml|gexf FILE
import json
import sys

import networkx as nx
from networkx.readwrite.gexf import GEXF

fmt, path = sys.argv[1], sys.argv[2]
if fmt == "graphml":
    g = nx.read_graphml(path)
else:
    # NetworkX 2.8 knows the GEXF 1.1draft and 1.2draft namespaces only; the 1.3 elements we write read the same.
    GEXF.versions["1.3"] = {
        "NS_GEXF": "http://gexf.net/1.3",
        "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        "VERSION": "1.3",
    }
    g = nx.read_gexf(path, version="1.3")
print(g.number_of_nodes(), g.number_of_edges())
iri = {n: d["iri"] for n, d in g.nodes(data=True)}
rows = [[iri[u], iri[v], d["eventType"], str(int(d["weight"])), json.dumps(d.get("spells", []))] for u, v, d in g.edges(data=True)]
for row in sorted(rows):
    print("\t".join(row))
