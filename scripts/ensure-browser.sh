#!/usr/bin/env bash
# Prints the path of a headless Chromium for the browser tests (Debian's chromium, driven by playwright-core), with
# the CJK fonts Chinese text needs. Installs them with apt-get only when missing; no browser is downloaded.
# Order: $CLOSELOOP_CHROMIUM, a `chromium` on PATH, else apt-get install chromium fonts-noto-cjk.
set -euo pipefail

fonts_present() { fc-list :lang=zh 2>/dev/null | grep -qi 'noto'; }
usable() { [ -x "$1" ] && "$1" --version >/dev/null 2>&1; }

if [ -n "${CLOSELOOP_CHROMIUM:-}" ]; then
  usable "$CLOSELOOP_CHROMIUM" || { echo "CLOSELOOP_CHROMIUM=$CLOSELOOP_CHROMIUM is not a usable Chromium" >&2; exit 1; }
  echo "$CLOSELOOP_CHROMIUM"; exit 0
fi

missing=()
on_path=$(command -v chromium 2>/dev/null || true)
if [ -z "$on_path" ] || ! usable "$on_path"; then missing+=(chromium); fi
if ! fonts_present; then missing+=(fonts-noto-cjk fontconfig); fi

if [ ${#missing[@]} -gt 0 ]; then
  command -v apt-get >/dev/null || { echo "install ${missing[*]} (Debian packages), or set CLOSELOOP_CHROMIUM" >&2; exit 1; }
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing ${missing[*]} with apt-get (once)..." >&2
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  on_path=$(command -v chromium)
fi
usable "$on_path" || { echo "chromium at $on_path does not run" >&2; exit 1; }
echo "$on_path"
