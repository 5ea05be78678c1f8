# Shared by scripts/run, scripts/test and scripts/package: installs the Debian packages that are
# missing, then configures and builds one of the presets in CMakePresets.json. Sourced, not run.
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# What a fresh Debian 12 needs to build and test PixelChain. Installed without recommends, so
# every package the build needs is named: libqt6opengl6-dev is only recommended by qt6-base-dev,
# yet Qt6Charts' CMake files need it.
packages=(build-essential cmake qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools libeigen3-dev libboost-dev
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
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

# configure_and_build PRESET: the preset's folder (build/ for release, build-asan/ for asan).
configure_and_build() {
  local preset=$1
  (cd "$top" && cmake --preset "$preset" >/dev/null && cmake --build --preset "$preset" --parallel "$(nproc)")
}
