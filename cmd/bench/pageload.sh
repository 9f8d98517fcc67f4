#!/usr/bin/env bash
# Twenty simultaneous loads of the served claims page (GET /) of a graph
# built from a generated corpus of real text: for each claimgraph binary
# given, in one run on one graph, the slowest and the median load and the
# server's peak RSS. Pass the old binary first to compare.
# Usage: cmd/bench/pageload.sh MB BINARY...   (MB of articles: 37 MB is
# about 20,000 articles). With PAGELOAD_DB set, the graph is built there
# once and kept, and a later run with the same PAGELOAD_DB reuses it.
set -euo pipefail
cd "$(dirname "$0")/../.."
mb=$1; shift
work=$(mktemp -d /tmp/claimgraph-pageload.XXXXXX)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$work"' EXIT
db=${PAGELOAD_DB:-$work/db}
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
if [ ! -e "$db/indexes.bolt" ]; then
  go run ./cmd/bench/gencorpus -shared ../shared -mb "$mb" -out "$work/corpus" >/dev/null
  echo "articles: $(find "$work/corpus" -type f -name '*.md' | wc -l)"
  "$1" build --db "$db" "$work/corpus" | tail -1
fi
"$1" stats --db "$db" | tail -1
port=18431
for bin in "$@"; do
  "$bin" serve --db "$db" --addr 127.0.0.1:$port 2>/dev/null &
  pid=$!
  until curl -s -o /dev/null "http://127.0.0.1:$port/entities.json"; do sleep 0.2; done
  start=$(date +%s.%N)
  for i in $(seq 20); do
    curl -s -o "$work/page$i" -w '%{time_total}\n' "http://127.0.0.1:$port/" > "$work/t$i" &
  done
  wait $(jobs -p | grep -v "^$pid$")
  wall=$(echo "$(date +%s.%N) - $start" | bc -l)
  hwm=$(awk '/VmHWM/ {print int($2/1024)}' /proc/$pid/status)
  kill -INT $pid; wait $pid 2>/dev/null || true
  sort -n "$work"/t* > "$work/times"
  printf '%-40s 20 loads in %6.1f s: median %6.2f s, slowest %6.2f s; page %6d KB; server peak RSS %5d MB\n' \
    "$bin" "$wall" "$(sed -n 10p "$work/times")" "$(tail -1 "$work/times")" $(( $(stat -c %s "$work/page1") / 1024 )) "$hwm"
  rm -f "$work"/t* "$work"/page*
done
