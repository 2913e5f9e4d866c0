# Helpers for a private X display, sourced by the installer's scripts.
# Needs: Xvfb, xdotool (apt-get install -y --no-install-recommends xvfb xdotool).

# Starts Xvfb on a free display number and exports DISPLAY; stop_xvfb ends it.
start_xvfb() {
  local fifo
  fifo=$(mktemp -u)
  mkfifo "$fifo"
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$fifo" >/dev/null 2>&1 &
  XVFB_PID=$!
  local number
  read -r -t 10 number <"$fifo" || true
  rm -f "$fifo"
  if [ -z "${number:-}" ]; then
    echo "Xvfb did not start" >&2
    return 1
  fi
  export DISPLAY=":$number"
}

stop_xvfb() {
  if [ -n "${XVFB_PID:-}" ]; then
    kill "$XVFB_PID" 2>/dev/null || true
    wait "$XVFB_PID" 2>/dev/null || true
    XVFB_PID=
  fi
}

# wait_for_window PID TIMEOUT_SECONDS: polls every 20 ms for a mapped window of process PID.
# Prints the window id and returns 0; returns 1 when PID exits first, 2 on timeout.
wait_for_window() {
  local pid=$1 deadline=$(( $(date +%s) + $2 )) window
  while :; do
    window=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -n 1 || true)
    if [ -n "$window" ]; then
      echo "$window"
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || return 1
    [ "$(date +%s)" -lt "$deadline" ] || return 2
    sleep 0.02
  done
}

# now_ms: wall clock in milliseconds.
now_ms() {
  echo $(( $(date +%s%N) / 1000000 ))
}
