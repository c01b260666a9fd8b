#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium for the browser smoke test.
# Installs it with apt (non-interactive) when missing; needs root. Exit 0 = Chromium is there.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
if [[ -x "$CHROMIUM" ]]; then
  exit 0
fi
if [[ "$(id -u)" -ne 0 ]]; then
  echo "ensureChromium: $CHROMIUM is missing and this is not root; install it with: sudo apt-get install -y chromium" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensureChromium: $CHROMIUM is missing and apt-get is not available" >&2
  exit 1
fi

echo "ensureChromium: installing Debian chromium (apt-get)…" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq </dev/null >&2
apt-get install -y -qq --no-install-recommends chromium </dev/null >&2
[[ -x "$CHROMIUM" ]] || { echo "ensureChromium: apt-get finished but $CHROMIUM is still missing" >&2; exit 1; }
echo "ensureChromium: $("$CHROMIUM" --version 2>/dev/null || echo chromium installed)" >&2
