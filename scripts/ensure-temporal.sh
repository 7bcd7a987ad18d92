#!/usr/bin/env bash
# Prints the path of a Temporal CLI that can run `server start-dev`.
# Order: $TEMPORAL_CLI, a `temporal` on PATH, the cache outside the checkout, else build it once there.
set -euo pipefail
TEMPORAL_VERSION=v1.5.1
CACHE_DIR="${CLOSELOOP_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/closeloop}"
cached="$CACHE_DIR/bin/temporal"

usable() { [ -x "$1" ] && "$1" --version 2>/dev/null | grep -q 'Server 1\.'; }

if [ -n "${TEMPORAL_CLI:-}" ]; then
  usable "$TEMPORAL_CLI" || { echo "TEMPORAL_CLI=$TEMPORAL_CLI is not a usable Temporal CLI" >&2; exit 1; }
  echo "$TEMPORAL_CLI"; exit 0
fi
if on_path=$(command -v temporal 2>/dev/null) && usable "$on_path"; then echo "$on_path"; exit 0; fi
if usable "$cached"; then echo "$cached"; exit 0; fi

command -v go >/dev/null || { echo "Go is needed once to build the Temporal CLI (apt-get install golang-go, or set TEMPORAL_CLI)" >&2; exit 1; }
echo "Building the Temporal CLI $TEMPORAL_VERSION into $CACHE_DIR/bin (once; a few minutes)..." >&2
mkdir -p "$CACHE_DIR/bin"
(cd /tmp && GOBIN="$CACHE_DIR/bin" GOFLAGS=-mod=mod go install "github.com/temporalio/cli/cmd/temporal@$TEMPORAL_VERSION") >&2
usable "$cached" || { echo "the Temporal CLI build did not produce $cached" >&2; exit 1; }
echo "$cached"
