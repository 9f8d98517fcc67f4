#!/usr/bin/env bash
# Prints claimgraph's benchmark figures on this machine: extraction alone
# (seed articles, treebank sentences), the language core alone, and whole
# builds into the in-memory and bolt stores, plus the tagger's scores.
# Usage: cmd/bench/run.sh [benchtime]   (default 10x)
set -euo pipefail
cd "$(dirname "$0")/../.."
bt=${1:-10x}
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(go version | cut -d' ' -f3)"
go test ./extract ./graph/ingest -run '^$' -bench . -benchtime "$bt" -benchmem | grep -E '^Benchmark'
go run ./cmd/claimgraph nlp eval ../shared/data/ud-english-ewt/en_ewt-ud-test.conllu | sed 's/^/tagger on UD EWT test: /'
