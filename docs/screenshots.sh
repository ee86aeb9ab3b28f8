#!/bin/sh
# Regenerates the user guide's pictures from the running code: the UI tests draw the real parts
# under Xvfb and save what they show (bundles/org.excerpta.ui.tests/target/screenshots), and the
# product's command line writes an HTML report that headless Chromium renders.
# Needs what the tests need (JDK 21+, xvfb-run, GTK 3) and, for the report pictures, chromium and
# ImageMagick's convert.
# The pictures of a million-answer project (explorer-pages, reading-while-loading,
# coding-while-loading, counts-while-loading, document-while-loading, survey-grid-pages) are not
# made here: they were taken by hand (Xvfb, xdotool, ImageMagick's import) from the product opening
# the benchmark's project (excerpta bench; see docs/performance.md), which takes minutes to build.
# team-pull-index and team-pull-codebook were taken by hand too: the sample shared through a bare
# repository; a colleague's `excerpta codebook ... add "Patient voice / Complaints"`, `excerpta code
# ... --coder Ben` and `codebook ... rename "Patient voice" "Patient and public voice"` pushed; Team >
# Pull in the workbench, then the Codebook filtered for "Complaints" and the code selected.
# team-pull-document and team-pull-document-open likewise: the sample shared, the lead's index built
# (`excerpta counts lead`), a colleague's `excerpta import ben .../pdpilot/P5.pdf` and `excerpta code
# ben --query explainability --code ".../Innovation" --unit turn --coder Ben` pushed; Team > Pull
# in the lead's workbench, then Innovation chosen and its first excerpt double-clicked.
# export-while-loading-million was taken by hand too: the benchmark's project opened at start,
# Ctrl+E while "(loading…)" showed, CSV tables chosen, Finish, and the picture during the export.
set -e
cd "$(dirname "$0")/.."
xvfb-run -a ./mvnw -B -q verify -Dtest='WorkbenchPartsTest,AgreementPartTest,AnalysisPartsTest,SurveyGridTest,ExportWizardTest,MemosPartTest' \
  -Dexcerpta.failIfNoTests=false -Dsurefire.failIfNoSpecifiedTests=false
SHOTS=bundles/org.excerpta.ui.tests/target/screenshots
for name in coding-in-document agreement-view search-code-all-hits counts-by-role coded-excerpts survey-grid memos; do
  cp "$SHOTS/$name.png" docs/images/
done

if command -v chromium >/dev/null 2>&1 && command -v convert >/dev/null 2>&1; then
  EXCERPTA=releng/org.excerpta.product/target/products/org.excerpta.product/linux/gtk/x86_64/excerpta
  WORK=$(mktemp -d)
  export EXCERPTA_HOME="$WORK/home"
  RELATIONAL="Commissioner-provider relationships framework / Conflict and tension between partners / Relational"
  FLOWS="Network management framework / Managing knowledge flows"
  "$EXCERPTA" sample "$WORK/s" >/dev/null
  "$EXCERPTA" code "$WORK/s" --code "$RELATIONAL" --query trust --unit answer --coder Ana >/dev/null
  "$EXCERPTA" code "$WORK/s" --code "$RELATIONAL" --query 'trust OR suspicion OR guarded' --unit answer --coder Ben >/dev/null
  "$EXCERPTA" code "$WORK/s" --code "$FLOWS" --query 'data OR information' --unit answer --coder Ana >/dev/null
  "$EXCERPTA" export "$WORK/s" --format html "$WORK/report.html" --by Role >/dev/null
  chromium --headless --no-sandbox --disable-gpu --screenshot="$WORK/full.png" --window-size=1280,7000 "file://$WORK/report.html" 2>/dev/null
  convert "$WORK/full.png" -crop 1280x2200+0+0 docs/images/html-report-top.png
  convert "$WORK/full.png" -crop 1280x1800+0+2300 docs/images/html-report-charts.png
  rm -rf "$WORK"
else
  echo "screenshots.sh: chromium or convert missing; the HTML report pictures were left as they are" >&2
fi
