#!/usr/bin/env bash
# A real install of the Latchkey .deb, as a user would do it: build the package, install it,
# use the installed command and window (Quick Fill opened by the system-wide shortcut and from
# outside it, a second start that hands over to the running window), the keychain service
# started by D-Bus activation and used by secret-tool, purge it, and check that the user's
# keychain is still there. Prints each check; when one fails, names the step and
# stops (exit 1).
# Needs root on Debian/Ubuntu with fakeroot, xvfb, xdotool, x11-utils, imagemagick and
# libgtk-3-0 (.ci/run installs them). Keeps a screenshot of the window and the window's output
# in installer/target/test-install/.
# Usage: installer/test-install.sh [--no-build]   (--no-build installs the .deb built last)
set -uo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=src/linux/x11.sh
. "$repo/installer/src/linux/x11.sh"
out="$repo/installer/target/test-install"
app_id=dev.latchkey.Latchkey
current="start"
installed_by_us=false
gui_pid=

step() {
  current=$1
  echo "== $1"
}
ok() { echo "   ok: $*"; }
fail() {
  echo "   FAILED: $*" >&2
  echo "test-install: step '$current' failed" >&2
  exit 1
}
cleanup() {
  [ -n "$gui_pid" ] && kill "$gui_pid" 2>/dev/null
  stop_xvfb
  if $installed_by_us && dpkg -s latchkey >/dev/null 2>&1; then
    dpkg --purge latchkey >/dev/null 2>&1
  fi
  rm -rf "${work:-}"
}
trap cleanup EXIT

[ "$(id -u)" -eq 0 ] || { echo "test-install: run as root (it installs a package)" >&2; exit 1; }
rm -rf "$out"
mkdir -p "$out"
work=$(mktemp -d)

step "build the .deb"
if [ "${1:-}" != "--no-build" ]; then
  # The unit tests ran in the README's test command just before; this builds the package only.
  (cd "$repo" && mvn -B -q -Pinstaller -DskipTests package) >"$out/build.log" 2>&1 \
    || { tail -n 40 "$out/build.log" >&2; fail "mvn -Pinstaller package failed (log: $out/build.log)"; }
fi
deb=$(ls "$repo"/installer/target/installer/latchkey_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "no installer/target/installer/latchkey_*.deb"
size_mib=$(( $(stat -c %s "$deb") / 1048576 ))
# 60 MiB until the start-up caches (about 16 MiB compressed, docs/decisions/0014) came in.
[ "$size_mib" -le 72 ] || fail "$(basename "$deb") is $size_mib MiB, over the 72 MiB budget"
ok "$(basename "$deb"), $size_mib MiB (budget 72 MiB)"
dpkg-deb -f "$deb" Depends | grep -qw libgtk-3-0 || fail "the package does not depend on libgtk-3-0"
ok "depends on libgtk-3-0"

step "install it with dpkg -i"
if dpkg -s latchkey >/dev/null 2>&1; then
  dpkg --purge latchkey >/dev/null || fail "could not purge the latchkey package installed before"
fi
dpkg -i "$deb" >"$out/dpkg-install.log" 2>&1 || { cat "$out/dpkg-install.log" >&2; fail "dpkg -i failed"; }
installed_by_us=true
[ "$(dpkg-query -W -f '${Status}' latchkey)" = "install ok installed" ] || fail "dpkg does not list latchkey as installed"
ok "installed"
[ "$(readlink -f /usr/bin/latchkey)" = /opt/latchkey/bin/latchkey ] || fail "/usr/bin/latchkey does not lead to /opt/latchkey/bin/latchkey"
dpkg -S /usr/bin/latchkey 2>/dev/null | grep -q '^latchkey:' || fail "/usr/bin/latchkey is not a file of the package"
ok "/usr/bin/latchkey -> /opt/latchkey/bin/latchkey, owned by the package"
desktop=/usr/share/applications/$app_id.desktop
[ -f "$desktop" ] || fail "$desktop is missing"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $desktop"
fi
[ -f "/usr/share/icons/hicolor/256x256/apps/$app_id.png" ] || fail "the 256 px menu icon is missing"
[ -f "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" ] || fail "the scalable menu icon is missing"
[ -f "/usr/share/metainfo/$app_id.metainfo.xml" ] || fail "the AppStream metainfo is missing"
ok "menu entry, icons (16-512 px and SVG) and AppStream metainfo installed"
modules=$(/opt/latchkey/lib/runtime/bin/java --list-modules) || fail "the bundled runtime does not start"
if echo "$modules" | grep -E '^(jdk\.attach|jdk\.jdwp\.agent|jdk\.management\.agent)@'; then
  fail "the runtime carries a module that lets other processes attach to it"
fi
for launcher in /opt/latchkey/bin/Latchkey /opt/latchkey/bin/latchkey; do
  grep -q 'bin/java" -XX:+DisableAttachMechanism ' "$launcher" || fail "$launcher does not pass -XX:+DisableAttachMechanism"
done
ok "runtime of $(echo "$modules" | wc -l) modules, none to attach with; launchers disable attaching"
[ -f /opt/latchkey/lib/runtime/lib/libglass.so ] || fail "JavaFX's native libraries are not in /opt/latchkey/lib/runtime/lib"
ok "JavaFX's native libraries are in the runtime"
for cache in latchkey-cli.jsa latchkey-window.aot; do
  dpkg -S "/opt/latchkey/lib/$cache" 2>/dev/null | grep -q '^latchkey:' || fail "the start-up cache lib/$cache is not a file of the package"
done
# Made at build time in another folder: the JVM must still accept them here (-Xshare:on and
# -XX:AOTMode=on end the JVM when the archive or cache cannot be used).
JAVA_TOOL_OPTIONS=-Xshare:on latchkey --version >/dev/null 2>"$out/cds.err" \
  || { cat "$out/cds.err" >&2; fail "the command line cannot use lib/latchkey-cli.jsa"; }
JAVA_TOOL_OPTIONS=-XX:AOTMode=on /opt/latchkey/bin/Latchkey --version >/dev/null 2>"$out/aot.err" \
  || { cat "$out/aot.err" >&2; fail "the window cannot use lib/latchkey-window.aot"; }
ok "start-up caches used where installed: command line $(( $(stat -c %s /opt/latchkey/lib/latchkey-cli.jsa) / 1048576 )) MiB, window $(( $(stat -c %s /opt/latchkey/lib/latchkey-window.aot) / 1048576 )) MiB"

step "run latchkey --version from the PATH"
version=$(env -i PATH=/usr/local/bin:/usr/bin:/bin HOME="$work" latchkey --version 2>"$out/version.err") \
  || { cat "$out/version.err" >&2; fail "latchkey --version exited with an error"; }
echo "$version" | grep -q '^latchkey [0-9]' || fail "unexpected output: $version"
[ ! -s "$out/version.err" ] || { cat "$out/version.err" >&2; fail "latchkey --version wrote to stderr"; }
ok "$(echo "$version" | head -n 1)"

step "create a keychain, add and find a password with the installed command"
export LATCHKEY_HOME="$work/latchkey-home"
printf 'install-test keychain password\n' >"$work/password"
latchkey --password-file "$work/password" create-keychain install-test >"$out/cli.log" 2>&1 \
  || { cat "$out/cli.log" >&2; fail "create-keychain failed"; }
keychain="$LATCHKEY_HOME/keychains/install-test.keychain.mv.db"
[ -f "$keychain" ] || fail "no keychain file at $keychain"
ok "created $keychain"
printf 'correct horse battery staple\n' \
  | latchkey --password-file "$work/password" add-generic-password -s install-test -a alice -w - >>"$out/cli.log" 2>&1 \
  || { cat "$out/cli.log" >&2; fail "add-generic-password failed"; }
found=$(latchkey --password-file "$work/password" find-generic-password -s install-test -a alice -w 2>>"$out/cli.log") \
  || { cat "$out/cli.log" >&2; fail "find-generic-password failed"; }
[ "$found" = "correct horse battery staple" ] || fail "find-generic-password printed something else than the stored password"
ok "added a password and found it again"

step "start the installed window from its menu entry, under Xvfb"
start_xvfb || fail "Xvfb did not start"
exec_line=$(sed -n 's/^Exec=//p' "$desktop" | head -n 1)
[ -n "$exec_line" ] || fail "$desktop has no Exec line"
# shellcheck disable=SC2086 # the Exec line is a command with its arguments
$exec_line >"$out/window.out" 2>"$out/window.err" &
gui_pid=$!
started=$(now_ms)
window=$(wait_for_window "$gui_pid" 90)
case $? in
  0) ;;
  1) cat "$out/window.err" >&2; fail "'$exec_line' exited before showing a window (its output: $out/window.err)" ;;
  *) fail "no window of '$exec_line' within 90 s" ;;
esac
ok "a window appeared after $(( $(now_ms) - started )) ms: \"$(xdotool getwindowname "$window")\""
sleep 2
import -window root "$out/window.png" || fail "import could not take a screenshot"
ok "screenshot: $out/window.png"
wm_class=$(xprop -id "$window" WM_CLASS | sed -n 's/.*= "\([^"]*\)".*/\1/p')
startup_class=$(sed -n 's/^StartupWMClass=//p' "$desktop")
[ "$wm_class" = "$startup_class" ] \
  || fail "the window's WM_CLASS is '$wm_class' but the menu entry's StartupWMClass is '$startup_class'"
ok "WM_CLASS $wm_class matches the menu entry"

step "press Ctrl+Shift+Space anywhere: the system-wide shortcut opens Quick Fill"
started=$(now_ms)
xdotool key --clearmodifiers ctrl+shift+space
quick_fill=$(timeout 20 xdotool search --sync --onlyvisible --name '^Quick Fill$' | head -n 1)
[ -n "$quick_fill" ] \
  || fail "no window titled 'Quick Fill' within 20 s of Ctrl+Shift+Space (JNA in the runtime? see $out/window.err)"
ok "Quick Fill appeared $(( $(now_ms) - started )) ms after Ctrl+Shift+Space"
xdotool windowfocus --sync "$quick_fill" key Escape
for _ in $(seq 50); do
  xdotool search --onlyvisible --name '^Quick Fill$' >/dev/null 2>&1 || break
  sleep 0.2
done
xdotool search --onlyvisible --name '^Quick Fill$' >/dev/null 2>&1 && fail "Escape did not close Quick Fill"
ok "Escape closed it again"

step "open Quick Fill from outside the window with latchkey quick-fill"
started=$(now_ms)
latchkey quick-fill >"$out/quick-fill.out" 2>"$out/quick-fill.err" \
  || { cat "$out/quick-fill.err" >&2; fail "latchkey quick-fill exited with an error"; }
timeout 20 xdotool search --sync --onlyvisible --name '^Quick Fill$' >/dev/null \
  || fail "no window titled 'Quick Fill' within 20 s of latchkey quick-fill"
ok "a Quick Fill window appeared $(( $(now_ms) - started )) ms after latchkey quick-fill"
action_exec=$(sed -n '/^\[Desktop Action quick-fill\]/,/^\[/s/^Exec=//p' "$desktop")
[ -n "$action_exec" ] || fail "$desktop has no Quick Fill action"
# shellcheck disable=SC2086 # the Exec line is a command with its arguments
$action_exec >>"$out/quick-fill.out" 2>>"$out/quick-fill.err" \
  || { cat "$out/quick-fill.err" >&2; fail "the menu entry's Quick Fill action ('$action_exec') exited with an error"; }
[ "$(xdotool search --onlyvisible --name '^Quick Fill$' | wc -l)" -eq 1 ] \
  || fail "after the Quick Fill action there is not exactly one Quick Fill window"
ok "the menu entry's Quick Fill action ('$action_exec') reaches the same window"

step "start the window a second time: the first one comes to the front, the second start ends"
started=$(now_ms)
$exec_line >"$out/second-start.out" 2>"$out/second-start.err" &
second_pid=$!
deadline=$(( $(date +%s) + 15 ))
while kill -0 "$second_pid" 2>/dev/null && [ "$(date +%s)" -lt "$deadline" ]; do
  sleep 0.05
done
if kill -0 "$second_pid" 2>/dev/null; then
  kill "$second_pid" 2>/dev/null
  fail "the second start was still running after 15 s"
fi
wait "$second_pid"
second_rc=$?
[ "$second_rc" -eq 0 ] || { cat "$out/second-start.err" >&2; fail "the second start exited with $second_rc"; }
grep -q '^Latchkey is already running' "$out/second-start.out" \
  || fail "the second start did not say that Latchkey is already running: $(cat "$out/second-start.out")"
main_windows=$(xdotool search --onlyvisible --name '^Latchkey$' | wc -l)
[ "$main_windows" -eq 1 ] || fail "$main_windows main windows after the second start, not 1"
ok "the second start ended with exit 0 after $(( $(now_ms) - started )) ms; still one main window"
kill "$gui_pid" 2>/dev/null
wait "$gui_pid" 2>/dev/null
gui_pid=

step "with no window running, latchkey quick-fill becomes the window and opens Quick Fill"
[ ! -e "$LATCHKEY_HOME/latchkey.socket" ] || fail "the window left $LATCHKEY_HOME/latchkey.socket behind when it ended"
started=$(now_ms)
# Like a desktop shortcut: the command is the window from here on, so it runs in the background.
latchkey quick-fill >"$out/quick-fill-start.out" 2>"$out/quick-fill-start.err" &
gui_pid=$!
quick_fill=$(timeout 30 xdotool search --sync --onlyvisible --name '^Quick Fill$' | head -n 1)
[ -n "$quick_fill" ] || { cat "$out/quick-fill-start.err" >&2; fail "no window titled 'Quick Fill' within 30 s of latchkey quick-fill"; }
[ "$(xdotool getwindowpid "$quick_fill")" = "$gui_pid" ] || fail "Quick Fill is not in the process latchkey quick-fill started"
ok "Latchkey started and showed Quick Fill $(( $(now_ms) - started )) ms after latchkey quick-fill, in one process"
kill "$gui_pid" 2>/dev/null
for _ in $(seq 200); do kill -0 "$gui_pid" 2>/dev/null || break; sleep 0.05; done
gui_pid=
stop_xvfb

step "the keychain service: D-Bus activation starts latchkey daemon; secret-tool stores and looks up"
if command -v dbus-daemon >/dev/null && command -v secret-tool >/dev/null; then
  [ -f /usr/lib/systemd/user/latchkey.service ] || fail "the systemd user unit /usr/lib/systemd/user/latchkey.service is missing"
  activation=/usr/share/dbus-1/services/$app_id.secrets.service
  [ -f "$activation" ] || fail "the D-Bus activation file $activation is missing"
  # A private session bus: it reads the package's activation file like the user's bus would.
  DBUS_SESSION_BUS_ADDRESS=$(dbus-daemon --session --fork --print-address=1 --print-pid=3 3>"$work/bus.pid") \
    || fail "could not start a private dbus-daemon"
  export DBUS_SESSION_BUS_ADDRESS
  started=$(now_ms)
  dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
    org.freedesktop.DBus.Peer.Ping >/dev/null 2>"$out/activation.err" \
    || { cat "$out/activation.err" >&2; fail "asking for org.freedesktop.secrets did not start latchkey daemon"; }
  ok "the bus started latchkey daemon and it answered in $(( $(now_ms) - started )) ms"
  latchkey unlock --password-file "$work/password" >>"$out/cli.log" 2>&1 \
    || { cat "$out/cli.log" >&2; fail "latchkey unlock failed"; }
  printf 'from secret-tool' | secret-tool store --label="Install test" service install-secret user bob \
    2>>"$out/cli.log" || { cat "$out/cli.log" >&2; fail "secret-tool store failed"; }
  [ "$(secret-tool lookup service install-secret user bob 2>>"$out/cli.log")" = "from secret-tool" ] \
    || fail "secret-tool lookup did not give back what secret-tool stored"
  [ "$(latchkey find-generic-password -s install-secret -w 2>>"$out/cli.log" </dev/null)" = "from secret-tool" ] \
    || { cat "$out/cli.log" >&2; fail "the command line did not find secret-tool's password without asking"; }
  ok "secret-tool stored and looked up a password; latchkey found it without the password (unlocked in the daemon)"
  pkill -TERM -f '^/opt/latchkey/lib/runtime/bin/java .*dev\.latchkey\.app\.Main daemon$' || fail "no latchkey daemon process to stop"
  for _ in $(seq 100); do [ ! -e "$LATCHKEY_HOME/latchkey.socket" ] && break; sleep 0.1; done
  [ ! -e "$LATCHKEY_HOME/latchkey.socket" ] || fail "latchkey daemon did not stop on SIGTERM"
  kill "$(cat "$work/bus.pid")" 2>/dev/null
  unset DBUS_SESSION_BUS_ADDRESS
  ok "SIGTERM stopped the daemon"
else
  ok "skipped: needs dbus-daemon and secret-tool (apt-get install dbus libsecret-tools)"
fi

step "purge the package; the keychain stays"
dpkg --purge latchkey >"$out/dpkg-purge.log" 2>&1 || { cat "$out/dpkg-purge.log" >&2; fail "dpkg --purge failed"; }
installed_by_us=false
! dpkg -s latchkey >/dev/null 2>&1 || fail "dpkg still lists latchkey"
for gone in /opt/latchkey /usr/bin/latchkey "$desktop" "/usr/share/icons/hicolor/256x256/apps/$app_id.png" \
    /usr/lib/systemd/user/latchkey.service "/usr/share/dbus-1/services/$app_id.secrets.service"; do
  [ ! -e "$gone" ] && [ ! -L "$gone" ] || fail "$gone is still there after the purge"
done
ok "/opt/latchkey, /usr/bin/latchkey, the menu entry and the icons are gone"
[ -f "$keychain" ] || fail "the keychain $keychain was removed with the package"
ok "the keychain $keychain is still there"

echo "test-install: all checks passed"
