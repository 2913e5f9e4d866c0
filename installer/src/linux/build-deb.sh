#!/usr/bin/env bash
# The Linux part of the installer build, run by installer/pom.xml in the package phase, from
# installer/, after jpackage made the app-image target/jpackage/Latchkey:
#   1. every bundled jar is named in THIRD-PARTY-NOTICES;
#   2. jpackage turns the app-image into a .deb, which is unpacked to add to it;
#   3. shell-script launchers bin/Latchkey and bin/latchkey replace jpackage's native ones, which
#      ask dpkg which package they belong to at every start (0.45-0.6 s);
#   4. start-up caches, made here by training runs of the unpacked program: lib/latchkey-cli.jsa,
#      an AppCDS archive of the classes the command line loads, and lib/latchkey-window.aot, a
#      JDK 25 AOT cache (classes loaded and linked, method profiles) of the window shown under
#      Xvfb. Both record the jars' paths relative to one another and their sizes and times,
#      which dpkg keeps, so they are valid wherever the package is installed;
#   5. the desktop entry, icons, AppStream metadata, notices, the systemd user unit, the D-Bus
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

step "jpackage: the .deb"
rm -rf target/jpackage-deb
"$jpackage" @target/jpackage-args/metadata.args @target/jpackage-args/deb.args
deb=$(ls target/jpackage-deb/*.deb)
root=target/deb-root
rm -rf "$root"
dpkg-deb --raw-extract "$deb" "$root"
app="$root/opt/latchkey"

step "shell launchers in place of jpackage's"
# The class path exactly as jpackage's launcher built it from its .cfg, in the same order.
classpath=$(sed -n 's|^app.classpath=\$APPDIR/|$app/lib/app/|p' "$app/lib/app/Latchkey.cfg" | paste -sd: -)
[ -n "$classpath" ] || { echo "no app.classpath in $app/lib/app/Latchkey.cfg" >&2; exit 1; }
# The Java options of jpackage's .cfg (src/jpackage/app-image.args); jpackage.* are its own.
java_options=$(sed -n '/^java-options=-Djpackage\./d; s|^java-options=||p' "$app/lib/app/Latchkey.cfg" | paste -sd' ' -)
[ -n "$java_options" ] || { echo "no java-options in $app/lib/app/Latchkey.cfg" >&2; exit 1; }
# launcher NAME CACHE_OPTION [SHELL_LINES]: writes bin/NAME. jpackage.app-path names the
# launcher as jpackage's does, so `latchkey quick-fill --…` finds bin/Latchkey beside it
# (WindowStarter).
launcher() {
  cat >"$app/bin/$1" <<EOF
#!/bin/sh
# Latchkey's launcher bin/$1: the bundled Java, started directly, with its start-up cache.
# No arguments opens the window, anything else is the command line.
self=\$(readlink -f "\$0")
app=\${self%/bin/*}
${3:-}exec "\$app/lib/runtime/bin/java" $java_options $2 \\
  -Djpackage.app-path="\$app/bin/$1" -cp "$classpath" dev.latchkey.app.Main "\$@"
EOF
  chmod 755 "$app/bin/$1"
}
launcher Latchkey '-XX:AOTCache="$app/lib/latchkey-window.aot"'
# A bare quick-fill may become the window (when none runs): it starts with the window's cache.
launcher latchkey '-XX:SharedArchiveFile="$app/lib/latchkey-cli.jsa"' \
  '[ "$#" = 1 ] && [ "$1" = quick-fill ] && exec "$app/bin/Latchkey" quick-fill
'
rm -f "$app/lib/app/"*.cfg "$app/lib/libapplauncher.so"
abs_app=$(cd "$app" && pwd)
abs_classpath=${classpath//\$app/$abs_app}
java="$app/lib/runtime/bin/java"

step "the command line's AppCDS archive (training runs)"
training=target/cds-training
rm -rf "$training"
mkdir -p "$training/home"
printf 'training only\n' >"$training/password"
train() {
  local name=$1
  shift
  # shellcheck disable=SC2086 # the options are words
  LATCHKEY_HOME="$training/home" "$java" $java_options -XX:DumpLoadedClassList="$training/$name.classlist" \
    -cp "$abs_classpath" dev.latchkey.app.Main "$@" >/dev/null 2>&1 </dev/null \
    || { echo "training run '$name' failed: latchkey $*" >&2; return 1; }
}
train version --version
train help --help
train generate generate-password
train create-keychain --password-file "$training/password" create-keychain training
train add --password-file "$training/password" add-generic-password -s training -a alice -w not-a-secret
train find --password-file "$training/password" find-generic-password -s training -a alice -w
# JDK 25's lists number their classes ("name id: N"), each run its own way: merged by name.
# The @cp lines (constants to resolve at dump time) go: resolving them links picocli's classes,
# compiled for Java 5, and such classes are left out of the archive once linked (0.1 s lost).
awk '/^#/ || /^@cp / { next } { sub(/ id: [0-9]+$/, "") } !seen[$0]++' "$training"/*.classlist >"$training/cli.classlist.merged"
mv "$training/cli.classlist.merged" "$training/cli.classlist"
# shellcheck disable=SC2086
"$java" $java_options -Xshare:dump -XX:SharedClassListFile="$training/cli.classlist" \
  -XX:SharedArchiveFile="$app/lib/latchkey-cli.jsa" -cp "$abs_classpath" >"$training/cli-dump.log" 2>&1 \
  || { cat "$training/cli-dump.log" >&2; exit 1; }
chmod 644 "$app/lib/latchkey-cli.jsa"
step "  $(wc -l <"$training/cli.classlist") classes, $(du -h "$app/lib/latchkey-cli.jsa" | cut -f1)"

step "the window's AOT cache (training run under Xvfb)"
command -v Xvfb >/dev/null && command -v xdotool >/dev/null \
  || { echo "the window's AOT cache needs Xvfb and xdotool (apt-get install xvfb xdotool)" >&2; exit 1; }
# The window as a returning user first sees it: the unlock prompt of the default keychain;
# then Quick Fill, opened by `latchkey quick-fill`, so its classes are in the cache too.
start_xvfb
# shellcheck disable=SC2086
LATCHKEY_HOME="$training/home" "$java" $java_options -XX:AOTCacheOutput="$app/lib/latchkey-window.aot" \
  -Djpackage.app-path="$abs_app/bin/Latchkey" -cp "$abs_classpath" dev.latchkey.app.Main \
  >"$training/window.log" 2>&1 &
gui=$!
if ! wait_for_window "$gui" 120 >/dev/null; then
  stop_xvfb
  cat "$training/window.log" >&2
  echo "no window appeared in the training run" >&2
  exit 1
fi
sleep 2
# shellcheck disable=SC2086
LATCHKEY_HOME="$training/home" "$java" $java_options -cp "$abs_classpath" dev.latchkey.app.Main quick-fill \
  >>"$training/window.log" 2>&1 \
  && timeout 20 xdotool search --sync --onlyvisible --name '^Quick Fill$' >/dev/null \
  || step "  Quick Fill did not open in the training run; the cache covers the main window"
sleep 2
# SIGTERM ends the window through its shutdown hooks; the JVM writes the cache as it exits.
kill -TERM "$gui"
wait "$gui" || true
stop_xvfb
[ -s "$app/lib/latchkey-window.aot" ] || { cat "$training/window.log" >&2; echo "no AOT cache was written" >&2; exit 1; }
chmod 644 "$app/lib/latchkey-window.aot"
step "  $(du -h "$app/lib/latchkey-window.aot" | cut -f1)"

step "adding the desktop entry, icons, AppStream metadata, notices and /usr/bin/latchkey"
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
