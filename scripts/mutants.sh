#!/usr/bin/env bash
# Mutation testing of the pure crates (`make mutants`; not part of CI): cargo-mutants changes
# the code one operator or return value at a time and reruns the crate's tests; a change no
# test notices is "missed". Installs cargo-mutants on demand. Prints each crate's score
# (caught / viable, where viable excludes changes that do not build). Equivalent changes are
# skipped in .cargo/mutants.toml, each with the reason.
#
#   scripts/mutants.sh                                  both crates (hours on 2 cores)
#   scripts/mutants.sh crates/core/src/stats/progress.rs  one file (its crate's tests)
#   ITERATE=1 scripts/mutants.sh                        only what the last run did not catch
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
if ! command -v cargo-mutants >/dev/null 2>&1; then
  echo "==> cargo install cargo-mutants (a few minutes)"
  cargo install cargo-mutants --locked
fi

score() {
  local out=$1 label=$2
  local caught missed timeout unviable
  caught=$(grep -c . "$out/caught.txt" 2>/dev/null || true)
  missed=$(grep -c . "$out/missed.txt" 2>/dev/null || true)
  timeout=$(grep -c . "$out/timeout.txt" 2>/dev/null || true)
  unviable=$(grep -c . "$out/unviable.txt" 2>/dev/null || true)
  local viable=$((caught + missed + timeout))
  if [ "$viable" -gt 0 ]; then
    printf '%s : %d pris sur %d viables (%d.%d %%), %d manqués, %d hors délai, %d non compilables\n' \
      "$label" $((caught + timeout)) "$viable" $(((caught + timeout) * 100 / viable)) $((((caught + timeout) * 1000 / viable) % 10)) \
      "$missed" "$timeout" "$unviable"
  fi
  [ "$missed" -eq 0 ] || sed 's/^/  manqué : /' "$out/missed.txt"
}

run() {
  local package=$1 label=$2
  shift 2
  local iterate=()
  [ "${ITERATE:-0}" = 1 ] && iterate=(--iterate)
  cargo mutants --package "$package" --timeout 30 --output "target/mutants-$label" "${iterate[@]}" "$@" || true
  score "target/mutants-$label/mutants.out" "$label"
}

if [ $# -gt 0 ]; then
  for file in "$@"; do
    case $file in
      crates/core/*) run en-action-core "$(basename "$file" .rs)" --file "$file" ;;
      crates/view/*) run en-action-view "$(basename "$file" .rs)" --file "$file" ;;
      *) echo "$file : seuls crates/core et crates/view sont mutés" >&2; exit 2 ;;
    esac
  done
else
  run en-action-core core
  run en-action-view view
fi
