#!/usr/bin/env bash
# Start-up time of the installed Latchkey, with and without its AppCDS archive, against KeePassXC
# started the same way, all in one run on one machine:
#   window   launcher started -> its first window mapped, under a private Xvfb, fresh data folder
#   command  `latchkey --version` and `keepassxc-cli --version`, started -> exited
# "without CDS" runs the same launcher with JAVA_TOOL_OPTIONS=-Xshare:off. The variants take
# turns, RUNS times each; the medians and ratios are printed. Absolute times follow the
# machine's load; compare the ratios.
# Needs: the latchkey package installed (or APP_DIR=<an app-image whose lib/latchkey.jsa was
# made by its lib/cds-archive.sh>), keepassxc, xvfb, xdotool.
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
[ -f "$app_dir/lib/latchkey.jsa" ] || echo "measure-startup: $app_dir/lib/latchkey.jsa is missing: both Latchkey rows run without CDS" >&2

work=$(mktemp -d)
gui_pid=
trap '[ -n "$gui_pid" ] && kill "$gui_pid" 2>/dev/null; stop_xvfb; rm -rf "$work"' EXIT
start_xvfb || exit 1

# time_window NAME COMMAND...: prints the milliseconds until the command's first window, or
# nothing when it exits or times out first. Every run gets fresh, empty home and data folders.
time_window() {
  local name=$1 fresh started window
  shift
  fresh=$(mktemp -d "$work/$name.XXXX")
  started=$(now_ms)
  HOME=$fresh XDG_CONFIG_HOME=$fresh/config XDG_DATA_HOME=$fresh/data XDG_CACHE_HOME=$fresh/cache \
    LATCHKEY_HOME=$fresh/latchkey "$@" >/dev/null 2>&1 &
  gui_pid=$!
  if window=$(wait_for_window "$gui_pid" 60); then
    echo $(( $(now_ms) - started ))
  fi
  kill "$gui_pid" 2>/dev/null
  wait "$gui_pid" 2>/dev/null
  gui_pid=
}

# time_command COMMAND...: prints the milliseconds the command takes.
time_command() {
  local started
  started=$(now_ms)
  "$@" >/dev/null 2>&1
  echo $(( $(now_ms) - started ))
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

: >"$work/window-cds"; : >"$work/window-off"; : >"$work/window-kp"
: >"$work/command-cds"; : >"$work/command-off"; : >"$work/command-kp"
latchkey_window=true
for run in $(seq "$runs"); do
  echo "run $run of $runs" >&2
  if $latchkey_window; then
    t=$(time_window latchkey "$app_dir/bin/Latchkey")
    if [ -z "$t" ]; then
      echo "measure-startup: Latchkey showed no window (is the GUI built?); measuring the command only" >&2
      latchkey_window=false
    else
      echo "$t" >>"$work/window-cds"
      time_window latchkey env JAVA_TOOL_OPTIONS=-Xshare:off "$app_dir/bin/Latchkey" >>"$work/window-off"
    fi
  fi
  time_window keepassxc keepassxc >>"$work/window-kp"
  time_command "$app_dir/bin/latchkey" --version >>"$work/command-cds"
  time_command env JAVA_TOOL_OPTIONS=-Xshare:off "$app_dir/bin/latchkey" --version >>"$work/command-off"
  time_command keepassxc-cli --version >>"$work/command-kp"
done

ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a / b }'
}
row() {
  local what=$1 cds off kp
  cds=$(median <"$work/$what-cds")
  off=$(median <"$work/$what-off")
  kp=$(median <"$work/$what-kp")
  printf '%-9s %14s %17s %11s %14s %16s %13s\n' "$what" "$cds" "$off" "$kp" \
    "$(ratio "$cds" "$kp")" "$(ratio "$off" "$kp")" "$(ratio "$cds" "$off")"
}
echo "Start-up, median of $runs runs, in ms ($(nproc) CPUs, load $(cut -d' ' -f1 /proc/loadavg))"
printf '%-9s %14s %17s %11s %14s %16s %13s\n' "" "Latchkey+CDS" "Latchkey no CDS" "KeePassXC" \
  "CDS/KeePassXC" "noCDS/KeePassXC" "CDS/noCDS"
row window
row command
