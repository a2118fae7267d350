#!/usr/bin/env bash
# Installs what NewsGraph needs from Debian's packages when it is missing:
# libgraphviz-dev (the C libraries it renders with), libsqlite3-dev (for the
# graph store) and, with --test, graphviz
# (the dot program the tests use to cross-check DOT output and the benchmark
# compares against). Safe to run again: it does nothing when all is there.
set -euo pipefail
packages=()
pkg-config --exists libgvc libcgraph 2>/dev/null || packages+=(libgraphviz-dev pkg-config)
# GRDB (the graph store) links the system SQLite.
pkg-config --exists sqlite3 2>/dev/null || packages+=(libsqlite3-dev pkg-config)
if [[ "${1:-}" == "--test" ]]; then
  command -v dot >/dev/null 2>&1 || packages+=(graphviz)
  command -v python3 >/dev/null 2>&1 || packages+=(python3)
fi
[[ ${#packages[@]} -eq 0 ]] && exit 0
sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"
echo "installing: ${packages[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >&2
