#!/usr/bin/env bash
# Builds a Release `bolwerk` and the Debian package bolwerk_VERSION_ARCH.deb with dpkg-deb
# (issue #19 item 5): the program in /usr/bin, the web resources (templates, messages,
# CSS) in /usr/share/bolwerk, the hardened unit bolwerk.service, the configuration
# /etc/bolwerk/bolwerk.env (a conffile) and the runtime Depends: from
# scripts/debian-packages/runtime.txt. No root needed.
#   scripts/package-deb.sh [--out DIR]        (default DIR: ./dist)
# BOLWERK_RELEASE_BUILD_DIR (default build-release) is reused, so a second run only
# rebuilds what changed. BOLWERK_PACKAGE_NO_INSTALL=1 skips scripts/install-deps.sh.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
out="$root/dist"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --out) [[ $# -ge 2 ]] || { echo "error: --out needs a folder" >&2; exit 2; }; out="$2"; shift 2 ;;
    *) echo "error: unknown argument '$1' (usage: scripts/package-deb.sh [--out DIR])" >&2; exit 2 ;;
  esac
done
build_dir="${BOLWERK_RELEASE_BUILD_DIR:-build-release}"

[[ "${BOLWERK_PACKAGE_NO_INSTALL:-}" == 1 ]] || scripts/install-deps.sh runtime build
build_log="$(mktemp)"
if ! scripts/build.sh "$build_dir" -DCMAKE_BUILD_TYPE=Release -DBOLWERK_SANITIZE=OFF -DBOLWERK_WERROR=OFF \
  -DBOLWERK_BUILD_TESTS=OFF -DBOLWERK_BUILD_BENCHMARKS=OFF -- bolwerk > "$build_log" 2>&1; then
  tail -40 "$build_log" >&2
  rm -f "$build_log"
  echo "error: the Release build in $build_dir failed" >&2
  exit 1
fi
rm -f "$build_log"

version="$(sed -n 's/^project(bolwerk VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)"
architecture="$(dpkg --print-architecture)"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
package="$stage/bolwerk"

# The program, without debug symbols.
install -D -m 0755 "$build_dir/src/cli/bolwerk" "$package/usr/bin/bolwerk"
strip --strip-unneeded "$package/usr/bin/bolwerk"

# Web resources, in the layout default_resource_root() expects under BOLWERK_RESOURCES:
# every file of src/web that is not code (templates, messages, static), and the CSS of the
# two npm packages that are served (their dist folders only).
share="$package/usr/share/bolwerk"
while IFS= read -r -d '' file; do
  install -D -m 0644 "$file" "$share/$file"
done < <(find src/web -type f ! -name '*.cpp' ! -name '*.hpp' ! -name 'CMakeLists.txt' -print0)
for npm_package in @utrecht/component-library-css @nl-design-system-unstable/voorbeeld-design-tokens; do
  [[ -d "node_modules/$npm_package/dist" ]] \
    || { echo "error: node_modules/$npm_package is missing (run scripts/install-deps.sh runtime build)" >&2; exit 69; }
  mkdir -p "$share/node_modules/$npm_package"
  cp -R "node_modules/$npm_package/dist" "$share/node_modules/$npm_package/"
  install -m 0644 "node_modules/$npm_package/package.json" "$share/node_modules/$npm_package/package.json"
done

install -D -m 0644 packaging/debian/bolwerk.service "$package/usr/lib/systemd/system/bolwerk.service"
install -D -m 0640 packaging/debian/bolwerk.env "$package/etc/bolwerk/bolwerk.env"
install -D -m 0644 packaging/debian/copyright "$package/usr/share/doc/bolwerk/copyright"
[[ ! -f docs/operations.md ]] || install -m 0644 docs/operations.md "$package/usr/share/doc/bolwerk/operations.md"
install -D -m 0644 docs/nginx/bolwerk.conf "$package/usr/share/doc/bolwerk/examples/nginx-bolwerk.conf"
chmod -R u+rwX,go+rX,go-w "$share"

# Control files: Depends: from the runtime list.
depends="$(grep -v '^\s*#' scripts/debian-packages/runtime.txt | grep -v '^\s*$' | paste -sd, - | sed 's/,/, /g')"
installed_size="$(du -sk "$package" | cut -f1)"
install -d "$package/DEBIAN"
cat > "$package/DEBIAN/control" <<CONTROL
Package: bolwerk
Version: $version
Architecture: $architecture
Maintainer: Bolwerk developers <bolwerk@localhost>
Section: admin
Priority: optional
Installed-Size: $installed_size
Depends: adduser, $depends
Description: ISMS for the BIO2 of Dutch government bodies
 Bolwerk is an information security management system for Dutch government bodies
 that must meet the BIO2 under the Cyberbeveiligingswet: gap analysis and the
 Verklaring van Toepasselijkheid, risk management, evidence, suppliers, incidents,
 and a hash-chained audit trail. Runs as the hardened systemd service bolwerk.service.
CONTROL
echo "/etc/bolwerk/bolwerk.env" > "$package/DEBIAN/conffiles"
for script in postinst prerm postrm; do
  install -m 0755 "packaging/debian/$script" "$package/DEBIAN/$script"
done

mkdir -p "$out"
deb="$out/bolwerk_${version}_${architecture}.deb"
dpkg-deb --root-owner-group -Zxz -z3 --build "$package" "$deb" >/dev/null
echo "$deb"
