#!/usr/bin/env bash
# Fails when a jar that the installers carry is not named in THIRD-PARTY-NOTICES, so a new or
# updated dependency cannot ship without its licence being looked at.
# Usage (from installer/): src/linux/check-notices.sh JAR_FOLDER...
set -euo pipefail
notices=../THIRD-PARTY-NOTICES
missing=0
for folder in "$@"; do
  for jar in "$folder"/*.jar; do
    name=$(basename "$jar")
    case "$name" in latchkey-*) continue ;; esac
    if ! grep -qF "$name" "$notices"; then
      echo "THIRD-PARTY-NOTICES does not name $name: add it with its licence" >&2
      missing=1
    fi
  done
done
exit "$missing"
