#!/usr/bin/env python3
"""Opens a NewsGraph HTML report in headless Chromium and checks what a person would
see: the page's script ran without an error (none logged, none caught), the diagram is
drawn (its area of the screenshot is not blank and shows the node colours), the tables
are there, and a card opens on an edge with its evidence sentences.

usage: check-report-in-browser.py REPORT.html [--screenshot OUT.png]
Exit status: 0 when all holds, 1 with the reasons when not, 77 when no Chromium is
installed (Debian's `chromium`; scripts/install-deps.sh --browser installs it).
"""
import html.parser
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

WIDTH, HEIGHT = 1280, 2400
# The Okabe-Ito fills of the node types (NodeStyle).
NODE_COLOURS = {(0x56, 0xB4, 0xE9), (0xE6, 0x9F, 0x00), (0x00, 0x9E, 0x73), (0xF0, 0xE4, 0x42),
                (0xCC, 0x79, 0xA7), (0xD5, 0x5E, 0x00), (0x00, 0x72, 0xB2)}


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def run(browser, url, *extra):
    """Runs headless Chromium on url; returns (stdout, stderr)."""
    profile = tempfile.mkdtemp(prefix="newsgraph-chromium-")
    try:
        result = subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
             f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
             f"--window-size={WIDTH},{HEIGHT}", "--virtual-time-budget=5000", *extra, url],
            capture_output=True, text=True, timeout=120)
        return result.stdout, result.stderr
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def console_errors(log):
    """Script errors and policy violations Chromium logged from the page."""
    return [line for line in log.splitlines()
            if "CONSOLE" in line and re.search(r"Uncaught|Error|Refused|Content Security Policy", line)]


class StartTags(html.parser.HTMLParser):
    """Every start tag of a page with its attributes, as an HTML tokenizer reads them."""

    def __init__(self, page):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    handle_startendtag = handle_starttag


def read_png(path):
    """Decodes an 8-bit RGB or RGBA PNG without interlacing: (width, height, rows of RGB tuples)."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    position, idat, header = 8, b"", None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        chunk = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        position += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        raise ValueError(f"unsupported PNG: depth {depth}, colour type {colour}")
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up, corner = previous[i], previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + ((left + up) >> 1)) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        rows.append([tuple(line[x * channels:x * channels + 3]) for x in range(width)])
        previous = line
    return width, height, rows


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        sys.exit(__doc__.strip().splitlines()[-3])
    report = os.path.abspath(args[0])
    screenshot = args[args.index("--screenshot") + 1] if "--screenshot" in args else os.path.join(tempfile.mkdtemp(), "report.png")
    browser = chromium()
    if not browser:
        print("check-report-in-browser: no Chromium installed; skipped", file=sys.stderr)
        sys.exit(77)
    problems = []
    url = "file://" + report

    # 1. The page as the browser leaves it once its script has run.
    dom, log = run(browser, url, "--dump-dom")
    problems += [f"console: {line.strip()}" for line in console_errors(log)]
    body = re.search(r"<body[^>]*>", dom)
    body = body.group(0) if body else ""
    if "data-script-error" in body:
        problems.append(f"the report's script failed: {body}")
    ready = re.search(r'data-report-ready="(\d+)"', body)
    if not ready or int(ready.group(1)) == 0:
        problems.append("the report's script did not finish or found no node to click")
    tags = StartTags(dom).tags
    scripts = [attrs for tag, attrs in tags if tag == "script"]
    if len(scripts) != 2:
        problems.append(f"expected the report's two script elements, found {len(scripts)}: {scripts}")
    handlers = [(tag, name) for tag, attrs in tags for name, _ in attrs if name.startswith("on")]
    if handlers:
        problems.append(f"elements carry event handlers: {handlers[:5]}")
    links = [value for tag, attrs in tags for name, value in attrs
             if name in ("href", "xlink:href", "src", "action") and value and value.strip().lower().startswith(("javascript:", "data:", "vbscript:"))]
    if links:
        problems.append(f"links that run code: {links[:5]}")
    for section in ("entities", "timeline", "treaties", "relations", "sources"):
        if f'id="{section}"' not in dom:
            problems.append(f"no {section} section")

    # 2. An edge's card, opened by the page's own script.
    data = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', open(report, encoding="utf-8").read(), re.S)
    edges = json.loads(data.group(1))["edges"] if data else {}
    edge = next((key for key, value in sorted(edges.items()) if value and value[0]["evidence"]), None)
    if edge:
        dom, log = run(browser, url + "#show=" + edge, "--dump-dom")
        problems += [f"console: {line.strip()}" for line in console_errors(log)]
        card = re.search(r'<aside id="card"[^>]*>(.*?)</aside>', dom, re.S)
        if not card or "hidden" in re.search(r'<aside id="card"[^>]*>', dom).group(0) or "<q>" not in card.group(1):
            problems.append(f"the card of edge {edge} did not open with its sentences")
    else:
        problems.append("no edge with evidence in the report's data")

    # 3. What it looks like: the diagram drawn, the tables below it.
    _, log = run(browser, url, f"--screenshot={screenshot}")
    width, height, rows = read_png(screenshot)
    figure = [pixel for row in rows[250:1100] for pixel in row[60:width - 60]]
    ink = sum(1 for r, g, b in figure if r + g + b < 600) / max(len(figure), 1)
    colours = {pixel for pixel in figure if pixel in NODE_COLOURS}
    if ink < 0.01:
        problems.append(f"the diagram area is blank ({ink:.2%} ink)")
    if not colours:
        problems.append(f"the diagram shows {len(colours)} of the node colours")
    lower = [pixel for row in rows[1200:] for pixel in row[60:width - 60]]
    if sum(1 for r, g, b in lower if r + g + b < 300) / max(len(lower), 1) < 0.002:
        problems.append("nothing drawn below the diagram (the tables)")

    if problems:
        print("check-report-in-browser: " + report, file=sys.stderr)
        for problem in problems:
            print("  " + problem, file=sys.stderr)
        sys.exit(1)
    print(f"check-report-in-browser: {report}: script ran, {ready.group(1)} clickable elements, "
          f"card of {edge} opens, diagram drawn ({ink:.1%} ink, {len(colours)} node colours); screenshot {screenshot}")


main()
