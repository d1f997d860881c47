#!/usr/bin/env bash
# piccs installer for Raspberry Pi OS Bookworm (arm64 and armhf). Run as root from a piccs checkout:
#
#   sudo deploy/install.sh --role evse --iface eth0
#
# What it does, each step only when something differs (a second run changes nothing):
#   1. Debian packages: libpcap-dev, build tools for the native addons, libgpiod (+ gpiod tools),
#      pigpio where the distribution has it (Raspberry Pi OS) and the board supports it.
#   2. Node.js >= 20: the distribution's package when new enough, else the official nodejs.org build
#      for this architecture, checksum-verified, under /opt/nodejs (deploy/README.md, "Node.js").
#   3. The project into /opt/piccs (built dist/, config examples, deploy/, hw/) with production
#      dependencies (npm ci --omit=dev, which builds cap against libpcap), /usr/local/bin/piccs.
#   4. A config /etc/piccs/<role>.yaml (never overwritten once it exists).
#   5. The PLC interface: NetworkManager and dhcpcd leave it alone, IPv6 link-local only, no router
#      solicitations (sysctl), piccs-plc-link@<if>.service brings it up at boot.
#   6. Boot config (/boot/firmware/config.txt): hardware PWM overlay on the CP pin, SPI or I2C for the ADC.
#      Only with consent (--boot-config yes, or answering the question); prints the change.
#   7. User piccs (groups gpio, spi, i2c), the unit piccs@<role>.service, enabled at boot.
#
# --dry-run --prefix DIR performs every file operation under DIR instead of / and prints, without running,
# every command that would change the system (apt-get, npm, useradd, systemctl). CI uses it.
set -euo pipefail
umask 022

usage() {
  cat <<'USAGE'
usage: sudo deploy/install.sh [options]
  --role evse|pev|listen      what the Pi runs at boot (default: evse)
  --iface IF                  the PLC interface, the modem's Ethernet port (default: eth0)
  --backend kernel|pigpio     hal backend: kernel = pwmchip sysfs + gpiochip, every Pi (default);
                              pigpio = Pi 3/4 only, needs root
  --pwm-gpio N                BCM pin of the CP PWM output, EVSE only: 12, 13, 18 or 19 (default: 18)
  --adc mcp3008|ads1115|none  CP ADC: SPI MCP3008 (default) or I2C ADS1115 with peak-hold front end
  --profile FILE              example profile merged into a new config (default: config/<role>.yaml)
  --boot-config yes|no|ask    edit config.txt for PWM/SPI/I2C (default: ask; no when not interactive)
  --node auto|distro|nodejs-org|skip
                              how to get Node >= 20 (default auto: keep a new enough node, else the
                              distribution's package if >= 20, else the nodejs.org build)
  --node-major N              major version for the nodejs.org route (default: 22, an LTS line)
  --no-enable                 install everything but do not enable the service
  --start                     (re)start the service at the end (default: only enable it for next boot)
  --force                     continue even if this SSH session runs over the PLC interface
  --dry-run --prefix DIR      file operations under DIR, system commands printed, not run
  -h, --help                  this text
USAGE
}

# ---------------------------------------------------------------------------------------------- options
ROLE=evse
IFACE=eth0
BACKEND=kernel
PWM_GPIO=18
ADC=mcp3008
BOOT_CONFIG=ask
NODE_ROUTE=auto
NODE_MAJOR=22
ENABLE=1
START=0
FORCE=0
DRY_RUN=0
PREFIX=""
PROFILE=""

die() {
  echo "install.sh: error: $*" >&2
  exit 2
}

while [ $# -gt 0 ]; do
  case "$1" in
    --role) ROLE="${2:?}" && shift ;;
    --iface) IFACE="${2:?}" && shift ;;
    --backend) BACKEND="${2:?}" && shift ;;
    --pwm-gpio) PWM_GPIO="${2:?}" && shift ;;
    --adc) ADC="${2:?}" && shift ;;
    --profile) PROFILE="${2:?}" && shift ;;
    --boot-config) BOOT_CONFIG="${2:?}" && shift ;;
    --node) NODE_ROUTE="${2:?}" && shift ;;
    --node-major) NODE_MAJOR="${2:?}" && shift ;;
    --no-enable) ENABLE=0 ;;
    --start) START=1 ;;
    --force) FORCE=1 ;;
    --dry-run) DRY_RUN=1 ;;
    --prefix) PREFIX="${2:?}" && shift ;;
    -h | --help)
      usage
      exit 0
      ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
  shift
done

case "$ROLE" in evse | pev | listen) ;; *) die "--role must be evse, pev or listen" ;; esac
case "$BACKEND" in kernel | pigpio) ;; *) die "--backend must be kernel or pigpio" ;; esac
case "$PWM_GPIO" in 12 | 13 | 18 | 19) ;; *) die "--pwm-gpio must be 12, 13, 18 or 19 (the pins with hardware PWM)" ;; esac
case "$ADC" in mcp3008 | ads1115 | none) ;; *) die "--adc must be mcp3008, ads1115 or none" ;; esac
case "$BOOT_CONFIG" in yes | no | ask) ;; *) die "--boot-config must be yes, no or ask" ;; esac
case "$NODE_ROUTE" in auto | distro | nodejs-org | skip) ;; *) die "--node must be auto, distro, nodejs-org or skip" ;; esac
if ! [[ "$NODE_MAJOR" =~ ^[0-9]+$ ]] || [ "$NODE_MAJOR" -lt 20 ]; then die "--node-major must be 20 or newer"; fi
[[ "$IFACE" =~ ^[A-Za-z0-9_.:-]{1,15}$ ]] || die "--iface '$IFACE' is not a Linux interface name"
[ -z "$PROFILE" ] || [ -f "$PROFILE" ] || die "--profile $PROFILE: no such file"

if [ "$DRY_RUN" = 1 ]; then
  [ -n "$PREFIX" ] || die "--dry-run needs --prefix DIR (a temporary root for the file operations)"
  mkdir -p "$PREFIX"
  ROOT="$(cd "$PREFIX" && pwd)"
  [ "$ROOT" != / ] || die "--prefix / is the real system; use a temporary directory"
else
  [ -z "$PREFIX" ] || die "--prefix only goes with --dry-run"
  ROOT=""
  [ "$(id -u)" = 0 ] || die "run as root: sudo $0 $*"
fi

SRC="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
DEST=/opt/piccs
FILES_CHANGED=0
COMMANDS=0

# ---------------------------------------------------------------------------------------------- helpers
say() { echo "==> $*"; }
note() { echo "    $*"; }

# A command that changes the system: run it, or in a dry run only print it.
run() {
  COMMANDS=$((COMMANDS + 1))
  if [ "$DRY_RUN" = 1 ]; then
    echo "    [dry-run] $*"
  else
    echo "    + $*"
    "$@"
  fi
}

# Write stdin to ROOT/path with the given mode if the content or mode differs; report either way.
put() {
  local path="$1" mode="$2" target="$ROOT$1" tmp
  tmp="$(mktemp)"
  cat >"$tmp"
  if [ -f "$target" ] && cmp -s "$tmp" "$target" && [ "$(stat -c %a "$target")" = "$mode" ]; then
    rm -f "$tmp"
    return 0
  fi
  mkdir -p "$(dirname "$target")"
  if [ -f "$target" ]; then echo "    updated $path"; else echo "    created $path"; fi
  install -m "$mode" "$tmp" "$target"
  rm -f "$tmp"
  FILES_CHANGED=$((FILES_CHANGED + 1))
}

# Make ROOT/link a symlink to target (an absolute path as seen on the installed system).
link() {
  local target="$1" path="$2"
  if [ "$(readlink "$ROOT$path" 2>/dev/null || true)" = "$target" ]; then return 0; fi
  mkdir -p "$(dirname "$ROOT$path")"
  ln -sfn "$target" "$ROOT$path"
  echo "    linked $path -> $target"
  FILES_CHANGED=$((FILES_CHANGED + 1))
}

# Replace (or append) the block between the piccs markers in an existing file; content from stdin.
BEGIN_MARK="# >>> piccs (managed by /opt/piccs/deploy/install.sh; delete this block to undo)"
END_MARK="# <<< piccs"
block_in() {
  local path="$1" target="$ROOT$1" block new
  block="$(cat)"
  new="$(mktemp)"
  awk -v b="$BEGIN_MARK" -v e="$END_MARK" '$0 == b {skip = 1} !skip {print} $0 == e {skip = 0}' "$target" >"$new"
  # keep one blank line before the block, none doubled
  if [ -s "$new" ] && [ -n "$(tail -n 1 "$new")" ]; then echo >>"$new"; fi
  printf '%s\n%s\n%s\n' "$BEGIN_MARK" "$block" "$END_MARK" >>"$new"
  if cmp -s "$new" "$target"; then
    rm -f "$new"
    return 1
  fi
  echo "    changing $path:"
  diff -u "$target" "$new" | sed -n '3,$p' | sed 's/^/      /' || true
  cat "$new" >"$target"
  rm -f "$new"
  FILES_CHANGED=$((FILES_CHANGED + 1))
  return 0
}

systemctl_root() {
  if [ "$DRY_RUN" = 1 ]; then systemctl --root="$ROOT" "$@"; else systemctl "$@"; fi
}

enable_unit() {
  local unit="$1"
  if systemctl_root is-enabled --quiet "$unit" 2>/dev/null; then return 0; fi
  if [ "$DRY_RUN" = 1 ]; then
    # systemctl --root works offline: it only creates the [Install] symlinks under ROOT.
    if command -v systemctl >/dev/null 2>&1; then
      systemctl --root="$ROOT" enable "$unit" >/dev/null 2>&1
      echo "    enabled $unit"
    else
      link "/etc/systemd/system/${unit%%@*}@.service" "/etc/systemd/system/multi-user.target.wants/$unit"
      return 0
    fi
    FILES_CHANGED=$((FILES_CHANGED + 1))
  else
    run systemctl enable "$unit"
  fi
}

disable_unit() {
  local unit="$1"
  systemctl_root is-enabled --quiet "$unit" 2>/dev/null || return 0
  if [ "$DRY_RUN" = 1 ]; then
    systemctl --root="$ROOT" disable "$unit" >/dev/null 2>&1
    echo "    disabled $unit"
    FILES_CHANGED=$((FILES_CHANGED + 1))
  else
    run systemctl disable --now "$unit"
  fi
}

# PWM channel of a header pin: Pi 5 (RP1) GPIO 12/13/18/19 = 0/1/2/3; BCM283x/2711 GPIO 12/18 = 0, 13/19 = 1.
pwm_channel() {
  if [ "$IS_PI5" = 1 ]; then
    case "$1" in 12) echo 0 ;; 13) echo 1 ;; 18) echo 2 ;; *) echo 3 ;; esac
  else
    case "$1" in 12 | 18) echo 0 ;; *) echo 1 ;; esac
  fi
}

pkg_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
pkg_candidate() { apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ {print $2}'; }
major_of() {
  local v="${1#v}"
  echo "${v%%[!0-9]*}"
}

# ---------------------------------------------------------------------------------------------- facts
MODEL="$(tr -d '\0' <"$ROOT/proc/device-tree/model" 2>/dev/null || true)"
IS_PI5=0
case "$MODEL" in *"Raspberry Pi 5"* | *"Compute Module 5"*) IS_PI5=1 ;; esac
DPKG_ARCH="$(dpkg --print-architecture 2>/dev/null || uname -m)"
codename_of() { sed -n 's/^VERSION_CODENAME=//p' "$1" 2>/dev/null | tr -d '"' || true; }
CODENAME="$(codename_of "$ROOT/etc/os-release")"
[ -n "$CODENAME" ] || CODENAME="$(codename_of /etc/os-release)"
# libgpiod: 1.x (libgpiod.so.2, package libgpiod2; Bookworm and older) works with the node-libgpiod addon;
# 2.x (libgpiod.so.3, package libgpiod3; Trixie, the Imager's default now) does not: there piccs drives the
# lines through the gpioset/gpioget/gpiomon tools of package gpiod (hal.gpio.driver: gpiod-tools).
libgpiod_major() {
  if compgen -G "$ROOT/usr/lib/*/libgpiod.so.3*" >/dev/null || compgen -G "$ROOT/usr/lib/libgpiod.so.3*" >/dev/null; then
    echo 2
  elif compgen -G "$ROOT/usr/lib/*/libgpiod.so.2*" >/dev/null || compgen -G "$ROOT/usr/lib/libgpiod.so.2*" >/dev/null; then
    echo 1
  else
    case "$CODENAME" in jessie | stretch | buster | bullseye | bookworm) echo 1 ;; *) echo 2 ;; esac
  fi
}
LIBGPIOD="$(libgpiod_major)"
GPIO_DRIVER=gpiochip
[ "$LIBGPIOD" = 2 ] && GPIO_DRIVER=gpiod-tools

say "piccs install: role $ROLE, PLC interface $IFACE, hal backend $BACKEND, ADC $ADC$([ "$DRY_RUN" = 1 ] && echo ", DRY RUN under $ROOT")"
note "board: ${MODEL:-not a Raspberry Pi}; OS: ${CODENAME:-unknown}; architecture: $DPKG_ARCH; source: $SRC"
note "libgpiod $LIBGPIOD.x: GPIO driver $GPIO_DRIVER"
case "$CODENAME" in bookworm | trixie) ;; *) note "warning: written for Raspberry Pi OS Bookworm and Trixie; continuing on '${CODENAME:-unknown}'" ;; esac
if [ "$BACKEND" = pigpio ] && [ "$IS_PI5" = 1 ]; then
  die "pigpio does not support the Raspberry Pi 5; use --backend kernel"
fi

# Refuse to cut the branch we are sitting on: the PLC interface gets no IPv4/DHCP after this. sudo drops
# SSH_CONNECTION, so look at the established SSH connections themselves.
ssh_ifaces() {
  command -v ss >/dev/null 2>&1 && command -v ip >/dev/null 2>&1 || return 0
  local addr
  ss -Htn state established '( sport = :22 )' 2>/dev/null | awk '{print $3}' | while read -r addr; do
    addr="${addr%:*}"
    addr="${addr#[}"
    addr="${addr%]}"
    addr="${addr%%%*}"
    ip -o addr show to "$addr" 2>/dev/null | awk '{print $2}'
  done
}
if ssh_ifaces | grep -qx "$IFACE"; then
  msg="an SSH session runs over $IFACE, which becomes the PLC interface (no DHCP, link-local only): you would lose it. Use Wi-Fi or a second Ethernet adapter for SSH"
  if [ "$DRY_RUN" = 1 ] || [ "$FORCE" = 1 ]; then note "warning: $msg"; else die "$msg, or pass --force"; fi
fi

# ---------------------------------------------------------------------------------------------- 1. packages
say "1/7 Debian packages"
PKGS=(libpcap-dev build-essential python3 pkg-config gpiod ca-certificates curl xz-utils)
# node-libgpiod builds against libgpiod 1.x only; with libgpiod 2 the gpiod tools are the driver
[ "$LIBGPIOD" = 1 ] && PKGS+=(libgpiod-dev)
if [ "$BACKEND" = pigpio ]; then
  if [ -n "$(pkg_candidate pigpio)" ] && [ "$(pkg_candidate pigpio)" != "(none)" ]; then
    PKGS+=(pigpio)
  else
    die "--backend pigpio: the pigpio C library is not in this distribution (Raspberry Pi OS has it; Debian does not). Use --backend kernel"
  fi
fi
missing=()
for p in "${PKGS[@]}"; do pkg_installed "$p" || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  run env DEBIAN_FRONTEND=noninteractive apt-get update -q
  run env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
else
  note "all present: ${PKGS[*]}"
fi

# ---------------------------------------------------------------------------------------------- 2. node
say "2/7 Node.js >= 20"
NODE_BIN="$(command -v node || true)"
have_major="$( [ -n "$NODE_BIN" ] && major_of "$(node -v)" || echo 0)"
if [ "$NODE_ROUTE" = skip ]; then
  note "skipped (--node skip); found: ${NODE_BIN:-none}"
elif [ "$NODE_ROUTE" = auto ] && [ "$have_major" -ge 20 ]; then
  note "$(node -v) at $NODE_BIN is new enough"
else
  cand="$(pkg_candidate nodejs)"
  cand_major="$(major_of "${cand#*:}")"
  if [ "$NODE_ROUTE" != nodejs-org ] && [ -n "$cand_major" ] && [ "$cand_major" -ge 20 ]; then
    note "the distribution's nodejs $cand is new enough"
    run env DEBIAN_FRONTEND=noninteractive apt-get install -y -q nodejs npm
  elif [ "$NODE_ROUTE" = distro ]; then
    die "the distribution's nodejs is ${cand:-not available} (< 20); use --node nodejs-org"
  else
    case "$DPKG_ARCH" in
      arm64 | aarch64) node_arch=arm64 ;;
      armhf | armv7l) node_arch=armv7l ;;
      amd64 | x86_64) node_arch=x64 ;;
      *) die "no official Node.js build for '$DPKG_ARCH' (a Pi Zero/1 is armv6: not supported by Node >= 20)" ;;
    esac
    base="https://nodejs.org/dist/latest-v${NODE_MAJOR}.x"
    note "the distribution's nodejs is ${cand:-not available} (< 20): installing the nodejs.org build v${NODE_MAJOR} ($node_arch)"
    if [ "$DRY_RUN" = 1 ]; then
      run curl -fsSLO "$base/SHASUMS256.txt" "(then node-v${NODE_MAJOR}.*-linux-$node_arch.tar.xz, sha256 checked, into /opt/nodejs)"
      link "/opt/nodejs/current/bin/node" /usr/local/bin/node
      link "/opt/nodejs/current/bin/npm" /usr/local/bin/npm
      link "/opt/nodejs/current/bin/npx" /usr/local/bin/npx
    else
      work="$(mktemp -d)"
      trap 'rm -rf "$work"' EXIT
      curl -fsSL "$base/SHASUMS256.txt" -o "$work/SHASUMS256.txt"
      tarball="$(awk -v a="linux-$node_arch.tar.xz" '$2 ~ a"$" {print $2}' "$work/SHASUMS256.txt" | head -n 1)"
      [ -n "$tarball" ] || die "no linux-$node_arch build listed in $base/SHASUMS256.txt"
      dir="/opt/nodejs/${tarball%.tar.xz}"
      if [ ! -x "$dir/bin/node" ]; then
        curl -fsSL "$base/$tarball" -o "$work/$tarball"
        (cd "$work" && grep " $tarball\$" SHASUMS256.txt | sha256sum -c -) || die "checksum mismatch for $tarball"
        mkdir -p /opt/nodejs
        tar -xJf "$work/$tarball" -C /opt/nodejs
        COMMANDS=$((COMMANDS + 1))
      fi
      link "$dir" /opt/nodejs/current
      link "/opt/nodejs/current/bin/node" /usr/local/bin/node
      link "/opt/nodejs/current/bin/npm" /usr/local/bin/npm
      link "/opt/nodejs/current/bin/npx" /usr/local/bin/npx
      hash -r
    fi
  fi
fi

# ---------------------------------------------------------------------------------------------- 3. project
say "3/7 project into $DEST"
if [ ! -f "$SRC/dist/src/cli/main.js" ]; then
  if [ "$DRY_RUN" = 1 ]; then die "no build in $SRC/dist: run npm ci && npm run build first"; fi
  builder=()
  [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ] && builder=(sudo -u "$SUDO_USER")
  note "building in $SRC (npm ci && npm run build${builder:+ as $SUDO_USER})"
  (cd "$SRC" && run "${builder[@]}" npm ci --no-audit --no-fund && run "${builder[@]}" npm run build)
fi
if [ "$SRC" = "$DEST" ] && [ -z "$ROOT" ]; then
  note "running from $DEST itself: files already in place"
else
  # The package's "files" plus the lockfile; stale files of an older version are removed.
  ITEMS=(package.json package-lock.json README.md LICENSE dist/src config deploy hw)
  want="$(mktemp)"
  for item in "${ITEMS[@]}"; do
    [ -e "$SRC/$item" ] || continue
    (cd "$SRC" && find "$item" -type f ! -name '*.map' ! -name '*.tsbuildinfo') >>"$want"
  done
  sort -o "$want" "$want"
  while IFS= read -r rel; do
    mode=644
    [ -x "$SRC/$rel" ] && mode=755
    case "$rel" in dist/src/cli/main.js) mode=755 ;; esac
    put "$DEST/$rel" "$mode" <"$SRC/$rel"
  done <"$want"
  if [ -d "$ROOT$DEST" ]; then
    have="$(cd "$ROOT$DEST" && { find "${ITEMS[@]}" -type f 2>/dev/null || true; } | sort)"
    stale="$(comm -13 "$want" <(printf '%s\n' "$have") | sed '/^$/d')"
    while IFS= read -r rel; do
      [ -n "$rel" ] || continue
      rm -f "$ROOT$DEST/$rel"
      echo "    removed stale $DEST/$rel"
      FILES_CHANGED=$((FILES_CHANGED + 1))
    done <<<"$stale"
  fi
  rm -f "$want"
fi
link "$DEST/dist/src/cli/main.js" /usr/local/bin/piccs

# Production dependencies: only when the lockfile, Node or the architecture changed since the last run.
node_id="$( (node -v 2>/dev/null || echo none) | tr -d '\n')"
lock_sum="$({ sha256sum <"$ROOT$DEST/package-lock.json" || echo none; } 2>/dev/null | cut -c1-16)"
stamp="$lock_sum node $node_id $DPKG_ARCH"
if [ "$(cat "$ROOT$DEST/.deps-stamp" 2>/dev/null || true)" = "$stamp" ]; then
  note "production dependencies up to date"
else
  (cd "$ROOT$DEST" && run npm ci --omit=dev --no-audit --no-fund)
  if [ "$DRY_RUN" = 0 ] && ! (cd "$DEST" && node -e "import('cap').then(()=>0,(e)=>{console.error(e.message);process.exit(1)})"); then
    # no stamp: the next run of this script installs the dependencies again (npm dropped the failed build, so
    # `npm rebuild cap` would find nothing to rebuild)
    note "warning: the cap addon did not build or load; SLAC will not work. Install libpcap-dev build-essential python3, then rerun this script (or: cd $DEST && sudo npm ci --omit=dev)"
  else
    printf '%s\n' "$stamp" | put "$DEST/.deps-stamp" 644
  fi
fi

# ---------------------------------------------------------------------------------------------- 4. config
say "4/7 config /etc/piccs/$ROLE.yaml"
CONFIG="/etc/piccs/$ROLE.yaml"
if [ -f "$ROOT$CONFIG" ]; then
  note "kept the existing $CONFIG (install.sh never overwrites it; delete it to get a fresh one)"
else
  {
    echo "# piccs configuration for the $ROLE role, written by deploy/install.sh. Edit freely: install.sh keeps it."
    echo "# Every key with its default and purpose: piccs config --explain. Check this file: piccs doctor"
    echo "# Apply changes: sudo systemctl restart piccs@$ROLE"
    echo "general:"
    echo "  role: $ROLE"
    echo "  iface: $IFACE"
    profile="${PROFILE:-$SRC/config/$ROLE.yaml}"
    if [ -f "$profile" ]; then
      # the profile's other general keys (log level ...), without its role and iface
      awk '/^general:/ {g = 1; next} g && /^[^ #]/ {g = 0} g && !/^[[:space:]]+(role|iface):/ && !/^[[:space:]]*$/' "$profile"
    fi
    drop='^general:'
    if [ -f "$profile" ] && grep -q '^hal:' "$profile"; then
      echo "    the profile $profile sets hal itself: check it against --backend $BACKEND --pwm-gpio $PWM_GPIO --adc $ADC" >&2
    elif [ "$ROLE" != listen ]; then
      # The installer's hardware options; the pwmchip number shows up only after the reboot: piccs doctor names it.
      echo "hal:"
      echo "  backend: $BACKEND"
      [ "$BACKEND" = kernel ] && printf '  gpio:\n    driver: %s\n' "$GPIO_DRIVER"
      echo "  pwm:"
      echo "    gpio: $PWM_GPIO"
      echo "    channel: $(pwm_channel "$PWM_GPIO")"
      echo "  adc:"
      echo "    type: $ADC"
    fi
    if [ -f "$profile" ]; then
      echo
      echo "# --- from the example profile $(basename "$profile") (general: role and iface set by the installer) ---"
      awk -v drop="$drop" '$0 ~ drop {skip = 1; next} skip && /^[^ #]/ {skip = 0} !skip' "$profile"
    fi
  } | put "$CONFIG" 644
fi
# Validate with the installed copy (the source tree's in a dry run: the prefix has no node_modules).
checker="$DEST"
[ "$DRY_RUN" = 1 ] && checker="$SRC"
if [ -f "$checker/dist/src/cli/main.js" ] && command -v node >/dev/null 2>&1; then
  if node "$checker/dist/src/cli/main.js" config --check --config "$ROOT$CONFIG" >/dev/null; then
    note "config is valid"
  else
    note "warning: $CONFIG has problems (listed above); fix them before starting the service"
  fi
fi

# ---------------------------------------------------------------------------------------------- 5. network
say "5/7 PLC interface $IFACE: IPv6 link-local only, no DHCP, no router solicitations"
changed_before_network=$FILES_CHANGED
if [ -d "$ROOT/etc/NetworkManager" ]; then
  put "/etc/NetworkManager/conf.d/90-piccs-plc-$IFACE.conf" 644 <<EOF
# piccs: NetworkManager leaves the PLC interface $IFACE alone (no DHCP, no IPv6 autoconfiguration,
# no connection profile). piccs-plc-link@$IFACE.service brings it up; the kernel gives it its link-local
# address. Delete this file (and reload NetworkManager) to hand $IFACE back.
[keyfile]
unmanaged-devices+=interface-name:$IFACE
EOF
else
  note "NetworkManager not installed: nothing to tell it"
fi
if [ -f "$ROOT/etc/dhcpcd.conf" ]; then
  block_in /etc/dhcpcd.conf <<EOF || note "dhcpcd already leaves $IFACE alone"
# the PLC interface: no DHCP, no IPv6 router solicitation, no IPv4 link-local from dhcpcd
denyinterfaces $IFACE
EOF
else
  note "no /etc/dhcpcd.conf: dhcpcd not in use"
fi
put "/etc/sysctl.d/90-piccs-plc-$IFACE.conf" 644 <<EOF
# piccs: the PLC interface $IFACE speaks IPv6 link-local only (SDP on ff02::1 port 15118, TCP to fe80::).
# systemd-sysctl applies these at boot and when the interface appears (USB adapters).
net.ipv6.conf.$IFACE.disable_ipv6 = 0
# no router advertisements and so no router solicitations, no SLAAC addresses on the powerline
net.ipv6.conf.$IFACE.accept_ra = 0
net.ipv6.conf.$IFACE.autoconf = 0
net.ipv6.conf.$IFACE.router_solicitations = 0
# keep the link-local address while the modem's link flaps, so sockets bound to it survive
net.ipv6.conf.$IFACE.keep_addr_on_down = 1
EOF
put /etc/systemd/system/piccs-plc-link@.service 644 <"$SRC/deploy/systemd/piccs-plc-link@.service"
NETWORK_CHANGED=$((FILES_CHANGED - changed_before_network))

# ---------------------------------------------------------------------------------------------- 6. boot
say "6/7 boot config (hardware PWM, SPI/I2C for the ADC)"
BOOT_FILE=""
for f in /boot/firmware/config.txt /boot/config.txt; do
  if [ -f "$ROOT$f" ]; then
    BOOT_FILE="$f"
    break
  fi
done
boot_lines=()
if [ "$ROLE" = evse ]; then
  if [ "$BACKEND" = kernel ]; then
    case "$PWM_GPIO" in 12 | 13) func=4 ;; *) func=2 ;; esac
    boot_lines+=("# CP generator: 1 kHz hardware PWM on GPIO $PWM_GPIO (/sys/class/pwm; on a Pi 5 the RP1 maps the same func)")
    boot_lines+=("dtoverlay=pwm,pin=$PWM_GPIO,func=$func")
  fi
  # Pi 1-4 make the 3.5 mm audio with the SoC's PWM hardware: nothing else may reprogram the CP's PWM.
  boot_lines+=("# no analog audio: on Pi 1-4 it uses the PWM hardware that generates the CP")
  boot_lines+=("dtparam=audio=off")
fi
if [ "$ROLE" != listen ]; then
  case "$ADC" in
    mcp3008) boot_lines+=("# CP sensing: MCP3008 on SPI0 (/dev/spidev0.0)" "dtparam=spi=on") ;;
    ads1115) boot_lines+=("# CP sensing: ADS1115 on I2C1 (/dev/i2c-1)" "dtparam=i2c_arm=on") ;;
  esac
fi
if [ ${#boot_lines[@]} -eq 0 ]; then
  note "nothing needed for role $ROLE with backend $BACKEND"
elif [ -z "$BOOT_FILE" ]; then
  note "no /boot/firmware/config.txt here (not a Raspberry Pi OS boot partition): add these lines yourself:"
  printf '      %s\n' "${boot_lines[@]}"
else
  block="$(printf '[all]\n'; printf '%s\n' "${boot_lines[@]}")"
  current="$(awk -v b="$BEGIN_MARK" -v e="$END_MARK" '$0 == b {on = 1; next} $0 == e {on = 0} on' "$ROOT$BOOT_FILE")"
  if [ "$current" = "$block" ]; then
    note "$BOOT_FILE already has the piccs block"
  else
    consent="$BOOT_CONFIG"
    if [ "$consent" = ask ]; then
      echo "    $BOOT_FILE needs these lines (in a marked block at the end, after [all]):"
      printf '      %s\n' "${boot_lines[@]}"
      if [ -t 0 ]; then
        read -r -p "    change $BOOT_FILE now? A reboot is needed afterwards. [y/N] " answer
        case "$answer" in [yY]*) consent=yes ;; *) consent=no ;; esac
      else
        consent=no
        note "not interactive: left unchanged (pass --boot-config yes to allow it)"
      fi
    fi
    if [ "$consent" = yes ]; then
      block_in "$BOOT_FILE" <<<"$block" && note "reboot for the boot config to take effect"
      if [ "$ADC" = ads1115 ] && [ "$ROLE" != listen ]; then
        printf '# piccs: /dev/i2c-N for the ADS1115 CP ADC\ni2c-dev\n' | put /etc/modules-load.d/piccs-i2c.conf 644
      fi
    else
      note "boot config unchanged; piccs doctor will report the missing PWM/SPI/I2C devices"
    fi
  fi
fi

# ---------------------------------------------------------------------------------------------- 7. service
say "7/7 user piccs and piccs@$ROLE.service"
groups=()
for g in gpio spi i2c; do getent group "$g" >/dev/null 2>&1 && groups+=("$g"); done
if id piccs >/dev/null 2>&1; then
  for g in "${groups[@]}"; do
    id -nG piccs | tr ' ' '\n' | grep -qx "$g" || run usermod -aG "$g" piccs
  done
else
  gl="$(
    IFS=,
    echo "${groups[*]}"
  )"
  run useradd --system --home-dir /var/lib/piccs --no-create-home --shell /usr/sbin/nologin ${gl:+--groups "$gl"} piccs
fi
# If the board's groups do not exist (not Raspberry Pi OS), systemd would refuse SupplementaryGroups=.
[ ${#groups[@]} -eq 3 ] || note "warning: groups missing here (have: ${groups[*]:-none}); edit SupplementaryGroups= in a drop-in"
if [ "$ROLE" = evse ] && [ "$BACKEND" = kernel ]; then
  # Raspberry Pi OS's own rules give group gpio the PWM sysfs on some models only (device paths differ on
  # the Pi 5): this one covers every pwmchip and every channel piccs exports, as the channel appears.
  put /etc/udev/rules.d/90-piccs-pwm.rules 644 <<'EOF'
# piccs: group gpio (the service user's group) may export and drive the kernel PWM that generates the CP.
SUBSYSTEM=="pwm", ACTION=="add|change", RUN+="/bin/sh -c 'chgrp -R gpio /sys%p && chmod -R g+rwX /sys%p'"
EOF
fi
put /etc/systemd/system/piccs@.service 644 <"$SRC/deploy/systemd/piccs@.service"
put "/etc/systemd/system/piccs@$ROLE.service.d/10-install.conf" 644 <<EOF
# Written by deploy/install.sh for role $ROLE on $IFACE: bring the PLC interface up before piccs starts.
[Unit]
Wants=piccs-plc-link@$IFACE.service
After=piccs-plc-link@$IFACE.service
EOF
if [ "$BACKEND" = pigpio ]; then
  put "/etc/systemd/system/piccs@$ROLE.service.d/20-pigpio.conf" 644 <"$SRC/deploy/systemd/pigpio.conf"
elif [ -f "$ROOT/etc/systemd/system/piccs@$ROLE.service.d/20-pigpio.conf" ]; then
  rm -f "$ROOT/etc/systemd/system/piccs@$ROLE.service.d/20-pigpio.conf"
  echo "    removed the pigpio drop-in (backend kernel runs unprivileged)"
  FILES_CHANGED=$((FILES_CHANGED + 1))
fi
if [ "$DRY_RUN" = 0 ] && [ "$FILES_CHANGED" -gt 0 ]; then run systemctl daemon-reload; fi
enable_unit "piccs-plc-link@$IFACE.service"
for other in evse pev listen; do
  [ "$other" = "$ROLE" ] || disable_unit "piccs@$other.service"
done
if [ "$ENABLE" = 1 ]; then
  enable_unit "piccs@$ROLE.service"
else
  note "not enabled (--no-enable)"
fi
if [ "$START" = 1 ]; then
  run systemctl restart "piccs-plc-link@$IFACE.service" "piccs@$ROLE.service"
fi

# ---------------------------------------------------------------------------------------------- summary
echo
if [ "$DRY_RUN" = 0 ] && [ "$NETWORK_CHANGED" -gt 0 ]; then
  note "network settings changed: reboot, or apply now with: sudo nmcli general reload conf; sudo systemctl restart piccs-plc-link@$IFACE"
fi
if [ "$DRY_RUN" = 0 ] && [ "$START" = 0 ] && [ "$FILES_CHANGED" -gt 0 ] && systemctl is-active --quiet "piccs@$ROLE.service"; then
  note "piccs@$ROLE is running the previous files: sudo systemctl restart piccs@$ROLE"
fi
if [ "$DRY_RUN" = 1 ]; then
  say "done (dry run): $FILES_CHANGED file(s) changed under $ROOT; $COMMANDS system command(s) printed, not run"
elif [ "$FILES_CHANGED" -eq 0 ] && [ "$COMMANDS" -eq 0 ]; then
  say "done: nothing to change"
else
  say "done: $FILES_CHANGED file(s) changed, $COMMANDS system command(s) run"
fi
note "check: sudo -u piccs piccs doctor --config $CONFIG   (or: sudo piccs doctor)"
note "start: sudo systemctl start piccs@$ROLE    logs: journalctl -u piccs@$ROLE -f"
