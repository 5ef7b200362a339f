#!/usr/bin/env bash
# Runs the end-to-end tests as a machine three to four times slower than this one would: everything
# (Playwright, its workers, Chromium, the static servers) on one CPU core, shared with a busy loop.
# Arguments go to `playwright test`. Build first (`npm run build && npm run build:base`).
set -euo pipefail
core="${SLOW_MACHINE_CORE:-0}"
taskset -c "$core" sh -c 'while :; do :; done' &
busy=$!
trap 'kill "$busy"' EXIT
taskset -c "$core" playwright test -c e2e/playwright.config.ts "$@"
