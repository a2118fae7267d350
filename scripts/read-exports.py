#!/usr/bin/env python3
"""Reads a NewsGraph export back with readers that share no code with NewsGraph
(networkx, Python's csv and json modules, ElementTree, Graphviz's dot program) and
prints what they found as JSON: node and edge counts, counts by type, and every edge
as {source, target, type, evidence_count, date, start, end}.

usage: read-exports.py FORMAT PATH   (FORMAT: json graphml gexf csv neo4j dot;
                                      PATH: the file, or the folder for csv and neo4j)
Exits 1 with a message when the export cannot be read or disagrees with itself.
"""
import collections
import csv
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET


def fail(message):
    sys.exit(f"read-exports: {message}")


def read_json(path):
    graph = json.load(open(path, encoding="utf-8"))
    nodes = [(e["id"], e["type"], e["name"]) for e in graph["entities"]]
    edges = [dict(source=r["source"], target=r["target"], type=r["type"],
                  evidence_count=len(r["evidence"]), date=r.get("date")) for r in graph["relations"]]
    return nodes, edges


def read_graphml(path):
    import networkx as nx
    g = nx.read_graphml(path)
    nodes = [(n, d["type"], d["name"]) for n, d in g.nodes(data=True)]
    edges = [dict(source=u, target=v, type=d["type"], evidence_count=d["evidence_count"], date=d.get("date"))
             for u, v, d in g.edges(data=True)]
    return nodes, edges


def read_gexf(path):
    import networkx as nx
    g = nx.read_gexf(path)
    nodes = [(n, d["type"], d["label"]) for n, d in g.nodes(data=True)]
    edges = [dict(source=u, target=v, type=d["type"], evidence_count=d["evidence_count"], date=d.get("date"),
                  start=d.get("start"), end=d.get("end")) for u, v, d in g.edges(data=True)]
    # The timeline as Gephi reads it: the graph is dynamic, dated edges start on their day.
    ns = {"g": "http://www.gexf.net/1.2draft"}
    graph = ET.parse(path).getroot().find("g:graph", ns)
    if graph.get("mode") != "dynamic" or graph.get("timeformat") != "date":
        fail(f"{path}: graph is not dynamic with dates")
    starts = [e.get("start") for e in graph.iter("{http://www.gexf.net/1.2draft}edge")]
    if sum(s is not None for s in starts) != sum(e["start"] is not None for e in edges):
        fail(f"{path}: networkx and ElementTree disagree on edge starts")
    return nodes, edges


def read_csv(folder):
    def rows(name):
        with open(os.path.join(folder, name), newline="", encoding="utf-8") as f:
            return list(csv.DictReader(f))
    nodes = [(r["id"], r["type"], r["name"]) for r in rows("nodes.csv")]
    edges = [dict(source=r["source"], target=r["target"], type=r["type"], evidence_count=int(r["evidence_count"]),
                  date=r["date"] or None, id=r["id"]) for r in rows("edges.csv")]
    sentences = collections.Counter(r["edge"] for r in rows("evidence.csv"))
    for edge in edges:
        if sentences[edge.pop("id")] != edge["evidence_count"]:
            fail(f"{folder}: evidence.csv disagrees with edges.csv on {edge}")
    return nodes, edges


def read_neo4j(folder):
    def table(header, data):
        with open(os.path.join(folder, header), newline="", encoding="utf-8") as f:
            names = next(csv.reader(f))
        with open(os.path.join(folder, data), newline="", encoding="utf-8") as f:
            return [dict(zip(names, row)) for row in csv.reader(f)]
    nodes = []
    for row in table("nodes_header.csv", "nodes.csv"):
        labels = row[":LABEL"].split(";")
        if labels[0] != "Entity" or len(labels) != 2:
            fail(f"{folder}: labels {labels}")
        nodes.append((row["id:ID"], labels[1].lower(), row["name"]))
    edges = [dict(source=r[":START_ID"], target=r[":END_ID"], type=r[":TYPE"].lower(),
                  evidence_count=int(r["evidence_count:int"]), date=r["date"] or None)
             for r in table("relationships_header.csv", "relationships.csv")]
    return nodes, edges


def read_dot(path):
    # Graphviz's own reader; -Tjson keeps every attribute NewsGraph wrote.
    out = subprocess.run(["dot", "-Tjson", path], capture_output=True, check=True).stdout
    graph = json.loads(out)
    objects = graph.get("objects", [])
    names = [o["name"] for o in objects]
    # Labels come back with DOT's escapes; names are compared in the other formats.
    nodes = [(o["name"], o["class"].split("entity-")[1], None) for o in objects]
    edges = []
    for e in graph.get("edges", []):
        kind = e["class"].split("relation-")[1]
        edges.append(dict(source=names[e["tail"]], target=names[e["head"]], type=kind,
                          evidence_count=int(e.get("weight", "1")), date=None))
    return nodes, edges


def main():
    if len(sys.argv) != 3:
        fail(__doc__.strip().splitlines()[-3])
    fmt, path = sys.argv[1], sys.argv[2]
    readers = dict(json=read_json, graphml=read_graphml, gexf=read_gexf, csv=read_csv, neo4j=read_neo4j, dot=read_dot)
    if fmt not in readers:
        fail(f"unknown format {fmt}")
    nodes, edges = readers[fmt](path)
    ids = {node[0] for node in nodes}
    for edge in edges:
        if edge["source"] not in ids or edge["target"] not in ids:
            fail(f"{path}: edge to an unknown node: {edge}")
    print(json.dumps(dict(
        nodes=len(nodes), edges=len(edges),
        nodes_by_type=collections.Counter(node[1] for node in nodes),
        names=sorted(node[2] for node in nodes if node[2] is not None),
        edges_by_type=collections.Counter(e["type"] for e in edges),
        edge_list=edges), sort_keys=True, indent=1))


main()
