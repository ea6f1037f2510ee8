#!/usr/bin/env bash
# Installs a released dataetik binary after checking it against the release's SHA256SUMS.
#
#   scripts/install-dataetik.sh [--version 0.1.0|v0.1.0|latest] [--to DIR] [--target TRIPLE]
#
# Downloads dataetik-<target>.tar.gz (.zip on Windows) and SHA256SUMS from the GitHub release
# v<version>, refuses the archive unless its SHA-256 is the one SHA256SUMS lists for it, unpacks
# the binary into DIR (default ~/.local/bin), runs `dataetik --version` and checks that it is the
# version asked for. Prints the installed path on the last line. Used by the GitHub Action
# (action.yml); works the same on a laptop or in any CI with bash, curl and tar.
#
# Environment (the options win):
#   DATAETIK_VERSION        version to install (default: latest, resolved and printed)
#   DATAETIK_INSTALL_DIR    where to put the binary
#   DATAETIK_RELEASE_URL    releases base URL (default https://github.com/dataetik/dataetik/releases);
#                           a mirror or a test server must have the same layout:
#                           <base>/download/v<version>/<file> and <base>/latest -> .../tag/v<version>
set -euo pipefail

die() {
  echo "install-dataetik: error: $*" >&2
  exit 1
}
say() { echo "install-dataetik: $*" >&2; }

version="${DATAETIK_VERSION:-latest}"
to="${DATAETIK_INSTALL_DIR:-$HOME/.local/bin}"
base="${DATAETIK_RELEASE_URL:-https://github.com/dataetik/dataetik/releases}"
base="${base%/}"
target=""
while [ $# -gt 0 ]; do
  case "$1" in
    --version) version="${2:?--version needs a value}"; shift 2 ;;
    --to) to="${2:?--to needs a directory}"; shift 2 ;;
    --target) target="${2:?--target needs a target triple}"; shift 2 ;;
    -h | --help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument: $1 (see --help)" ;;
  esac
done

command -v curl >/dev/null 2>&1 || die "curl is needed"
fetch() { # URL FILE
  curl --fail --silent --show-error --location --retry 3 --connect-timeout 20 -o "$2" "$1"
}

# The release to install. `latest` is resolved through the release page's redirect (no API
# token, no rate limit) and printed, so a log always says which version ran.
version="${version#v}"
if [ "$version" = latest ]; then
  final="$(curl --fail --silent --show-error --location --retry 3 -o /dev/null -w '%{url_effective}' "$base/latest")" ||
    die "cannot resolve the latest release at $base/latest"
  version="${final##*/}"
  version="${version#v}"
  say "latest release is $version"
fi
case "$version" in
  [0-9]*.[0-9]*.[0-9]*) ;;
  *) die "not a version: '$version' (expected X.Y.Z, vX.Y.Z or latest)" ;;
esac

# The build for this machine, named by its Rust target triple as in the release.
if [ -z "$target" ]; then
  arch="$(uname -m)"
  case "$arch" in
    x86_64 | amd64) arch=x86_64 ;;
    aarch64 | arm64) arch=aarch64 ;;
    *) die "no dataetik build for the processor '$arch'; try: pip install dataetik==$version" ;;
  esac
  case "$(uname -s)" in
    Linux)
      if ldd --version 2>&1 | grep -qi musl; then
        die "the Linux builds need glibc (2.17 or later); this system uses musl"
      fi
      target="$arch-unknown-linux-gnu" ;;
    Darwin) target="$arch-apple-darwin" ;;
    MINGW* | MSYS* | CYGWIN* | Windows_NT) target="x86_64-pc-windows-msvc" ;; # runs on Arm64 Windows too
    *) die "no dataetik build for '$(uname -s)'" ;;
  esac
fi
case "$target" in
  *-windows-*) archive="dataetik-$target.zip"; exe="dataetik.exe" ;;
  *) archive="dataetik-$target.tar.gz"; exe="dataetik" ;;
esac

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
url="$base/download/v$version"
say "downloading $url/$archive"
fetch "$url/$archive" "$work/$archive" || die "cannot download $url/$archive"
fetch "$url/SHA256SUMS" "$work/SHA256SUMS" || die "cannot download $url/SHA256SUMS"

# The checksum: exactly one line for the archive, and it must match.
expected="$(awk -v f="$archive" '$2 == f || $2 == "*" f { print tolower($1) }' "$work/SHA256SUMS")"
[ -n "$expected" ] || die "SHA256SUMS of v$version lists no $archive; refusing to install it"
[ "$(printf '%s\n' "$expected" | wc -l | tr -d ' ')" = 1 ] || die "SHA256SUMS lists $archive more than once"
if command -v sha256sum >/dev/null 2>&1; then
  actual="$(sha256sum "$work/$archive" | awk '{ print tolower($1) }')"
elif command -v shasum >/dev/null 2>&1; then
  actual="$(shasum -a 256 "$work/$archive" | awk '{ print tolower($1) }')"
else
  actual="$(openssl dgst -sha256 -r "$work/$archive" | awk '{ print tolower($1) }')"
fi
if [ "$actual" != "$expected" ]; then
  die "CHECKSUM MISMATCH for $archive: SHA256SUMS says $expected, the download is $actual. Nothing was installed."
fi
say "checksum ok: $archive sha256 $actual"

mkdir -p "$work/unpacked"
case "$archive" in
  *.zip)
    if command -v unzip >/dev/null 2>&1; then
      unzip -q "$work/$archive" -d "$work/unpacked"
    else
      powershell.exe -NoProfile -Command "Expand-Archive -LiteralPath '$work/$archive' -DestinationPath '$work/unpacked'"
    fi ;;
  *) tar -xzf "$work/$archive" -C "$work/unpacked" ;;
esac
binary="$work/unpacked/dataetik-$target/$exe"
[ -f "$binary" ] || die "$archive holds no dataetik-$target/$exe"

mkdir -p "$to"
cp "$binary" "$to/$exe.tmp.$$"
chmod 755 "$to/$exe.tmp.$$"
mv -f "$to/$exe.tmp.$$" "$to/$exe"

# A working binary of the version asked for, or nothing.
got="$("$to/$exe" --version 2>&1)" || die "the installed $to/$exe does not run: $got"
if [ "$got" != "dataetik $version" ]; then
  rm -f "$to/$exe"
  die "the binary in $archive says '$got', expected 'dataetik $version'; removed it"
fi
say "installed $got"
echo "$to/$exe"
