#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for a set time.
#
#   Tests/Fuzz/run.sh [seconds-per-target, default 600] [target …]
#
# Targets: front-matter, data-files, references, markdown, serve, workbook (the `fuzz-` prefix is
# optional); all six when none is named. Each target works on its own copy of the seeds in
# .build-fuzz/corpus/<target>, which keeps what earlier runs found, so the seeds in
# Tests/Fuzz/Corpus never change. Crash inputs go to .build-fuzz/crashes/<target>/ (not
# .build-fuzz/artifacts, which SwiftPM empties on every build) and the script exits with 1 when a
# run leaves one there. Extra libFuzzer flags: FUZZ_FLAGS="-jobs=2".
set -euo pipefail

cd "$(dirname "$0")/../.."
seconds=${1:-600}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=(front-matter data-files references markdown serve workbook); fi

scratch=.build-fuzz
# Its own scratch path: the sanitizer flags would otherwise rebuild the normal .build.
swift_build=(swift build -c debug --scratch-path "$scratch" -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING)
build() {
    local log=$scratch/logs/build-$1.log
    mkdir -p "$scratch/logs"
    # The linker warns about every ASan symbol; show the output only when the build fails.
    if ! "${swift_build[@]}" --product "$1" >"$log" 2>&1; then
        grep -v "Cannot export local symbol" "$log" >&2
        echo "run.sh: $1 did not build" >&2
        exit 2
    fi
}
bin=$("${swift_build[@]}" --show-bin-path)

status=0
summary=()
for target in "${targets[@]}"; do
    name=fuzz-${target#fuzz-}
    short=${name#fuzz-}
    seeds=Tests/Fuzz/Corpus/$short
    [ -d "$seeds" ] || { echo "run.sh: unknown target $target (no $seeds)" >&2; exit 2; }
    build "$name"

    corpus=$scratch/corpus/$name
    artifacts=$scratch/crashes/$name
    log=$scratch/logs/$name.log
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    cp -n "$seeds"/* "$corpus"/ 2>/dev/null || true
    stamp=$(mktemp)

    # data-files and references keep data they loaded once in globals; LeakSanitizer cannot follow
    # the tagged pointers Swift keeps in enums and strings, so those look leaked at exit and after
    # some inputs. The other two keep nothing, and a leak there (a cmark node never freed) is real.
    leaks=1
    case $short in data-files | references) leaks=0 ;; esac

    flags=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1
        -artifact_prefix="$artifacts/")
    dict=Tests/Fuzz/Dictionaries/$short.dict
    [ -f "$dict" ] && flags+=(-dict="$dict")
    echo "== $name: ${seconds}s, corpus $corpus, log $log"
    # libFuzzer exits non-zero after a crash; the artifacts decide the result, so go on.
    ASAN_OPTIONS=detect_leaks=$leaks${ASAN_OPTIONS:+:$ASAN_OPTIONS} \
        "$bin/$name" "${flags[@]}" ${FUZZ_FLAGS:-} "$corpus" >"$log" 2>&1 || true

    final=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1 || true)
    [ -n "$final" ] || final=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    found=$(find "$artifacts" -type f -newer "$stamp" 2>/dev/null | sort || true)
    rm -f "$stamp"
    line="$name: ${final:-no stats (see $log)}; corpus $(find "$corpus" -type f | wc -l) files"
    # No closing stats: the run stopped early without a crash input (a bad flag, a leak at exit).
    if [ -z "$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" || true)" ]; then
        status=1
        line+="; did not finish"
    fi
    if [ -n "$found" ]; then
        status=1
        line+="; CRASH: $(echo "$found" | tr '\n' ' ')"
        grep -E '^(==[0-9]+==ERROR|SUMMARY|.*Fatal error)' "$log" | head -5 || true
    fi
    echo "$line"
    summary+=("$line")
done

echo
printf '%s\n' "${summary[@]}"
exit $status
