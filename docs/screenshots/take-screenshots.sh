#!/usr/bin/env bash
# Takes the README's screenshots from the real Latchkey window on a virtual display.
# Needs (Debian): xvfb libgtk-3-0 imagemagick xdotool openbox. Run from the repository root:
#   docs/screenshots/take-screenshots.sh     (with JAVA_HOME at a Java 25 JDK, as for the build)
# The data is made up (ScreenshotKeychain in the app's test sources); the keychain password
# is typed into the real unlock prompt, and every window is the real one.
set -euo pipefail
cd "$(dirname "$0")/../.."
display=${SCREENSHOT_DISPLAY:-:57}
out=docs/screenshots
work=$(mktemp -d)
password="correct horse battery staple"
app=""
wm=""
xvfb=""
trap 'kill $app $wm $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
# The JDK Maven builds with: the jars are compiled for Java 25.
java="${JAVA_HOME:?set JAVA_HOME to a Java 25 JDK}/bin/java"

mvn -B -q -pl app -am package -DskipTests
mvn -B -q -pl app -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt \
    -Dmdep.includeScope=test
classpath="app/target/test-classes:app/target/classes:$(cat app/target/cp.txt)"

Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp &
xvfb=$!
export DISPLAY=$display
sleep 1
openbox &
wm=$!
sleep 3  # let the window manager settle, or it may miss the first window
convert -size 1280x800 gradient:'#e4e9ef'-'#a9b8c8' "$work/background.png"
display -window root "$work/background.png" || true  # sets the backdrop, then reports no window to show

wait_for() {
  for _ in $(seq 120); do
    if xdotool search --name "$1" >/dev/null 2>&1; then sleep 1.5; return; fi
    sleep 0.5
  done
  echo "no window named '$1'" >&2
  exit 1
}
start_app() { # home, extra environment
  env LATCHKEY_HOME="$1" ${2:-} "$java" -Dprism.order=sw -jar app/target/latchkey.jar >"$work/app.log" 2>&1 &
  app=$!
}
stop_app() { kill "$app"; wait "$app" 2>/dev/null || true; app=""; }
shot() { sleep 1; import -window root "$out/$1"; echo "wrote $out/$1"; }
wait_gone() {
  for _ in $(seq 120); do
    if ! xdotool search --name "$1" >/dev/null 2>&1; then sleep 1; return; fi
    sleep 0.5
  done
  echo "window '$1' stayed" >&2
  exit 1
}
unlock_and_select_github() {
  wait_for "^Unlock"
  xdotool type --delay 20 "$password"
  xdotool key Return
  wait_gone "^Unlock"
  xdotool windowactivate --sync "$(xdotool search --name '^Latchkey$' | head -1)"
  xdotool key ctrl+f; xdotool type --delay 20 "github"; xdotool key Down
  xdotool key ctrl+f Escape Down
}

# SCREENSHOTS="2 7" takes only those steps; by default every one.
want() { [ -z "${SCREENSHOTS:-}" ] || [[ " $SCREENSHOTS " == *" $1 "* ]]; }

if want 1; then
# 1. First run: an empty home asks for the login keychain's password.
start_app "$work/empty"
wait_for "Create your login keychain"
xdotool type --delay 20 "maple otter violin 42 sunset"; xdotool key Tab
xdotool type --delay 20 "maple otter violin 42 sunset"
shot first-run.png
stop_app
fi

# 2. A keychain of a few dozen items (some with one-time codes), light; then the inspector and the new-item dialog.
"$java" -cp "$classpath" dev.latchkey.app.shell.ScreenshotKeychain "$work/home" "$password" 2>/dev/null
if want 2; then
start_app "$work/home"
unlock_and_select_github
shot main-light.png
xdotool key ctrl+i
wait_for "Info: GitHub"
shot inspector.png
xdotool key Escape
sleep 1
xdotool key ctrl+n
wait_for "New Internet password"
xdotool type --delay 20 "Fosstodon"; xdotool key Tab
xdotool type --delay 20 "alice@acme.example"; xdotool key Tab
xdotool type --delay 20 "https://fosstodon.org"; xdotool key Tab Tab space
shot new-item-assistant.png
stop_app
fi

if want 3; then
# 3. The same in the dark theme (the desktop asks for dark through GTK_THEME).
start_app "$work/home" "GTK_THEME=Adwaita:dark"
unlock_and_select_github
shot main-dark.png
stop_app
fi

if want 4; then
# 4. One-time codes (live, with their countdown rings) and Security Recommendations.
start_app "$work/home"
unlock_and_select_github
xdotool mousemove 155 433 click 1   # the sidebar's fourth category, Verification Codes (below System Roots)
sleep 1
xdotool mousemove 640 780           # no hover highlight in the picture
shot verification-codes.png
xdotool mousemove 286 76 click 1    # the Keychain menu; Security Recommendations is its last item
sleep 0.5
xdotool key Up Return
wait_for "^Security Recommendations"
shot security-recommendations.png
stop_app
fi

if want 5; then
# 5. Certificates: the media server's identity in the inspector, then Evaluate… on it.
start_app "$work/home"
wait_for "^Unlock"
xdotool type --delay 20 "$password"
xdotool key Return
wait_gone "^Unlock"
xdotool windowactivate --sync "$(xdotool search --name '^Latchkey$' | head -1)"
# My Certificates holds the identity only; under All Items its key has the same name and
# either may come first.
xdotool mousemove 155 467 click 1
sleep 0.5
xdotool key ctrl+f; xdotool type --delay 20 "media"; xdotool key Down
xdotool key ctrl+i
wait_for "Info: media.home.arpa"
sleep 5  # the banner's trust evaluation reads System Roots first
shot certificate-inspector.png
xdotool key Escape
wait_gone "Info: media.home.arpa"
# The shortcut is sometimes lost while the main window takes the focus back: press it again.
for _ in 1 2 3; do
  xdotool windowactivate --sync "$(xdotool search --name '^Latchkey$' | head -1)"
  sleep 0.5
  xdotool key ctrl+alt+e
  sleep 3
  xdotool search --name "Evaluate: media.home.arpa" >/dev/null 2>&1 && break
done
wait_for "Evaluate: media.home.arpa"
shot trust-viewer.png
stop_app
fi

if want 6; then
# 6. The ASN.1 viewer on the media server's certificate (File > Open ASN.1 File…, Ctrl+Alt+O), an
#    element selected, and Verify Signature (Ctrl+Alt+V) on a JAR the home lab's code signer signed.
start_app "$work/home"
unlock_and_select_github
xdotool key ctrl+alt+o
wait_for "^Open ASN.1 File"
xdotool key ctrl+l   # GTK's location field
sleep 0.5
xdotool type --delay 20 "$work/home/files/media.home.arpa.pem"
sleep 0.5
xdotool key Return
wait_for "^ASN.1: media.home.arpa.pem"
xdotool windowsize "$(xdotool search --name '^ASN.1: ' | head -1)" 1180 700
xdotool windowmove "$(xdotool search --name '^ASN.1: ' | head -1)" 50 40
sleep 1
for _ in $(seq 9); do xdotool key Down; done   # down the tree to the issuer's first attribute
sleep 0.5
xdotool mousemove 1270 790
shot asn1-viewer.png
xdotool key Escape
wait_gone "^ASN.1: "
xdotool windowactivate --sync "$(xdotool search --name '^Latchkey$' | head -1)"
xdotool key ctrl+alt+v
wait_for "^Verify Signature$"
xdotool key Return   # Choose JAR… is the default button
wait_for "^Choose a Signed JAR"
xdotool key ctrl+l
sleep 0.5
xdotool type --delay 20 "$work/home/files/photo-sorter.jar"
sleep 0.5
xdotool key Return
sleep 8  # the trust store reads System Roots first
xdotool mousemove 1270 790
shot verify-signature.png
stop_app

fi

if want 7; then
# 7. Quick Fill, opened with Ctrl+Shift+Space over another application's login form.
start_app "$work/home"
unlock_and_select_github
xdotool windowminimize "$(xdotool search --name '^Latchkey$' | head -1)"
"$java" -Dprism.order=sw -cp "$classpath" dev.latchkey.app.testing.TypingTarget >/dev/null 2>&1 &
form=$!
trap 'kill $app $wm $xvfb $form 2>/dev/null || true; rm -rf "$work"' EXIT
wait_for "^Auto-type target"
xdotool windowactivate --sync "$(xdotool search --name '^Auto-type target' | head -1)"
xdotool windowsize "$(xdotool search --name '^Auto-type target' | head -1)" 400 150
xdotool windowmove "$(xdotool search --name '^Auto-type target' | head -1)" 60 60
sleep 0.5
xdotool key --clearmodifiers ctrl+shift+space
wait_for "^Quick Fill$"
xdotool type --delay 40 "git"
xdotool mousemove 1270 790          # no hover highlight in the picture
shot quick-fill.png
kill "$form"
stop_app
fi

# 8. Import Passwords…: the preview of a KeePassXC CSV (one entry already in the keychain);
#    then Export Passwords… with CSV chosen, which warns that CSV is plain text.
if want 8; then
cat >"$work/KeePassXC export.csv" <<'CSV'
"Group","Title","Username","Password","URL","Notes","TOTP","Icon","Last Modified","Created"
"Root/Work","GitLab","amartin","x8#Lw2pQ","https://gitlab.com","","","0","2025-03-02T10:00:00Z","2023-01-09T08:00:00Z"
"Root/Work","Grafana","alice","m4!Tz9","https://grafana.acme.example/login","On-call dashboards","","0","2025-02-11T09:30:00Z","2024-06-01T12:00:00Z"
"Root/Home","Home Assistant","alice","q7&Vn3","http://ha.home.arpa:8123","","","0","2025-01-20T18:00:00Z","2024-02-14T19:00:00Z"
"Root/Home","Printer","admin","p1nt3r!","","Brother HL-L2350DW","","0","2024-11-05T16:00:00Z","2023-11-05T16:00:00Z"
"Root/Finance","Tax office portal","AM-4471","Zk2!wq9","https://www.elster.de","","otpauth://totp/Elster:AM-4471?secret=JBSWY3DPEHPK3PXP","0","2025-03-15T08:00:00Z","2022-03-15T08:00:00Z"
"Root","Old forum","alice_m","hunter2","https://forum.example.org","","otpauth://totp/x?secret=not-base32!","0","2019-05-01T08:00:00Z","2015-05-01T08:00:00Z"
CSV
start_app "$work/home"
unlock_and_select_github
xdotool key ctrl+alt+i
wait_for "^Import passwords into"
xdotool type --delay 10 "$work/KeePassXC export.csv"
xdotool key Return
sleep 2
xdotool mousemove 1270 790
shot import-passwords.png
xdotool key Escape
wait_gone "^Import passwords into"
xdotool windowactivate --sync "$(xdotool search --name '^Latchkey$' | head -1)"
xdotool key ctrl+alt+p
wait_for "^Export “login”"
xdotool key Down
sleep 1
shot export-passwords.png
stop_app
fi

if want 9; then
# 9. An application asks the window's Secret Service for a password it did not store (Docker's
#    credential helper would, through libsecret; here secret-tool): the window asks. Always Allow
#    (Alt+A), and the item's Access Control tab lists the application.
bus=$(dbus-daemon --session --fork --print-address=1 --print-pid=3 3>"$work/bus.pid")
start_app "$work/home" "DBUS_SESSION_BUS_ADDRESS=$bus"
unlock_and_select_github
sleep 3  # the Secret Service starts beside the window
DBUS_SESSION_BUS_ADDRESS=$bus secret-tool lookup service docker.io username amartin >/dev/null 2>&1 &
wait_for "wants a password$"
xdotool mousemove 1270 790
shot access-request.png
xdotool key alt+a
wait_gone "wants a password$"
xdotool windowactivate --sync "$(xdotool search --name '^Latchkey$' | head -1)"
xdotool key ctrl+f; xdotool type --delay 20 "docker"; xdotool key Down
xdotool key ctrl+f Escape Down
xdotool key ctrl+i
wait_for "Info: Docker Hub"
xdotool key ctrl+Tab
shot access-control.png
stop_app
kill "$(cat "$work/bus.pid")" 2>/dev/null || true
fi

if want 10; then
# 10. An entry imported from KeePass with its folder, further fields (two of them hidden) and
#     attached files: the inspector's Fields & Files tab after "Show Fields and Files".
start_app "$work/home"
unlock_and_select_github
xdotool key ctrl+f; xdotool type --delay 20 "hetzner"; xdotool key Down
xdotool key ctrl+f Escape Down
xdotool key ctrl+i
wait_for "Info: Hetzner Console"
xdotool key ctrl+Tab
sleep 1
xdotool key Tab space
sleep 2
shot fields-and-files.png
stop_app
fi
