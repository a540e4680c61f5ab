#!/usr/bin/env bash
# Installs what dossier needs to build and test, from Debian's packages (Debian 12 "bookworm"):
# the compiler and build tools, RocksDB, simdjson, ICU, fmt, Catch2 and OpenSSL's libcrypto, and
# Node.js with npm for the JSON Schema validator (tools/schema-check), and Chromium for the browser
# test of the HTML briefing (tests/browser, driven by playwright-core without a browser of its own).
# Safe to run again: it installs only what is missing.
set -euo pipefail

packages=(g++ cmake ninja-build pkg-config
          librocksdb-dev libsimdjson-dev libicu-dev libfmt-dev catch2 libssl-dev chromium)
# tools/fuzz.sh (setup.sh --fuzz) also needs clang and its libFuzzer runtime; the default set-up
# stays without them. (tools/build.sh --sanitize uses g++'s own ASan and UBSan.)
[ "${1:-}" = --fuzz ] && packages+=(clang libclang-rt-14-dev)
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
