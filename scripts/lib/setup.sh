# Shared by scripts/run and scripts/test: installs the Debian packages that are missing,
# then configures and builds Release into build/. Sourced, not run.
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build_dir=${PIXELCHAIN_BUILD_DIR:-$top/build}

packages=(build-essential cmake qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev
  qt6-l10n-tools qt6-tools-dev-tools libeigen3-dev libboost-dev
  nlohmann-json3-dev libgmp-dev libssl-dev libpng-dev libgif-dev fonts-noto-cjk)

install_missing_packages() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing Debian packages: ${missing[*]}"
  local sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "error: need root or sudo to install ${missing[*]}" >&2; exit 1; }
    sudo_cmd=sudo
  fi
  $sudo_cmd apt-get update -qq
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
  cmake -S "$top" -B "$build_dir" -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
  cmake --build "$build_dir" --parallel "$(nproc)"
}
