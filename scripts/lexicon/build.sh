#!/usr/bin/env bash
# Regenerates knowledge/lexicon/{sv-thesaurus.json,LICENSES.md} from the Debian package
#   mythes-sv  LibreOffice Swedish thesaurus (Synlex)
# It is only downloaded and unpacked in a temporary folder; nothing is installed.
# Needs apt-get, dpkg-deb and node (>= 18). If apt-get cannot find the packages, run `apt-get update`.
#
#   bash scripts/lexicon/build.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/knowledge/lexicon"
packages=(mythes-sv)

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# As root, apt-get downloads as the _apt user, which must be able to write the folder.
if [[ $(id -u) -eq 0 ]] && id _apt >/dev/null 2>&1; then chown _apt "$tmp"; fi

(cd "$tmp" && apt-get download "${packages[@]}") || {
  echo "build.sh: apt-get download failed; try 'apt-get update' first" >&2
  exit 1
}

version() { dpkg-deb -f "$(ls "$tmp"/"$1"_*.deb)" Version; }
mkdir "$tmp/root"
for p in "${packages[@]}"; do
  dpkg-deb -x "$(ls "$tmp"/"$p"_*.deb)" "$tmp/root"
  echo "unpacked $p $(version "$p")"
done

distro="Debian"
if [[ -r /etc/os-release ]]; then distro="$(. /etc/os-release && echo "${PRETTY_NAME:-Debian}")"; fi

node "$here/derive.mjs" \
  --root "$tmp/root" \
  --out "$out" \
  --mythes-version "$(version mythes-sv)" \
  --distro "$distro"
