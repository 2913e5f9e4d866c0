#!/usr/bin/env bash
# Start-up time of the installed Latchkey against KeePassXC started the same way, all in one
# run on one machine (issue 14). Each case, Latchkey with its start-up caches, Latchkey without
# them and KeePassXC take turns, RUNS times; the medians and ratios are printed:
#   window-empty  launcher started -> its first window mapped, fresh data folder (Latchkey:
#                 "create your login keychain"; KeePassXC: its welcome screen)
#   window-10k    the same with a 10,000-item keychain: the unlock prompt (KeePassXC: the same
#                 items in a KDBX 4 file, exported by Latchkey, given on its command line)
#   version       `latchkey --version` / `keepassxc-cli --version`, started -> exited
#   generate      `latchkey generate-password` / `keepassxc-cli generate`
#   quick-fill    `latchkey quick-fill` with no window running -> a "Quick Fill" window mapped
#                 (the command becomes the window; KeePassXC has no such command: its column is
#                 the empty window's time)
# "no cache" runs the same launchers without their start-up cache: JAVA_TOOL_OPTIONS is
# -XX:AOTMode=off for the window's launcher, -Xshare:off for the command line's. Absolute
# times follow the machine's load; compare the ratios.
# Needs: the latchkey package installed (or APP_DIR=<its folder>), keepassxc, xvfb, xdotool.
# Usage: installer/measure-startup.sh [RUNS]    (default 5)
set -uo pipefail
runs=${1:-5}
app_dir=${APP_DIR:-/opt/latchkey}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=src/linux/x11.sh
. "$here/src/linux/x11.sh"

for tool in keepassxc keepassxc-cli Xvfb xdotool; do
  command -v "$tool" >/dev/null || { echo "measure-startup: $tool is missing" >&2; exit 1; }
done
[ -x "$app_dir/bin/Latchkey" ] || { echo "measure-startup: no Latchkey in $app_dir (install the .deb or set APP_DIR)" >&2; exit 1; }
gui=$app_dir/bin/Latchkey
cli=$app_dir/bin/latchkey
gui_no_cache=-XX:AOTMode=off
cli_no_cache=-Xshare:off

work=$(mktemp -d)
gui_pid=
trap '[ -n "$gui_pid" ] && kill "$gui_pid" 2>/dev/null; stop_xvfb; rm -rf "$work"' EXIT

echo "preparing a 10,000-item keychain and the same items as a KDBX file" >&2
big=$work/big-home
printf 'measure only\n' >"$work/password"
awk 'BEGIN { print "name,url,username,password"
  for (i = 1; i <= 10000; i++) printf "site%d,https://site%d.example.com/login,user%d,pw-%d-%d\n", i, i, i, i, i * 7919 }' \
  >"$work/items.csv"
LATCHKEY_HOME=$big LATCHKEY_KDF_TARGET_MS=700 "$cli" --password-file "$work/password" create-keychain login >/dev/null \
  && LATCHKEY_HOME=$big "$cli" --password-file "$work/password" import-passwords --format chrome-csv "$work/items.csv" >/dev/null \
  && LATCHKEY_HOME=$big "$cli" --password-file "$work/password" export-passwords -f kdbx -o "$work/big.kdbx" \
    --passphrase-file "$work/password" >/dev/null \
  || { echo "measure-startup: could not prepare the 10,000-item keychain" >&2; exit 1; }
start_xvfb || exit 1

# fresh NAME [HOME_TEMPLATE]: a new, empty home for one run (or a copy of the template's data).
fresh() {
  local dir
  dir=$(mktemp -d "$work/$1.XXXX")
  if [ -n "${2:-}" ]; then cp -a "$2" "$dir/latchkey"; fi
  echo "$dir"
}

# time_window HOME TITLE_REGEX COMMAND...: milliseconds until a window of the command (or, with
# a title, any visible window with that title) is mapped; nothing when it exits or times out.
time_window() {
  local home=$1 title=$2 started window=
  shift 2
  started=$(now_ms)
  HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache \
    LATCHKEY_HOME=$home/latchkey "$@" >/dev/null 2>&1 &
  gui_pid=$!
  if [ -z "$title" ]; then
    window=$(wait_for_window "$gui_pid" 60)
  else
    window=$(timeout 60 xdotool search --sync --onlyvisible --name "$title" 2>/dev/null | head -n 1)
  fi
  [ -n "$window" ] && echo $(( $(now_ms) - started ))
  kill "$gui_pid" 2>/dev/null
  wait "$gui_pid" 2>/dev/null
  gui_pid=
  for _ in $(seq 100); do xdotool search --onlyvisible --name . >/dev/null 2>&1 || break; sleep 0.05; done
}

# time_command COMMAND...: milliseconds the command takes.
time_command() {
  local started
  started=$(now_ms)
  "$@" >/dev/null 2>&1
  echo $(( $(now_ms) - started ))
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

cases="window-empty window-10k version generate quick-fill"
for c in $cases; do : >"$work/$c-lk"; : >"$work/$c-off"; : >"$work/$c-kp"; done
for run in $(seq "$runs"); do
  echo "run $run of $runs" >&2
  time_window "$(fresh e)" "" "$gui" >>"$work/window-empty-lk"
  time_window "$(fresh e)" "" env JAVA_TOOL_OPTIONS="$gui_no_cache" "$gui" >>"$work/window-empty-off"
  time_window "$(fresh e)" "" keepassxc >>"$work/window-empty-kp"
  time_window "$(fresh b "$big")" "" "$gui" >>"$work/window-10k-lk"
  time_window "$(fresh b "$big")" "" env JAVA_TOOL_OPTIONS="$gui_no_cache" "$gui" >>"$work/window-10k-off"
  time_window "$(fresh b)" "" keepassxc "$work/big.kdbx" >>"$work/window-10k-kp"
  time_command "$cli" --version >>"$work/version-lk"
  time_command env JAVA_TOOL_OPTIONS="$cli_no_cache" "$cli" --version >>"$work/version-off"
  time_command keepassxc-cli --version >>"$work/version-kp"
  time_command "$cli" generate-password >>"$work/generate-lk"
  time_command env JAVA_TOOL_OPTIONS="$cli_no_cache" "$cli" generate-password >>"$work/generate-off"
  time_command keepassxc-cli generate >>"$work/generate-kp"
  time_window "$(fresh q "$big")" '^Quick Fill$' "$cli" quick-fill >>"$work/quick-fill-lk"
  time_window "$(fresh q "$big")" '^Quick Fill$' env JAVA_TOOL_OPTIONS="$gui_no_cache" "$cli" quick-fill \
    >>"$work/quick-fill-off"
done
cp "$work/window-empty-kp" "$work/quick-fill-kp"

ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a / b }'
}
format='%-13s %10s %10s %10s %12s %14s %14s\n'
echo "Start-up, median of $runs runs, in ms ($(nproc) CPUs, load $(cut -d' ' -f1 /proc/loadavg), $("$cli" --version | tail -n 1))"
# shellcheck disable=SC2059
printf "$format" "" "Latchkey" "no cache" "KeePassXC" "÷ KeePassXC" "no cache ÷ KP" "cache ÷ none"
for c in $cases; do
  lk=$(median <"$work/$c-lk")
  off=$(median <"$work/$c-off")
  kp=$(median <"$work/$c-kp")
  # shellcheck disable=SC2059
  printf "$format" "$c" "$lk" "$off" "$kp" "$(ratio "$lk" "$kp")" "$(ratio "$off" "$kp")" "$(ratio "$lk" "$off")"
done
