#!/usr/bin/env bash
# Score every file of a Numenta Anomaly Benchmark corpus with a vigil detector.
#
#   scripts/nab/run.sh CORPUS_DIR RESULTS_DIR [DETECTOR]
#
# For each CORPUS_DIR/data/<category>/<file>.csv it writes
# RESULTS_DIR/<category>/<DETECTOR>_<file>.csv (timestamp,value,anomaly_score)
# by piping the file through `vigil score -detector DETECTOR`. The binary is
# $VIGIL_BIN if set, otherwise it is built from ./cmd/vigil into a temporary
# directory. Score the results with the nabscore tool:
#   nabscore -data CORPUS_DIR -results RESULTS_DIR -name DETECTOR
set -euo pipefail

if [[ $# -lt 2 || $# -gt 3 ]]; then
	echo "usage: $0 CORPUS_DIR RESULTS_DIR [DETECTOR]" >&2
	exit 2
fi
corpus=$1
results=$2
detector=${3:-default}

if [[ ! -d "$corpus/data" ]]; then
	echo "$0: $corpus/data is not a directory" >&2
	exit 1
fi

bin=${VIGIL_BIN:-}
if [[ -z "$bin" ]]; then
	repo=$(cd "$(dirname "$0")/../.." && pwd)
	tmp=$(mktemp -d)
	trap 'rm -rf "$tmp"' EXIT
	(cd "$repo" && go build -o "$tmp/vigil" ./cmd/vigil)
	bin=$tmp/vigil
fi

n=0
for f in "$corpus"/data/*/*.csv; do
	category=$(basename "$(dirname "$f")")
	mkdir -p "$results/$category"
	out="$results/$category/${detector}_$(basename "$f")"
	if ! "$bin" score -detector "$detector" <"$f" >"$out.tmp"; then
		echo "$0: scoring $f failed" >&2
		rm -f "$out.tmp"
		exit 1
	fi
	mv "$out.tmp" "$out"
	n=$((n + 1))
done
echo "scored $n files into $results with detector $detector" >&2
