#!/usr/bin/env bash
# Installs what NewsGraph needs from Debian's packages when it is missing:
# libgraphviz-dev (the C libraries it renders with), libsqlite3-dev (for the
# graph store) and, with --test, what the tests read NewsGraph's output with:
# graphviz (the dot program, to cross-check DOT), python3 with networkx (to read
# the GraphML and GEXF exports back) and chromium (to look at the HTML report).
# Safe to run again: it does nothing when all is there.
set -euo pipefail
packages=()
pkg-config --exists libgvc libcgraph 2>/dev/null || packages+=(libgraphviz-dev pkg-config)
# GRDB (the graph store) links the system SQLite.
pkg-config --exists sqlite3 2>/dev/null || packages+=(libsqlite3-dev pkg-config)
if [[ "${1:-}" == "--test" ]]; then
  command -v dot >/dev/null 2>&1 || packages+=(graphviz)
  command -v python3 >/dev/null 2>&1 || packages+=(python3)
  python3 -c "import networkx" >/dev/null 2>&1 || packages+=(python3-networkx)
  command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || packages+=(chromium)
fi
[[ ${#packages[@]} -eq 0 ]] && exit 0
sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"
echo "installing: ${packages[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >&2
