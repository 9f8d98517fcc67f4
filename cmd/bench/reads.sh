#!/usr/bin/env bash
# Compares two claimgraph binaries on the read commands and the served
# pages: each builds its own database of one corpus, then each command
# runs three times, and each page is loaded three times from the
# binary's server; the median is printed, in seconds, per binary. Build
# time, peak RSS and database size come first.
# Usage: cmd/bench/reads.sh OLD_BINARY NEW_BINARY CORPUS_DIR
#   (a corpus from: go run ./cmd/bench/gencorpus -shared ../shared -mb 15 -out DIR)
# On PostgreSQL: READS_PG_OLD and READS_PG_NEW, the URLs of two empty
# databases, one for each binary, instead of bolt folders.
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: $0 OLD_BINARY NEW_BINARY CORPUS_DIR" >&2; exit 2; }
old=$1 new=$2 corpus=$3
work=$(mktemp -d /tmp/claimgraph-reads.XXXXXX)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$work"' EXIT
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
store() { # old|new: the flags that name its database (no spaces in them)
  if [ -n "${READS_PG_OLD:-}" ]; then
    local url=READS_PG_${1^^}
    echo "--backend postgres --address ${!url}"
  else
    echo "--db $work/$1.db"
  fi
}
for which in old new; do
  bin=${!which}
  /usr/bin/time -o "$work/t" -f "%e s, %M KB" "$bin" build $(store $which) "$corpus" >/dev/null 2>&1
  echo "$which build: $(cat "$work/t"), $(du -sh "$work/$which.db" 2>/dev/null | cut -f1)"
done
median() { # old|new, command, arguments...
  local bin=${!1} db=$1 cmd=$2; shift 2
  for _ in 1 2 3; do
    # Flags go before a command's arguments.
    /usr/bin/time -o "$work/t" -f "%e" "$bin" "$cmd" $(store $db) "$@" >/dev/null 2>&1 || echo "failed: $cmd $*" >&2
    cat "$work/t"
  done | sort -n | sed -n 2p
}
outlets=$("$new" outlets $(store new) --format json | grep -o '"[ab]": *"[^"]*"' | cut -d'"' -f4 | sort -u | head -2)
a=$(echo "$outlets" | sed -n 1p) b=$(echo "$outlets" | sed -n 2p)
run() { # label, arguments...
  local label=$1; shift
  printf '%s | %s | %s\n' "$label" "$(median old "$@")" "$(median new "$@")"
}
echo "command | old | new"
run claims claims
for s in corroborated single-source conflicted; do run "claims --status $s" claims --status "$s"; done
run "claims --entity Witkoff" claims --entity Witkoff
run outlets outlets
run entities entities
run stats stats
run figures figures
run "diff \"$a\" \"$b\"" diff "$a" "$b"

# Pages: the first claim, entity and outlet each binary lists.
claim=$("$new" claims $(store new) --limit 1 --format jsonl | python3 -c 'import json, sys; print(json.loads(sys.stdin.readline())["id"])')
entity=$("$new" entities $(store new) --format json | python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["id"])')
esc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
pages=("/" "/?status=corroborated" "/?q=witkoff" "/claim?id=$(esc "$claim")" "/entity?id=$(esc "$entity")"
  "/outlet?name=$(esc "$a")" "/figures" "/entities.json" "/outlets.json")
port=18432
for which in old new; do
  bin=${!which}
  "$bin" serve $(store $which) --addr 127.0.0.1:$port 2>/dev/null &
  pid=$!
  until curl -s -o /dev/null "http://127.0.0.1:$port/outlets.json"; do sleep 0.2; done
  for p in "${pages[@]}"; do
    for _ in 1 2 3; do curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port$p"; done | sort -n | sed -n 2p > "$work/$which.$(echo "$p" | md5sum | cut -c1-8)"
  done
  kill -INT $pid; wait $pid 2>/dev/null || true
done
for p in "${pages[@]}"; do
  k=$(echo "$p" | md5sum | cut -c1-8)
  printf 'page %s | %s | %s\n' "$p" "$(cat "$work/old.$k")" "$(cat "$work/new.$k")"
done
