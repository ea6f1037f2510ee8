#!/usr/bin/env bash
# Packs a built dataetik binary into the release archive that scripts/install-dataetik.sh and
# the GitHub Action download:
#
#   scripts/release-archive.sh TARGET BINARY OUTDIR
#
# writes OUTDIR/dataetik-TARGET.tar.gz (OUTDIR/dataetik-TARGET.zip for a Windows target) holding
# dataetik-TARGET/dataetik (dataetik.exe) and README.md. Used by .github/workflows/release.yml
# and by tests/packaging.rs, which installs such an archive with the installer.
set -euo pipefail

[ $# -eq 3 ] || { echo "usage: $0 TARGET BINARY OUTDIR" >&2; exit 2; }
target="$1"
binary="$2"
out="$3"
[ -f "$binary" ] || { echo "release-archive: no binary at $binary" >&2; exit 1; }
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
dir="dataetik-$target"
mkdir "$stage/$dir"
case "$target" in
  *-windows-*) exe=dataetik.exe ;;
  *) exe=dataetik ;;
esac
cp "$binary" "$stage/$dir/$exe"
chmod 755 "$stage/$dir/$exe"
cp "$root/README.md" "$stage/$dir/README.md"

case "$target" in
  *-windows-*)
    archive="$out/$dir.zip"
    rm -f "$archive"
    if command -v 7z >/dev/null 2>&1; then
      (cd "$stage" && 7z a -tzip -bd "$archive" "$dir" >/dev/null)
    else
      (cd "$stage" && zip -qr "$archive" "$dir")
    fi ;;
  *)
    archive="$out/$dir.tar.gz"
    tar -czf "$archive" -C "$stage" "$dir" ;;
esac
echo "$archive"
