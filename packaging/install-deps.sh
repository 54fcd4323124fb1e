#!/usr/bin/env bash
# Installs everything Trellis needs to build, run and test on Debian 12, from Debian's own
# packages. Idempotent: packages already present are not touched, and apt is only asked when
# something is missing. Uses sudo when not run as root.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6svg6 qt6-qpa-plugins
    libqscintilla2-qt6-dev libyaml-cpp-dev libgraphviz-dev libsqlite3-dev libgl-dev
    fonts-dejavu-core
    # Tests: a virtual X server for GUI runs, and Jinja2 as the differential-test oracle.
    xvfb xauth python3 python3-jinja2 python3-yaml
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if ((${#missing[@]} == 0)); then
    exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    sudo=(sudo)
fi
echo "Installing: ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
