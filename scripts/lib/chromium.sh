# Headless Chromium for the tests that check pages in a real browser (coverage and run reports, HAR captures).
# Source it after common.sh. Debian's chromium is installed by scripts/lib/install-test-deps.
#
# The flags keep Chromium off the network it cannot reach here (background updates, sync, QUIC) and let it run
# as root in CI; every call gets a fresh profile folder so runs never share state.

CHROMIUM=${CHROMIUM:-/usr/bin/chromium}

chromium_headless() {
  local profile
  profile=$(mktemp -d)
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" "$@" 2>/dev/null
  local status=$?
  rm -rf "$profile"
  return "$status"
}

# chromium_screenshot PAGE PNG [WIDTHxHEIGHT]: renders a file or URL and writes a PNG screenshot.
chromium_screenshot() {
  local page=$1 png=$2 size=${3:-1280x900}
  chromium_headless --hide-scrollbars --window-size="${size/x/,}" --screenshot="$png" "$page" >/dev/null
  [ -s "$png" ]
}

# chromium_dom PAGE: prints the DOM after the page's scripts ran (to check what a person would see).
chromium_dom() {
  chromium_headless --virtual-time-budget=5000 --dump-dom "$1"
}
