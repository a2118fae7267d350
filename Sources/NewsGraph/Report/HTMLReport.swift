import Foundation

/// One self-contained HTML page: the diagram inline, cards for nodes and edges, and
/// tables of entities, dated events, treaties, relations with their sentences and
/// sources. It loads nothing from anywhere and prints well.
///
/// Text from articles is untrusted: it is escaped wherever it goes, the script builds
/// cards with `textContent` only, and a Content-Security-Policy lets no script run but
/// the report's own (by its hash), so injected markup would show and never run.
public struct HTMLReport: Sendable {
    public let content: ReportContent
    public let diagram: Diagram
    /// Graphviz's SVG of `diagram`.
    public let svg: String

    /// Draws the diagram of `graph` (with `caption`, say what a selection left out)
    /// and prepares the report.
    public init(graph: KnowledgeGraph, title: String, caption: String? = nil, engine: LayoutEngine? = nil) throws {
        content = ReportContent(graph: graph, title: title)
        diagram = ReportContent.diagram(of: graph, caption: caption)
        svg = String(decoding: try diagram.render(format: .svg, engine: engine), as: UTF8.self)
    }

    /// The page.
    public func html() -> String {
        let script = Self.script
        let hash = Data(SHA256.digest(Array(script.utf8))).base64EncodedString()
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-\(hash)'">
            <meta name="generator" content="NewsGraph">
            <title>\(escaped(content.title))</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <header>
            <h1>\(escaped(content.title))</h1>
            <p class="summary">\(escaped(content.summary))</p>
            <nav><a href="#diagram">Diagram</a> <a href="#entities">Entities</a> <a href="#timeline">Timeline</a> <a href="#treaties">Treaties</a> <a href="#relations">Relations</a> <a href="#sources">Sources</a></nav>
            </header>
            <main>
            <section id="diagram">
            <h2>Diagram</h2>
            <p class="hint">Click or tap a node for its card, an edge for the sentences it rests on.</p>
            <div class="figure">
            \(inlineSVG())
            </div>
            <aside id="card" aria-live="polite" hidden></aside>
            </section>

            """
        page += entitiesSection() + timelineSection() + treatiesSection() + relationsSection() + sourcesSection()
        page += """
            </main>
            <script type="application/json" id="report-data">\(dataJSON())</script>
            <script>\(script)</script>
            </body>
            </html>

            """
        return page
    }

    // MARK: - Sections

    private func entitiesSection() -> String {
        var out = "<section id=\"entities\">\n<h2>Entities</h2>\n"
        for (type, rows) in content.entitiesByType {
            let style = NodeStyle.of(type)
            out += "<h3><span class=\"swatch\" style=\"background:\(style.fill)\"></span>\(escaped(type.rawValue.capitalized)) (\(rows.count))</h3>\n"
            out += "<table><thead><tr><th>Name</th><th>Also called</th><th>Offices</th><th>Relations</th><th>Mentions</th></tr></thead><tbody>\n"
            for row in rows {
                let show = escaped(Diagram.elementID(for: row.entity.id))
                out += "<tr id=\"entity-\(show)\"><td><a href=\"#diagram\" data-show=\"\(show)\">\(escaped(row.entity.name))</a>"
                if let date = row.entity.date { out += " <span class=\"date\">\(escaped(date))</span>" }
                out += "</td><td>\(escaped(row.entity.aliases.joined(separator: ", ")))</td>"
                out += "<td>\(escaped(row.offices.joined(separator: "; ")))</td><td>\(row.relations.count)</td><td>\(row.entity.mentions)</td></tr>\n"
            }
            out += "</tbody></table>\n"
        }
        return out + "</section>\n"
    }

    private func timelineSection() -> String {
        var out = "<section id=\"timeline\">\n<h2>Timeline</h2>\n"
        guard !content.timeline.isEmpty else { return out + "<p class=\"empty\">No dated events.</p>\n</section>\n" }
        out += "<table><thead><tr><th>Date</th><th>Event</th><th>Who</th><th>Sentences</th></tr></thead><tbody>\n"
        for event in content.timeline {
            out += "<tr><td class=\"date\">\(escaped(event.date))</td><td>\(escaped(event.kind))\(event.planned ? " <span class=\"planned\">planned</span>" : "")</td>"
            out += "<td>\(escaped(event.who.joined(separator: ", ")))</td><td>\(event.evidence)</td></tr>\n"
        }
        return out + "</tbody></table>\n</section>\n"
    }

    private func treatiesSection() -> String {
        var out = "<section id=\"treaties\">\n<h2>Treaties</h2>\n"
        guard !content.treaties.isEmpty else { return out + "<p class=\"empty\">No treaties.</p>\n</section>\n" }
        out += "<table><thead><tr><th>Treaty</th><th>Date</th><th>Parties</th><th>Brokered by</th></tr></thead><tbody>\n"
        for treaty in content.treaties {
            out += "<tr><td>\(escaped(treaty.entity.name))</td><td class=\"date\">\(escaped(treaty.entity.date ?? ""))</td>"
            out += "<td>\(escaped(treaty.parties.joined(separator: ", ")))</td><td>\(escaped(treaty.brokers.joined(separator: ", ")))</td></tr>\n"
        }
        return out + "</tbody></table>\n</section>\n"
    }

    private func relationsSection() -> String {
        var out = "<section id=\"relations\">\n<h2>Relations and their evidence</h2>\n"
        guard !content.graph.relations.isEmpty else { return out + "<p class=\"empty\">No relations.</p>\n</section>\n" }
        for relation in content.graph.relations {
            out += "<article class=\"relation\"><h3>\(escaped(content.headline(of: relation)))</h3>\n"
            out += "<p class=\"details\">\(escaped(content.details(of: relation)))</p>\n<ol>\n"
            for evidence in relation.evidence {
                out += "<li><q>\(escaped(evidence.text))</q> <cite><a href=\"#source-\(escaped(evidence.document))\">\(escaped(content.citation(of: evidence)))</a></cite></li>\n"
            }
            out += "</ol></article>\n"
        }
        return out + "</section>\n"
    }

    private func sourcesSection() -> String {
        var out = "<section id=\"sources\">\n<h2>Sources</h2>\n"
        guard !content.graph.sources.isEmpty else { return out + "<p class=\"empty\">No articles listed.</p>\n</section>\n" }
        out += "<table><thead><tr><th>Article</th><th>Title</th><th>Date</th><th>Address</th></tr></thead><tbody>\n"
        for source in content.graph.sources {
            out += "<tr id=\"source-\(escaped(source.id))\"><td>\(escaped(source.id))</td><td>\(escaped(source.title ?? ""))</td><td class=\"date\">\(escaped(source.date ?? ""))</td><td>"
            if let link = ReportContent.safeLink(source.url) {
                out += "<a href=\"\(escaped(link.absoluteString))\" rel=\"noopener noreferrer\">\(escaped(link.absoluteString))</a>"
            } else {
                out += escaped(source.url ?? "")
            }
            out += "</td></tr>\n"
        }
        return out + "</tbody></table>\n</section>\n"
    }

    // MARK: - Diagram and card data

    /// Graphviz's SVG without its XML prolog, doctype and comments, sized by CSS.
    private func inlineSVG() -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        // Comments carry node names; Graphviz escapes them, but they are noise here.
        var body = ""
        body.reserveCapacity(svg.utf8.count)
        var rest = svg[start.lowerBound...]
        while let open = rest.range(of: "<!--"), let close = rest.range(of: "-->", range: open.upperBound..<rest.endIndex) {
            body += rest[..<open.lowerBound]
            rest = rest[close.upperBound...]
        }
        body += rest
        // Points to pixels one for one: an 11 pt label shows at 11 px, still easy
        // to read, and the drawing takes three quarters of the room.
        if let tagEnd = body.range(of: ">") {
            var tag = String(body[..<tagEnd.lowerBound])
            for name in ["width", "height"] {
                if let range = tag.range(of: #"\#(name)="[0-9.]+pt""#, options: .regularExpression) {
                    tag.replaceSubrange(range, with: tag[range].replacingOccurrences(of: "pt\"", with: "\""))
                }
            }
            body.replaceSubrange(..<tagEnd.lowerBound, with: tag)
        }
        return body.trimmingEnds(in: .whitespacesAndNewlines)
    }

    /// What the cards show, keyed by SVG element id, as JSON that cannot end the
    /// script element it sits in (`<`, `>` and `&` written as `\u` escapes).
    func dataJSON() -> String {
        var entities: [String: Any] = [:]
        for (_, rows) in content.entitiesByType {
            for row in rows {
                entities[Diagram.elementID(for: row.entity.id)] = [
                    "name": row.entity.name, "type": row.entity.type.rawValue, "aliases": row.entity.aliases,
                    "date": row.entity.date ?? "", "offices": row.offices, "relations": row.relations, "mentions": row.entity.mentions,
                ] as [String: Any]
            }
        }
        var edges: [String: Any] = [:]
        for bundle in diagram.bundles {
            edges[bundle.id] = bundle.relations.map { relation -> [String: Any] in
                [
                    "headline": content.headline(of: relation), "details": content.details(of: relation),
                    "evidence": relation.evidence.map { ["text": $0.text, "cite": content.citation(of: $0), "source": "source-" + $0.document] },
                ]
            }
        }
        let data = (try? JSONSerialization.data(withJSONObject: ["entities": entities, "edges": edges], options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        var json = ""
        for scalar in String(decoding: data, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "<": json += "\\u003c"
            case ">": json += "\\u003e"
            case "&": json += "\\u0026"
            case "\u{2028}": json += "\\u2028"
            case "\u{2029}": json += "\\u2029"
            default: json.unicodeScalars.append(scalar)
            }
        }
        return json
    }

    private func escaped(_ text: String) -> String { markupEscaped(text) }

    // MARK: - Style and script

    static let style = """

        :root { color-scheme: light; --ink: #1b1b1b; --muted: #5b5b5b; --rule: #d8d8d8; --accent: #0072B2; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 1200px; padding: 1.5rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--ink); background: #fff; }
        h1 { margin: 0 0 .25rem; font-size: 1.7rem; }
        h2 { margin: 2rem 0 .5rem; padding-bottom: .2rem; border-bottom: 2px solid var(--rule); font-size: 1.3rem; }
        h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
        .summary, .hint, .details, .empty, cite { color: var(--muted); }
        nav a { margin-right: .8rem; color: var(--accent); }
        .figure { overflow: auto; max-height: 85vh; border: 1px solid var(--rule); border-radius: 6px; padding: .5rem; }
        /* Drawn at its own size, so labels stay readable; a wide graph scrolls. */
        .figure svg { display: block; margin: 0 auto; height: auto; }
        .figure.fit svg { width: 100%; }
        .zoom { float: right; margin-top: -1.8rem; border: 1px solid var(--rule); background: #fff; border-radius: 4px; cursor: pointer; }
        .figure g.node, .figure g.edge { cursor: pointer; }
        .figure g.selected ellipse, .figure g.selected polygon, .figure g.selected path { stroke: #d00; stroke-width: 3px; }
        .figure g.node:focus, .figure g.edge:focus { outline: 2px solid var(--accent); }
        #card { position: fixed; right: 1rem; bottom: 1rem; width: min(26rem, calc(100vw - 2rem)); max-height: 60vh; overflow: auto;
                border: 1px solid var(--rule); border-radius: 6px; padding: .8rem 1rem; background: #fafafa; box-shadow: 0 4px 18px rgba(0,0,0,.18); }
        #card[hidden] { display: none; }
        #card h3 { margin-top: 0; padding-right: 2rem; }
        #card .close { position: sticky; top: 0; float: right; border: 1px solid var(--rule); background: #fff; border-radius: 4px; cursor: pointer; }
        #card h4 { margin: .8rem 0 .2rem; font-size: .9rem; }
        #card ul, #card ol { padding-left: 1.2rem; margin: .2rem 0; }
        .type { display: inline-block; padding: 0 .5rem; border-radius: 1rem; background: #eee; font-size: .85rem; }
        .swatch { display: inline-block; width: .9rem; height: .9rem; margin-right: .4rem; border: 1px solid #999; vertical-align: -1px; }
        table { width: 100%; border-collapse: collapse; margin: .3rem 0 1rem; font-size: .92rem; }
        th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid var(--rule); }
        th { background: #f3f3f3; }
        td.date, .date { white-space: nowrap; font-variant-numeric: tabular-nums; }
        .planned { font-size: .8rem; padding: 0 .4rem; border: 1px dashed var(--muted); border-radius: .3rem; }
        article.relation { margin-bottom: .8rem; }
        article.relation h3 { margin-bottom: 0; }
        article.relation ol { margin-top: .2rem; }
        q { quotes: "\\201C" "\\201D"; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          nav, .hint, #card, .zoom { display: none; }
          .figure { border: 0; overflow: visible; max-height: none; break-inside: avoid; }
          .figure svg { max-width: 100%; }
          h2, h3 { break-after: avoid; }
          tr, article.relation li { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
          #sources a[href]::after { content: ""; }
        }

        """

    /// The script behind the cards; the page's policy runs it by this exact text's hash.
    static let script = """

        (function () {
          "use strict";
          var body = document.body;
          try {
            var data = JSON.parse(document.getElementById("report-data").textContent);
            var card = document.getElementById("card");
            var selected = null;
            var make = function (tag, text, className) {
              var element = document.createElement(tag);
              if (text !== undefined && text !== null) { element.textContent = String(text); }
              if (className) { element.className = className; }
              return element;
            };
            var list = function (tag, items) {
              var element = make(tag);
              items.forEach(function (item) { element.appendChild(typeof item === "string" ? make("li", item) : item); });
              return element;
            };
            var clear = function () {
              while (card.firstChild) { card.removeChild(card.firstChild); }
              var close = make("button", "Close", "close");
              close.setAttribute("type", "button");
              close.addEventListener("click", function () {
                card.hidden = true;
                if (selected) { selected.classList.remove("selected"); selected = null; }
              });
              card.appendChild(close);
              card.hidden = false;
            };
            var showEntity = function (id) {
              var entity = data.entities[id];
              if (!entity) { return false; }
              clear();
              card.appendChild(make("h3", entity.name));
              card.appendChild(make("span", entity.type, "type"));
              if (entity.date) { card.appendChild(make("p", "Date: " + entity.date)); }
              if (entity.aliases.length) { card.appendChild(make("h4", "Also called")); card.appendChild(make("p", entity.aliases.join(", "))); }
              if (entity.offices.length) { card.appendChild(make("h4", "Offices")); card.appendChild(list("ul", entity.offices)); }
              card.appendChild(make("h4", "Relations (" + entity.relations.length + ")"));
              card.appendChild(list("ul", entity.relations));
              card.appendChild(make("p", "Mentioned " + entity.mentions + " times.", "hint"));
              return true;
            };
            var showEdge = function (id) {
              var relations = data.edges[id];
              if (!relations) { return false; }
              clear();
              relations.forEach(function (relation) {
                card.appendChild(make("h3", relation.headline));
                card.appendChild(make("p", relation.details, "details"));
                card.appendChild(list("ol", relation.evidence.map(function (evidence) {
                  var item = make("li");
                  item.appendChild(make("q", evidence.text));
                  item.appendChild(document.createTextNode(" "));
                  var cite = make("cite");
                  var link = make("a", evidence.cite);
                  link.setAttribute("href", "#" + evidence.source);
                  cite.appendChild(link);
                  item.appendChild(cite);
                  return item;
                })));
              });
              return true;
            };
            var show = function (element) {
              var shown = element.classList.contains("edge") ? showEdge(element.id) : showEntity(element.id);
              if (!shown) { return; }
              if (selected) { selected.classList.remove("selected"); }
              selected = element;
              element.classList.add("selected");
            };
            var figure = document.querySelector("#diagram .figure");
            var zoom = make("button", "Fit to width", "zoom");
            zoom.setAttribute("type", "button");
            zoom.addEventListener("click", function () {
              var fit = figure.classList.toggle("fit");
              zoom.textContent = fit ? "Actual size" : "Fit to width";
            });
            figure.parentNode.insertBefore(zoom, figure);
            var targets = figure.querySelectorAll("g.node, g.edge");
            Array.prototype.forEach.call(targets, function (element) {
              if (!data.entities[element.id] && !data.edges[element.id]) { return; }
              element.setAttribute("tabindex", "0");
              element.setAttribute("role", "button");
              element.addEventListener("keydown", function (event) {
                if (event.key === "Enter" || event.key === " ") { event.preventDefault(); show(element); }
              });
            });
            figure.addEventListener("click", function (event) {
              var element = event.target.closest ? event.target.closest("g.node, g.edge") : null;
              if (element) { event.preventDefault(); show(element); }
            });
            Array.prototype.forEach.call(document.querySelectorAll("[data-show]"), function (link) {
              link.addEventListener("click", function () {
                var element = document.getElementById(link.getAttribute("data-show"));
                if (element) { show(element); }
              });
            });
            // "report.html#show=ID" opens with that node's or edge's card: links to a card.
            var wanted = /^#show=(.+)$/.exec(window.location.hash);
            if (wanted) {
              var element = document.getElementById(decodeURIComponent(wanted[1]));
              if (element) { show(element); }
            }
            body.setAttribute("data-report-ready", String(targets.length));
          } catch (error) {
            body.setAttribute("data-script-error", String(error && error.message || error));
          }
        })();

        """
}
