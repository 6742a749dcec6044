#!/usr/bin/env bash
# Best-effort setup of a container engine for `tierguard verify` and its tests (docs/verify.md):
# rootful podman from Debian, its Docker-compatible API on a unix socket, and a stand-in image
# made from busybox-static (nothing can be pulled). Idempotent. Exit 0 when a container started
# through the engine; otherwise a message on stderr and exit 1, and the engine tests skip.
#
#   scripts/engine-setup.sh          set up and start the API socket
#   scripts/engine-setup.sh --stop   stop the API service this script started
#
# Environment: TIERGUARD_PODMAN_SOCKET (default /run/tierguard-podman.sock).
set -uo pipefail

SOCKET="${TIERGUARD_PODMAN_SOCKET:-/run/tierguard-podman.sock}"
PIDFILE="${SOCKET%.sock}.pid"
LOG="${SOCKET%.sock}.log"
IMAGE="local/busybox"

say() { echo "engine-setup: $*" >&2; }
fail() {
  say "$*"
  say "the engine tests will be skipped (see docs/verify.md, 'Running the engine tests')."
  exit 1
}

if [ "${1:-}" = "--stop" ]; then
  if [ -f "$PIDFILE" ]; then
    kill "$(cat "$PIDFILE")" 2>/dev/null || true
    rm -f "$PIDFILE" "$SOCKET"
  fi
  exit 0
fi

[ "$(id -u)" = 0 ] || fail "rootful podman needs root; running as uid $(id -u)."

# 1. Packages. The engine runs with crun or runc (podman depends on either); netavark creates the
# networks and aardvark-dns resolves service names on them, as Docker's embedded DNS does.
missing=false
command -v podman >/dev/null 2>&1 || missing=true
[ -x /usr/lib/podman/netavark ] || command -v netavark >/dev/null 2>&1 || missing=true
[ -x /bin/busybox ] || missing=true
if [ "$missing" = true ]; then
  command -v apt-get >/dev/null 2>&1 || fail "podman is not installed and apt-get is not available."
  say "installing podman, netavark, aardvark-dns and busybox-static from Debian"
  if ! (timeout 600 apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -qq --no-install-recommends \
      podman netavark aardvark-dns busybox-static iptables) >/dev/null; then
    fail "apt-get could not install podman netavark aardvark-dns busybox-static."
  fi
fi
command -v podman >/dev/null 2>&1 || fail "podman is still missing after installation."

# 2. Engine configuration. Without explicit ulimits runc/crun fail with "error setting rlimit
# type 7" on machines whose hard limits podman's defaults exceed; netavark is the network backend
# whose isolation matches Docker's (a network cannot reach another).
mkdir -p /etc/containers
CONF=/etc/containers/containers.conf
touch "$CONF"
if ! grep -q '^[[:space:]]*default_ulimits' "$CONF"; then
  if grep -q '^\[containers\]' "$CONF"; then
    sed -i '/^\[containers\]/a default_ulimits = ["nofile=1024:1024", "nproc=1000:1000"]' "$CONF"
  else
    printf '\n[containers]\ndefault_ulimits = ["nofile=1024:1024", "nproc=1000:1000"]\n' >>"$CONF"
  fi
fi
if ! grep -q '^[[:space:]]*network_backend' "$CONF"; then
  if grep -q '^\[network\]' "$CONF"; then
    sed -i '/^\[network\]/a network_backend = "netavark"' "$CONF"
  else
    printf '\n[network]\nnetwork_backend = "netavark"\n' >>"$CONF"
  fi
fi

# 3. The stand-in image: a root file system holding busybox and a link per applet (sh, nc,
# httpd, sleep), imported rather than pulled.
if ! podman image exists "$IMAGE" 2>/dev/null; then
  [ -x /bin/busybox ] || fail "/bin/busybox (busybox-static) is missing."
  rootfs="$(mktemp -d)"
  mkdir -p "$rootfs/bin" "$rootfs/etc" "$rootfs/tmp" "$rootfs/www"
  cp /bin/busybox "$rootfs/bin/busybox"
  for applet in $(/bin/busybox --list); do
    [ "$applet" = busybox ] || ln -sf busybox "$rootfs/bin/$applet"
  done
  echo 'root:x:0:0:root:/root:/bin/sh' >"$rootfs/etc/passwd"
  echo 'root:x:0:' >"$rootfs/etc/group"
  if ! tar -C "$rootfs" -c . | podman import --change 'CMD ["/bin/sh"]' - "$IMAGE" >/dev/null; then
    rm -rf "$rootfs"
    fail "podman import of the stand-in image $IMAGE failed."
  fi
  rm -rf "$rootfs"
fi

# 4. The Docker-compatible API socket, started once and left running for the tests.
if ! { [ -S "$SOCKET" ] && [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }; then
  rm -f "$SOCKET"
  setsid nohup podman system service --time=0 "unix://$SOCKET" </dev/null >"$LOG" 2>&1 &
  echo $! >"$PIDFILE"
  for _ in $(seq 1 50); do
    [ -S "$SOCKET" ] && break
    sleep 0.2
  done
  [ -S "$SOCKET" ] || fail "podman system service did not open $SOCKET (log: $LOG)."
fi

# 5. Can a container start at all? (Nested or locked-down machines cannot run one.)
if ! out="$(timeout 120 podman run --rm --network none "$IMAGE" /bin/true 2>&1)"; then
  fail "a test container did not start: ${out}"
fi
say "engine ready: $(podman --version), API on unix://$SOCKET, stand-in image $IMAGE"
