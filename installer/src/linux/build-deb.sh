#!/usr/bin/env bash
# The Linux part of the installer build, run by installer/pom.xml in the package phase, from
# installer/, after jpackage made the app-image target/jpackage/Latchkey:
#   1. every bundled jar is named in THIRD-PARTY-NOTICES;
#   2. training runs of the app-image record the classes Latchkey loads at start-up (AppCDS
#      class list; the .deb's postinst turns it into an archive where the program is installed);
#   3. jpackage turns the app-image into a .deb (src/linux/deb holds its maintainer scripts);
#   4. the desktop entry, icons, AppStream metadata, notices, the systemd user unit, the D-Bus
#      activation file and the /usr/bin/latchkey link are added to the .deb as files of the
#      package, so dpkg owns and removes them.
# Output: target/installer/latchkey_<version>_<arch>.deb
# Usage: src/linux/build-deb.sh PATH_TO_JPACKAGE
set -euo pipefail
jpackage=$1
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=x11.sh
. "$here/x11.sh"
image=target/jpackage/Latchkey
app_id=dev.latchkey.Latchkey

step() { echo "[build-deb] $*"; }

step "checking THIRD-PARTY-NOTICES"
"$here/check-notices.sh" target/app target/javafx

# JavaFX looks for its native libraries in the runtime first; without them it would unpack
# copies into each user's ~/.openjfx.
[ -f "$image/lib/runtime/lib/libglass.so" ] || { echo "JavaFX's native libraries are missing from the runtime" >&2; exit 1; }

step "recording the start-up classes (AppCDS training runs)"
training=target/cds-training
rm -rf "$training"
mkdir -p "$training/home"
printf 'training only\n' >"$training/password"
train() {
  local name=$1
  shift
  LATCHKEY_HOME="$training/home" JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$training/$name.classlist" \
    "$image/bin/latchkey" "$@" >/dev/null 2>&1 || { echo "training run '$name' failed: latchkey $*" >&2; return 1; }
}
train version --version
train help --help
train create-keychain --password-file "$training/password" create-keychain training
train add --password-file "$training/password" add-generic-password -s training -a alice -w not-a-secret
train find --password-file "$training/password" find-generic-password -s training -a alice -w
train generate generate-password
if command -v Xvfb >/dev/null && command -v xdotool >/dev/null; then
  # The window as a returning user first sees it: the unlock prompt of the default keychain.
  start_xvfb
  LATCHKEY_HOME="$training/home" JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$training/window.classlist" \
    "$image/bin/Latchkey" >/dev/null 2>&1 &
  gui=$!
  if wait_for_window "$gui" 120 >/dev/null; then
    sleep 2
    step "  the window appeared; closing it"
  else
    step "  no window appeared (is the GUI built?); the class list covers the command line"
  fi
  kill -TERM "$gui" 2>/dev/null || true
  wait "$gui" 2>/dev/null || true
  stop_xvfb
else
  step "  Xvfb or xdotool missing: the class list covers the command line only"
fi
awk '!/^#/ && !seen[$0]++' "$training"/*.classlist >"$image/lib/latchkey.classlist"
install -m 755 "$here/cds-archive.sh" "$image/lib/cds-archive.sh"
rm -f "$image/lib/latchkey.jsa"
step "  $(wc -l <"$image/lib/latchkey.classlist") classes and call sites"

step "jpackage: the .deb"
rm -rf target/jpackage-deb
"$jpackage" @target/jpackage-args/metadata.args @target/jpackage-args/deb.args

step "adding the desktop entry, icons, AppStream metadata, notices and /usr/bin/latchkey"
deb=$(ls target/jpackage-deb/*.deb)
root=target/deb-root
rm -rf "$root"
dpkg-deb --raw-extract "$deb" "$root"
install -D -m 644 "../resources/linux/$app_id.desktop" "$root/usr/share/applications/$app_id.desktop"
install -D -m 644 "../resources/linux/$app_id.metainfo.xml" "$root/usr/share/metainfo/$app_id.metainfo.xml"
for png in ../resources/icons/png/latchkey-*.png; do
  size=${png##*-}
  size=${size%.png}
  install -D -m 644 "$png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
install -D -m 644 ../resources/icons/latchkey.svg "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
install -D -m 644 ../THIRD-PARTY-NOTICES "$root/usr/share/doc/latchkey/THIRD-PARTY-NOTICES"
install -D -m 644 ../README.md "$root/usr/share/doc/latchkey/README.md"
# The keychain service without the window: a systemd user unit, and D-Bus activation of the
# Secret Service (docs/decisions/0010).
install -D -m 644 ../resources/linux/latchkey.service "$root/usr/lib/systemd/user/latchkey.service"
install -D -m 644 "../resources/linux/$app_id.secrets.service" "$root/usr/share/dbus-1/services/$app_id.secrets.service"
mkdir -p "$root/usr/bin"
ln -s /opt/latchkey/bin/latchkey "$root/usr/bin/latchkey"
installed_kib=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -i "s/^Installed-Size:.*/Installed-Size: $installed_kib/" "$root/DEBIAN/control"
if [ -f "$root/DEBIAN/md5sums" ]; then
  (cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum) >"$root/DEBIAN/md5sums"
fi
mkdir -p target/installer
rm -f target/installer/*.deb
out="target/installer/$(basename "$deb")"
dpkg-deb --root-owner-group -Zxz -b "$root" "$out" >/dev/null
step "wrote $out ($(du -h "$out" | cut -f1))"
