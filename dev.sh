#!/usr/bin/env bash
# The README's two commands. `./dev.sh run` installs the dependencies, builds, and opens Trellis
# on the bundled sandbox mesh; `./dev.sh test` installs, builds, and runs every test.
set -euo pipefail
cd "$(dirname "$0")"

build_dir=${TRELLIS_BUILD_DIR:-build}
jobs=${TRELLIS_JOBS:-2}

build() {
    packaging/install-deps.sh
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build "$build_dir" -j "$jobs"
}

case "${1:-}" in
run)
    build
    shift
    if [[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
        echo "No display: starting Trellis under xvfb-run." >&2
        exec xvfb-run -a "$build_dir/app/trellis" "$@"
    fi
    exec "$build_dir/app/trellis" "$@"
    ;;
test)
    build
    # GUI tests draw offscreen (set per test in CMake); no display is needed.
    ctest --test-dir "$build_dir" --output-on-failure -j "$jobs"
    ;;
*)
    echo "usage: $0 run [PATH] | test" >&2
    exit 2
    ;;
esac
