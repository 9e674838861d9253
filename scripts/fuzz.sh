#!/usr/bin/env bash
# Fuzzes the file readers (`make fuzz`; not part of CI). Installs cargo-fuzz on demand; runs on
# the stable toolchain without sanitizer (`-s none`). Each target's corpus is seeded from the
# shipped data and the test fixtures. A crash is written under fuzz/artifacts/TARGET/: turn it
# into a regression test (tests/fixtures/hostile/ and crates/core/tests/hostile.rs).
#
#   FUZZ_RUNS=2500000 scripts/fuzz.sh            every target, 2.5 million runs each
#   FUZZ_RUNS=100000 scripts/fuzz.sh indicator   one target
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
RUNS=${FUZZ_RUNS:-2500000}
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(territory indicator deck csv)

if ! command -v cargo-fuzz >/dev/null 2>&1; then
  echo "==> cargo install cargo-fuzz (a few minutes)"
  cargo install cargo-fuzz --locked
fi

seed() {
  local target=$1 dir=fuzz/corpus/$1
  mkdir -p "$dir"
  case $target in
    csv) find tests/fixtures -name '*.csv' -exec cp {} "$dir/" \; ;;
    *) find indicators tests/fixtures -name '*.json' -size -200k -exec cp {} "$dir/" \; ;;
  esac
}

for target in "${TARGETS[@]}"; do
  if [ ! -f "fuzz/fuzz_targets/$target.rs" ]; then
    echo "==> $target: no such fuzz target, skipped"
    continue
  fi
  seed "$target"
  echo "==> fuzz $target ($RUNS runs)"
  (cd fuzz && cargo fuzz run -s none -O "$target" "corpus/$target" -- \
    -runs="$RUNS" -max_len=65536 -timeout=10 -print_final_stats=1 2>&1) | tee "fuzz/$target.log" | grep -E 'stat::|Done|ERROR|panicked|crash' || true
done
