# The two commands of the README:
#   make serve   builds the dashboard (release) on the shipped data and serves it locally
#   make test    runs every test: native (cargo), data check, browser (Playwright + Chromium)
# Both install what is missing first (scripts/setup.sh), and skip what is there.

SHELL := /bin/bash
# wasm-opt from npm's binaryen must come first: Debian's binaryen breaks the app.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
PORT ?= 8080

.PHONY: serve test setup build test-native check-data test-browser bench fuzz mutants clean

serve: build
	node scripts/serve.mjs dist $(PORT)

test: setup test-native check-data build test-browser

setup:
	@scripts/setup.sh

build: setup
	trunk build --release --skip-version-check

test-native:
	cargo test --workspace --exclude en-action-app --exclude en-action-bench-wasm

check-data:
	cargo run --quiet -p en-action-cli -- check indicators

test-browser:
	node --test --test-concurrency=1 tests/e2e/

# The native core's timings, then the web benchmarks against their targets (parts in
# scripts/bench/; one part: node scripts/bench-web.mjs lighthouse; the compute part builds
# crates/bench-wasm itself into target/bench-wasm/), then the workbench at national scale.
bench: build
	cargo run --profile bench-native --quiet -p en-action-cli --bin en-action-bench
	node scripts/bench-web.mjs
	node scripts/bench-workbench.mjs

# Mutation testing of crates/core and crates/view (not in CI; hours on 2 cores): prints the
# score of each crate. One file: scripts/mutants.sh crates/core/src/stats/progress.rs
mutants:
	scripts/mutants.sh

# Fuzzes the file readers (not in CI): FUZZ_RUNS runs per target (default 2.5 million).
fuzz:
	scripts/fuzz.sh

clean:
	rm -rf dist generated
