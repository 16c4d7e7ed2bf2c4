#!/usr/bin/env bash
# Writes the HTML report of the example articles (src/test/resources/org/entente/report/html/*.txt)
# with the real Entente and screenshots it in headless Chromium (Debian package `chromium`):
#   docs/html-report-overview.png   the overview page
#   docs/html-report-article.png    the page of the example wire story: marked text, legend, the
#                                   first statements of the list with their scores and evidence
# Usage: docs/screenshots.sh [REPORT_DIR]   (default target/html-report-example; run from anywhere)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out="${1:-target/html-report-example}"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "screenshots.sh: chromium is missing (apt-get install -y chromium)" >&2
  exit 3
fi

mvn -q -B -DskipTests package
rm -rf "$out"
java -Xmx3g -jar target/entente-cli.jar analyze --format html -o "$out" \
  src/test/resources/org/entente/report/html/danube-summit.txt \
  src/test/resources/org/entente/report/html/markup-mischief.txt

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
shot() { # URL PNG WIDTH,HEIGHT
  "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --force-device-scale-factor=1 --user-data-dir="$profile" \
    --screenshot="$2" --window-size="$3" "$1" 2>/dev/null
  echo "wrote $2"
}
base="file://$(cd "$out" && pwd)"
shot "$base/index.html" docs/html-report-overview.png 1280,1180
shot "$base/articles/0001-danube-summit.html" docs/html-report-article.png 1280,1900
