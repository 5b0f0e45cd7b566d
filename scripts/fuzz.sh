#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) in build-fuzz/ and runs
# each for a bounded time on its seed corpus. Usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-20}"
"$root/scripts/deps.sh"
build="$root/build-fuzz"
if [ ! -f "$build/build.ninja" ]; then
  CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLECTERN_FUZZ=ON
fi
targets=(fuzz_txt fuzz_md fuzz_docx fuzz_roster_csv fuzz_roster_xlsx fuzz_lan_request)
# Only the fuzz targets and what they link: the rest of the tree (the kiosk,
# its QML, the other tests) is the main build's, and building it again with
# the sanitizers here took half of a CI run's build time.
cmake --build "$build" --target "${targets[@]}"
for target in "${targets[@]}"; do
  corpus="$build/corpus-$target"
  mkdir -p "$corpus"
  echo "== $target: ${seconds}s"
  "$build/tests/fuzz/$target" "$corpus" "$root/tests/fuzz/seeds/${target#fuzz_}" \
    -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=262144 -timeout=10 -print_final_stats=1 2>&1 | tail -n 12
done
echo "fuzz: no crash in ${seconds}s per target"
