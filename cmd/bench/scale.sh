#!/usr/bin/env bash
# Builds a generated corpus of real text and prints the end-to-end
# figures: build time and rate into memory and bolt, quads per article,
# peak RSS, the same quads loaded by plain Cayley (the overhead ratio),
# and query latency on the result: whole commands, then saved queries
# and the claims lookups timed inside one process (cmd/bench/querylat).
# Usage: cmd/bench/scale.sh [MB]   (default 10)
set -euo pipefail
cd "$(dirname "$0")/../.."
mb=${1:-10}
work=$(mktemp -d /tmp/claimgraph-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
go build -o "$work/claimgraph" ./cmd/claimgraph
go build -o "$work/rawload" ./cmd/bench/rawload
go build -o "$work/querylat" ./cmd/bench/querylat
go run ./cmd/bench/gencorpus -shared ../shared -mb "$mb" -out "$work/corpus"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
measure() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/out" 2>/dev/null || true
  read -r secs kb < <(tail -n 1 "$work/time")
  printf '%-34s %7.2f s  %6.1f MB/s  peak RSS %5d MB  | %s\n' "$label" "$secs" "$(echo "$mb / $secs" | bc -l)" $((kb / 1024)) "$(tail -n 1 "$work/out" | cut -c1-80)"
}
measure "build, memory (no store kept)" "$work/claimgraph" build --backend memory "$work/corpus"
measure "build, bolt" "$work/claimgraph" build --db "$work/db" "$work/corpus"
"$work/claimgraph" export --db "$work/db" > "$work/graph.nq"
quads=$(wc -l < "$work/graph.nq")
docs=$(find "$work/corpus" -name '*.md' | wc -l)
echo "quads: $quads, articles: $docs, quads per article: $((quads / docs))"
measure "raw cayley load of those quads" "$work/rawload" -backend bolt -db "$work/raw.db" "$work/graph.nq"
measure "rebuild, nothing changed" "$work/claimgraph" build --db "$work/db" "$work/corpus"
measure "claims --status corroborated" "$work/claimgraph" claims --db "$work/db" --status corroborated --format jsonl
measure "query corroborated (Gizmo)" "$work/claimgraph" query --db "$work/db" --limit 0 --timeout 10m --format jsonl corroborated
"$work/querylat" -db "$work/db" -n 5 -a "Outlet 0" -b "Outlet 1"
