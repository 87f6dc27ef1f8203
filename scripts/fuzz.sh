#!/usr/bin/env bash
# Fuzzes each Jazzer target for a bounded time, one after another, and prints one line per target:
#   module test-class#method  executions  corpus-entries  corpus-bytes  result
# Usage: scripts/fuzz.sh SECONDS [module/Class#method ...]   (no targets = all of them)
# Corpora grow in <module>/.cifuzz-corpus/ (git-ignored); a crash is written as crash-<sha1> into
# <module>/src/test/resources/<package>/<Class>Inputs/<method>/, where regression mode replays it.
set -u
seconds=${1:?usage: scripts/fuzz.sh SECONDS [module/Class#method ...]}
shift
cd "$(dirname "$0")/.."
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(
    eql/EqlFuzzTest#lexer eql/EqlFuzzTest#parseCompileRun
    kql/KqlFuzzTest#parseCompile
    ingest/ReaderFuzzTest#detectReadNormalize ingest/ReaderFuzzTest#detectReadRaw ingest/ReaderFuzzTest#gzipped
    ingest/NormalizerFuzzTest#cloudTrail ingest/NormalizerFuzzTest#azureActivity ingest/NormalizerFuzzTest#gcpAudit
    sigma/SigmaFuzzTest#loadCompile sigma/SigmaFuzzTest#condition
    rules/TomlRuleFuzzTest#loadRule
    cli/ConfigFuzzTest#loadConfig
  )
fi
mkdir -p target
for t in "${targets[@]}"; do
  module=${t%%/*}
  test=${t#*/}
  log=target/fuzz-${test/\#/-}.log
  JAZZER_FUZZ=1 JAZZER_MAX_DURATION=${seconds}s ./mvnw -q -B -o test -pl "$module" -am \
    -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1
  rc=$?
  done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1)
  runs=$(sed -nE 's/^#([0-9]+).*/\1/p' <<<"$done_line")
  corp=$(sed -nE 's/.*corp: ([0-9]+)\/([0-9A-Za-z]+).*/\1 \2/p' <<<"$done_line")
  result=$([ $rc -eq 0 ] && echo ok || echo "FINDING (see $log)")
  echo "$module $test ${runs:-?} ${corp:-? ?} $result"
done
