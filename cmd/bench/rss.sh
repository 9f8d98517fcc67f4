#!/usr/bin/env bash
# Runs a command and prints its wall time and peak resident memory, split
# into the process's own (anonymous) pages and file-backed ones (a memory
# map such as bolt's), sampled from /proc/PID/status every 0.2 s: the
# split that /usr/bin/time's one figure hides.
# Usage: cmd/bench/rss.sh COMMAND [ARG...]
set -euo pipefail
start=$(date +%s.%N)
"$@" > /dev/null &
pid=$!
peak=0 anon=0 file=0
while kill -0 "$pid" 2>/dev/null; do
  if read -r r a f < <(awk '/^VmRSS/{r=$2} /^RssAnon/{a=$2} /^RssFile/{f=$2} END{print r, a, f}' "/proc/$pid/status" 2>/dev/null); then
    [ -n "$r" ] && [ "$r" -gt "$peak" ] && peak=$r
    [ -n "$a" ] && [ "$a" -gt "$anon" ] && anon=$a
    [ -n "$f" ] && [ "$f" -gt "$file" ] && file=$f
  fi
  sleep 0.2
done
wait "$pid" || echo "exit status $?"
secs=$(echo "$(date +%s.%N) - $start" | bc -l)
printf '%.1f s  peak RSS %d MB (anonymous %d MB, file-backed %d MB at their own peaks)\n' "$secs" $((peak / 1024)) $((anon / 1024)) $((file / 1024))
