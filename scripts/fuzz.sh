#!/usr/bin/env bash
# Coverage-guided fuzzing of one parser boundary with SharpFuzz 2.3.0 and afl++ (see docs/reliability.md).
#
#   scripts/fuzz.sh <boundary> [seconds]
#
# boundary: ingest-txt | ingest-md | ingest-html | manifest | catalog | normalizer | numbers | dates | compare,
#           a comma-separated list of them, or all (each in turn, [seconds] each, one build)
# Installs afl++ (apt, needs root) and the SharpFuzz instrumenter when missing, publishes fuzz/ClaimTracker.Fuzz,
# instruments the ClaimTracker assemblies, then runs afl-fuzz for the given time (default 120 s) on the committed seeds.
# Work files go to $FUZZ_WORK (default /tmp/claimtracker-fuzz); findings to $FUZZ_WORK/findings/<boundary>.
# Prints executions, crashes and hangs per boundary; exits 1 when afl-fuzz saved a crash. Replay a finding with
#   dotnet $FUZZ_WORK/bin/ClaimTracker.Fuzz.dll <boundary> --replay <file>
set -euo pipefail
cd "$(dirname "$0")/.."

boundary=${1:?usage: scripts/fuzz.sh <boundary|all> [seconds]}
seconds=${2:-120}
all="ingest-txt ingest-md ingest-html manifest catalog normalizer numbers dates compare"
if [ "$boundary" = all ]; then boundaries=$all; else boundaries=${boundary//,/ }; fi
for b in $boundaries; do
  [ -d "fuzz/ClaimTracker.Fuzz/seeds/$b" ] || { echo "unknown boundary '$b' (one of: $all, all)" >&2; exit 2; }
done

work=${FUZZ_WORK:-/tmp/claimtracker-fuzz}
tools="$work/tools"
out="$work/bin"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v afl-fuzz >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
fi
if [ ! -x "$tools/sharpfuzz" ]; then
  dotnet tool install --tool-path "$tools" SharpFuzz.CommandLine --version 2.3.0 >/dev/null
fi

# A fresh publish each time: SharpFuzz refuses to instrument an assembly twice.
rm -rf "$out"
dotnet publish fuzz/ClaimTracker.Fuzz/ClaimTracker.Fuzz.csproj -c Release -o "$out" --nologo -v quiet >/dev/null
for dll in ClaimTracker.dll ClaimTracker.Languages.Arabic.dll ClaimTracker.Languages.English.dll; do
  "$tools/sharpfuzz" "$out/$dll" >/dev/null
done

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
status=0
for b in $boundaries; do
  findings="$work/findings/$b"
  rm -rf "$findings"
  mkdir -p "$findings"
  # -t: a run may take up to 10 s (the first one starts the runtime); -m none: the .NET runtime reserves much address space.
  afl-fuzz -i "fuzz/ClaimTracker.Fuzz/seeds/$b" -o "$findings" -V "$seconds" -t 10000 -m none -- dotnet "$out/ClaimTracker.Fuzz.dll" "$b" \
    > "$work/afl-$b.log" 2>&1 || true

  stats=$(find "$findings" -name fuzzer_stats | head -n 1)
  if [ -z "$stats" ]; then
    echo "boundary=$b: afl-fuzz did not start; see $work/afl-$b.log" >&2
    tail -n 30 "$work/afl-$b.log" >&2
    status=2
    continue
  fi
  get() { awk -F: -v k="$1" '$1 ~ "^"k" *$" { gsub(/ /, "", $2); print $2 }' "$stats"; }
  crashes=$(get saved_crashes); crashes=${crashes:-$(get unique_crashes)}
  hangs=$(get saved_hangs); hangs=${hangs:-$(get unique_hangs)}
  echo "boundary=$b seconds=$seconds execs_done=$(get execs_done) execs_per_sec=$(get execs_per_sec) corpus=$(get corpus_count) crashes=$crashes hangs=$hangs findings=$findings"
  if [ "${crashes:-0}" != "0" ] && [ "$status" = 0 ]; then status=1; fi
done
exit $status
