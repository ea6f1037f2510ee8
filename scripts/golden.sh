#!/usr/bin/env bash
# Golden outputs: runs a given dataetik binary over the example register, the broken fixture
# register and a set of small edge registers, and writes every command's stdout, stderr, exit
# code and written files into one directory. Two such directories (say, a release build from
# before a refactoring and one from after) are compared with `diff -r`: every difference is a
# change in what users see.
#
#   scripts/golden.sh BINARY OUT_DIR
#   diff -r /tmp/golden-before /tmp/golden-after
#
# Everything is deterministic for one day: dates are judged `--as-of 2026-11-25`; only the
# `date:` of the bias entry that `dataetik bias` prints is today's. The edge registers are built
# under a fixed directory ($GOLDEN_WORK, default /tmp/dataetik-golden-work), wiped first, so that
# absolute paths in messages are the same in both runs. The annual report is written too and
# compared byte for byte with the committed reports/2026/ (result in OUT_DIR/report-vs-committed).
set -uo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 BINARY OUT_DIR" >&2
  exit 2
fi
BIN="$(realpath "$1")"
OUT="$(realpath -m "$2")"
REPO="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${GOLDEN_WORK:-/tmp/dataetik-golden-work}"
AS_OF=2026-11-25
export LC_ALL=C.UTF-8
unset GITHUB_ACTIONS GITHUB_STEP_SUMMARY NO_COLOR CLICOLOR_FORCE

rm -rf "$OUT" "$WORK"
mkdir -p "$OUT" "$WORK"

# run NAME DIR ARGS...: runs the binary in DIR, keeps stdout, stderr and the exit code.
run() {
  local name=$1 dir=$2
  shift 2
  (cd "$dir" && "$BIN" "$@" > "$OUT/$name.stdout" 2> "$OUT/$name.stderr" < /dev/null)
  echo $? > "$OUT/$name.code"
}

# keep NAME PATH...: copies files a command wrote next to its outputs.
keep() {
  local name=$1
  shift
  mkdir -p "$OUT/$name.files"
  for p in "$@"; do
    if [ -e "$p" ]; then
      cp -r "$p" "$OUT/$name.files/"
    else
      echo "missing: $(basename "$p")" >> "$OUT/$name.files/MISSING"
    fi
  done
}

FORMATS="human json junit sarif github"

# ------------------------------------------------------------------ the example register
for lang in da en; do
  for f in $FORMATS; do
    run "example-$lang-$f" "$REPO" --lang $lang check --as-of $AS_OF --format $f
  done
  run "example-$lang-verbose" "$REPO" --lang $lang check --as-of $AS_OF -v
  run "example-$lang-strict" "$REPO" --lang $lang check --as-of $AS_OF --strict
  run "example-$lang-strict-junit" "$REPO" --lang $lang check --as-of $AS_OF --strict --format junit
  run "example-$lang-one-file" "$REPO" --lang $lang check --as-of $AS_OF assessments/bkf-2024-tidlig-opsporing.yaml -v
  run "example-$lang-rules" "$REPO" --lang $lang rules
  run "example-$lang-explain" "$REPO" --lang $lang explain equ-004
  run "example-$lang-explain-builtin" "$REPO" --lang $lang explain GEN-009
  run "example-$lang-explain-unknown" "$REPO" --lang $lang explain EQU-01
  run "example-$lang-explain-nothing-like" "$REPO" --lang $lang explain zzz
  run "example-$lang-late" "$REPO" --lang $lang check --as-of 2028-01-31
done
run example-default "$REPO" check --as-of $AS_OF
run example-config-flag "$WORK" --config "$REPO/dataetik.yaml" check --as-of $AS_OF
run example-export "$REPO" rules --export
run example-schema "$REPO" schema
for e in $(cd "$REPO/assessments" && ls *.yaml); do
  run "example-file-${e%.yaml}" "$REPO" check --as-of $AS_OF --format json "assessments/$e"
done
mkdir -p "$WORK/summary"
(cd "$REPO" && GITHUB_ACTIONS=true GITHUB_STEP_SUMMARY="$WORK/summary/step.md" \
  "$BIN" check --as-of $AS_OF > "$OUT/example-actions.stdout" 2> "$OUT/example-actions.stderr")
echo $? > "$OUT/example-actions.code"
keep example-actions "$WORK/summary/step.md"

# ------------------------------------------------------------------ usage errors
run usage-bad-date "$REPO" check --as-of 25-11-2026
run usage-no-such-day "$REPO" check --as-of 2026-02-30
run usage-bad-format "$REPO" check --format xml
run usage-bad-lang "$REPO" --lang fr check
run usage-missing-path "$REPO" check --as-of $AS_OF assessments/findes-ikke.yaml
run usage-missing-path-en "$REPO" --lang en check --as-of $AS_OF findes-ikke
run usage-no-command "$REPO"
run usage-help "$REPO" --help
run usage-check-help "$REPO" check --help
run usage-bias-help "$REPO" bias --help
run usage-version "$REPO" --version

# ------------------------------------------------------------------ the broken fixture register
BROKEN="$REPO/tests/fixtures/broken-register"
for lang in da en; do
  for f in $FORMATS; do
    run "broken-$lang-$f" "$BROKEN" --lang $lang check --as-of $AS_OF --format $f
  done
  run "broken-$lang-verbose" "$BROKEN" --lang $lang check --as-of $AS_OF -v --strict
done

# ------------------------------------------------------------------ edge registers
COMPLETE="$REPO/crates/dataetik-core/tests/fixtures/complete.yaml"

# reg NAME [CONFIG]: a fresh register directory with a dataetik.yaml (or none with "-").
reg() {
  local d="$WORK/$1"
  mkdir -p "$d/assessments"
  if [ "${2:-}" != "-" ]; then
    printf '%s' "${2:-organisation: Testby Kommune
}" > "$d/dataetik.yaml"
  fi
  echo "$d"
}

d=$(reg empty)
run empty-check "$d" check --as-of $AS_OF
run empty-check-en-json "$d" --lang en check --as-of $AS_OF --format json
run empty-report "$d" report --as-of $AS_OF --out "$WORK/empty-out"
d=$(reg no-assessments-dir)
rmdir "$d/assessments"
run no-dir-check "$d" check --as-of $AS_OF
run no-dir-report-en "$d" --lang en report --as-of $AS_OF --out "$WORK/no-dir-out"

d=$(reg no-config -)
cp "$COMPLETE" "$d/assessments/complete.yaml"
run no-config-check "$d" check --as-of $AS_OF -v

d=$(reg policy-missing "policy: findes-ikke.yaml
")
run policy-missing "$d" check --as-of $AS_OF
run policy-missing-en "$d" --lang en check --as-of $AS_OF
d=$(reg policy-unknown-builtin "policy: builtin:odense
")
run policy-unknown-builtin "$d" rules
d=$(reg policy-syntax "policy: p.yaml
language: en
")
printf 'format_version: 1\nid: [\n' > "$d/p.yaml"
run policy-syntax "$d" check --as-of $AS_OF
d=$(reg policy-severity "policy: p.yaml
")
"$BIN" rules --export 2>/dev/null | sed '0,/severity: error/s//severity: fatal/' > "$d/p.yaml"
run policy-severity "$d" check --as-of $AS_OF
d=$(reg policy-field-typo "policy: p.yaml
")
"$BIN" rules --export 2>/dev/null | sed 's/principles.transparency.citizen_information/principles.transparency.citizen_informaton/' > "$d/p.yaml"
cp "$COMPLETE" "$d/assessments/complete.yaml"
run policy-field-typo "$d" check --as-of $AS_OF
d=$(reg policy-no-gen001 "policy: p.yaml
")
"$BIN" rules --export 2>/dev/null | python3 -c '
import sys
t = sys.stdin.read()
s = t.index("  - id: GEN-001")
e = t.index("\n  - id: ", s + 4) + 1
sys.stdout.write(t[:s] + t[e:])' > "$d/p.yaml"
run policy-no-gen001 "$d" check --as-of $AS_OF
d=$(reg policy-custom "policy: p.yaml
")
# A municipality's own rule: a declarative check with its own message.
"$BIN" rules --export 2>/dev/null > "$d/p.yaml"
cat >> "$d/p.yaml" <<'EOF'

  - id: LYN-001
    principle: transparency
    severity: warning
    title: { da: "Kontaktadresse mangler", en: "No contact address" }
    message: { da: "Der er ingen kontaktadresse: {field}", en: "There is no contact address: {field}" }
    help: { da: "Skriv en funktionspostkasse i owner.contact.", en: "Write a functional mailbox in owner.contact." }
    checks:
      - when: [{ field: data.personal_data, equals: true }]
        require: [owner.contact]
EOF
sed '/^  contact:/d' "$COMPLETE" > "$d/assessments/complete.yaml"
run policy-custom "$d" check --as-of $AS_OF
run policy-custom-explain "$d" explain lyn-001
run policy-custom-rules "$d" rules --lang en
run policy-custom-sarif "$d" check --as-of $AS_OF --format sarif

d=$(reg config-typo "organisation: Testby Kommune
languag: en
")
run config-typo "$d" check --as-of $AS_OF
run config-typo-en "$d" --lang en check --as-of $AS_OF
d=$(reg config-bad-lang "language: fr
")
run config-bad-lang "$d" check --as-of $AS_OF
d=$(reg config-bad-pattern "projects: ['projects/[']
")
run config-bad-pattern "$d" check --as-of $AS_OF
d=$(reg config-syntax "organisation: [Testby
")
run config-syntax "$d" check --as-of $AS_OF
d=$(reg config-english "language: en
projects: [\"projects/*\"]
")
mkdir -p "$d/projects/uden-vurdering"
cp "$COMPLETE" "$d/assessments/complete.yaml"
run config-english "$d" check --as-of $AS_OF
run config-english-json "$d" check --as-of $AS_OF --format json
run config-english-missing-file "$d" check --as-of $AS_OF assessments/findes-ikke.yaml
run config-flag-missing "$WORK" --config "$WORK/findes-ikke/dataetik.yaml" check

# Waivers: one valid, one expired, one invalid.
d=$(reg waivers)
python3 - "$COMPLETE" "$d/assessments/complete.yaml" <<'EOF'
import sys
text = open(sys.argv[1]).read()
text += """waivers:
  - rule: TRA-004
    reason: |
      Projektet beskrives på hjemmesiden, når pilotfasen er slut i 2027.
    approved_by: Direktionen
    date: 2026-06-01
    expires: 2027-05-31
  - rule: EQU-003
    reason: Ny test efter omlægningen.
    approved_by: Direktionen
    date: 2025-01-01
    expires: 2025-12-31
  - rule: XYZ-999
    reason: ""
    date: 2026-01-01
    expires: 2028-01-01
"""
open(sys.argv[2], "w").write(text)
EOF
python3 - "$d/assessments/complete.yaml" <<'EOF'
import re, sys
p = sys.argv[1]
t = open(p).read()
# Remove the publication text so TRA-004 fires and is waived.
t = re.sub(r"    publication: \|\n(      .*\n)+", "", t, count=1)
open(p, "w").write(t)
EOF
for lang in da en; do
  for f in $FORMATS; do
    run "waivers-$lang-$f" "$d" --lang $lang check --as-of $AS_OF --format $f
  done
done

# CPR numbers and an unreadable file: the report refuses to publish.
d=$(reg cpr)
sed 's/^summary: |$/summary: |\n  Borgeren 120395-1234 deltog./' "$COMPLETE" > "$d/assessments/complete.yaml"
run cpr-check "$d" check --as-of $AS_OF
run cpr-report "$d" report --as-of $AS_OF --out "$WORK/cpr-out"
run cpr-report-en "$d" --lang en report --as-of $AS_OF --out "$WORK/cpr-out"
d=$(reg unreadable)
cp "$COMPLETE" "$d/assessments/complete.yaml"
printf 'id: [\n' > "$d/assessments/broken.yaml"
printf '\xff\xfe' > "$d/assessments/binary.yaml"
mkdir -p "$d/assessments/dir.yaml"
run unreadable-check "$d" check --as-of $AS_OF
run unreadable-check-en "$d" --lang en check --as-of $AS_OF
run unreadable-report "$d" report --as-of $AS_OF --out "$WORK/unreadable-out"
run unreadable-report-en "$d" --lang en report --as-of $AS_OF --out "$WORK/unreadable-out"

# Files with many kinds of mistakes, in both languages.
d=$(reg mistakes)
python3 - "$COMPLETE" "$d/assessments" <<'EOF'
import sys, os
base = open(sys.argv[1]).read()
out = sys.argv[2]
def w(name, text):
    if name != "wrong-id":
        text = text.replace("id: complete", "id: " + name, 1)
    open(os.path.join(out, name + ".yaml"), "w").write(text)
w("typo-key", base.replace("  transparency:", "  transparancy:", 1))
w("bad-enum", base.replace("phase: operation", "phase: opration", 1))
w("bad-date", base.replace("started: 2024-03-01", "started: 2024-02-30", 1))
w("bad-type", base.replace("personal_data: true", "personal_data: maybe", 1))
w("thousands", base.replace("citizens_affected: 5800", "citizens_affected: 5.800", 1))
w("negative", base.replace("citizens_affected: 5800", "citizens_affected: -4", 1))
w("wrong-id", base)
w("bad-version", base.replace("schema_version: 1", "schema_version: 3", 1))
w("tab", base.replace("title:", "\ttitle:", 1))
w("duplicate-key", base + "title: igen\n")
w("empty", "")
w("comment-only", "# intet\n")
w("list", "- a\n- b\n")
w("tagged", "id: !!str x\n")
w("multi-doc", "id: a\n---\nid: b\n")
w("alias-unknown", "id: *nope\n")
w("outside-path", base.replace("code_paths: [projects/opsporing]", "code_paths: [../andet]", 1))
w("ended-before", base.replace("phase: operation", "phase: completed", 1).replace("  started: 2024-03-01", "  started: 2024-03-01\n  ended: 2023-01-01", 1))
w("overdue", base.replace("next_review: 2027-03-15", "next_review: 2025-01-01", 1))
w("bias-contradiction", base.replace("value: 0.88", "value: 0.5", 1))
w("low-approval", base.replace("level: political", "level: unit_manager", 1))
w("evidence-missing", base.replace("        passed: true\n", "        passed: true\n        evidence: evidence/findes-ikke.json\n", 1))
w("BAD-ID", base)
EOF
for lang in da en; do
  for f in $FORMATS; do
    run "mistakes-$lang-$f" "$d" --lang $lang check --as-of $AS_OF --format $f
  done
done

# --changed-since in a temporary git repository.
d=$(reg git)
cp "$COMPLETE" "$d/assessments/a.yaml"
cp "$COMPLETE" "$d/assessments/b.yaml"
(
  cd "$d" && git init -q && git config user.email t@example.org && git config user.name T &&
    git add -A && git commit -qm one && sed -i 's/^title: .*/title: Ændret/' assessments/b.yaml
)
for f in human json; do
  run "git-changed-$f" "$d" check --as-of $AS_OF --changed-since HEAD --format $f
done
run git-changed-en "$d" --lang en check --as-of $AS_OF --changed-since HEAD
run git-unknown-rev "$d" check --as-of $AS_OF --changed-since findes-ikke
run git-unknown-rev-en "$d" --lang en check --as-of $AS_OF --changed-since findes-ikke
run git-option-rev "$d" check --as-of $AS_OF --changed-since=--output=/tmp/x
d=$(reg not-git)
cp "$COMPLETE" "$d/assessments/complete.yaml"
run git-not-a-repo "$d" check --as-of $AS_OF --changed-since HEAD

# new and init.
d=$(reg scaffold)
run new "$d" new bkf-2026-ny
keep new "$d/assessments/bkf-2026-ny.yaml"
run new-again "$d" new bkf-2026-ny
run new-bad-id "$d" new Bad_Id
run new-hyphen "$d" new -- -x-
run new-en "$d" --lang en new bkf-2026-en
run new-check "$d" check --as-of $AS_OF assessments/bkf-2026-ny.yaml
mkdir -p "$WORK/init"
run init "$WORK/init" init --organisation "Testby Kommune"
keep init "$WORK/init/dataetik.yaml" "$WORK/init/.github" "$WORK/init/schema" "$WORK/init/assessments"
run init-again "$WORK/init" init --organisation "Testby Kommune"
mkdir -p "$WORK/init-en"
run init-en "$WORK/init-en" --lang en init --organisation "Testby Kommune"
run init-missing-org "$WORK/init-en" init

# bias on the example data and its errors.
CSV="$REPO/examples/bias/tidlig-opsporing-2026-06.csv"
for lang in da en; do
  run "bias-$lang" "$REPO" --lang $lang bias "$CSV" --group herkomst --outcome høj_markering \
    --label bekræftet_bekymring --reference "dansk oprindelse" --out "$WORK/bias-$lang.json"
  keep "bias-$lang" "$WORK/bias-$lang.json"
  run "bias-$lang-gender" "$REPO" --lang $lang bias "$CSV" --group køn --outcome høj_markering \
    --out "$WORK/bias-$lang-gender.json" --threshold 0.95
  keep "bias-$lang-gender" "$WORK/bias-$lang-gender.json"
  run "bias-$lang-small-groups" "$REPO" --lang $lang bias "$CSV" --group aldersgruppe \
    --outcome høj_markering --min-group-size 200 --out "$WORK/bias-$lang-small.json"
  run "bias-$lang-missing-column" "$REPO" --lang $lang bias "$CSV" --group kon --outcome høj_markering --out "$WORK/x.json"
  run "bias-$lang-no-positive" "$REPO" --lang $lang bias "$CSV" --group køn --outcome høj_markering --positive ja --out "$WORK/x.json"
  run "bias-$lang-bad-reference" "$REPO" --lang $lang bias "$CSV" --group køn --outcome høj_markering --reference pige2 --out "$WORK/x.json"
  run "bias-$lang-small-min" "$REPO" --lang $lang bias "$CSV" --group køn --outcome høj_markering --min-group-size 3 --out "$WORK/x.json"
  run "bias-$lang-bad-threshold" "$REPO" --lang $lang bias "$CSV" --group køn --outcome høj_markering --threshold 1.5
  run "bias-$lang-missing-file" "$REPO" --lang $lang bias "$WORK/findes-ikke.csv" --group køn --outcome x
  run "bias-$lang-out-is-csv" "$REPO" --lang $lang bias "$CSV" --group køn --outcome høj_markering --out "$CSV"
  run "bias-$lang-out-unwritable" "$REPO" --lang $lang bias "$CSV" --group køn --outcome høj_markering --out /proc/dataetik/x.json
done
mkdir -p "$WORK/bias-default"
cp "$CSV" "$WORK/bias-default/data.csv"
printf 'organisation: T\n' > "$WORK/bias-default/dataetik.yaml"
run bias-default-out "$WORK/bias-default" bias data.csv --group køn --outcome høj_markering
keep bias-default-out "$WORK/bias-default/assessments"
printf 'id;køn;x\n1;a;1\n2;b\n' > "$WORK/ragged.csv"
run bias-ragged "$WORK" bias ragged.csv --group køn --outcome x --out "$WORK/x.json"
printf 'id;navn;x\n' > "$WORK/header-only.csv"
run bias-no-rows "$WORK" bias header-only.csv --group navn --outcome x --out "$WORK/x.json"

# Writing to a full disk (a write error is exit 2) and to a closed pipe (quiet).
(cd "$REPO" && "$BIN" check --as-of $AS_OF > /dev/full 2> "$OUT/devfull-check.stderr")
echo $? > "$OUT/devfull-check.code"
(cd "$REPO" && "$BIN" check --as-of $AS_OF --format json > /dev/full 2> "$OUT/devfull-json.stderr")
echo $? > "$OUT/devfull-json.code"
(cd "$REPO" && "$BIN" rules > /dev/full 2> "$OUT/devfull-rules.stderr")
echo $? > "$OUT/devfull-rules.code"
(cd "$REPO" && "$BIN" --lang en schema > /dev/full 2> "$OUT/devfull-schema-en.stderr")
echo $? > "$OUT/devfull-schema-en.code"
(cd "$REPO" && { "$BIN" check --as-of $AS_OF --format json 2> "$OUT/pipe-check.stderr"; echo $? > "$OUT/pipe-check.code"; } | head -c 10 > /dev/null)
(cd "$REPO" && { "$BIN" schema 2> "$OUT/pipe-schema.stderr"; echo $? > "$OUT/pipe-schema.code"; } | head -c 10 > /dev/null)

# ------------------------------------------------------------------ export and import
for to in algoritmeregister atrs; do
  for lang in da en; do
    run "export-$lang-$to" "$REPO" --lang $lang export --to $to
  done
  run "export-out-$to" "$REPO" export --to $to --out "$WORK/export-$to.json"
  run "export-english-$to" "$WORK/config-english" export --to $to
  run "export-cpr-$to" "$WORK/cpr" export --to $to
  run "export-unreadable-$to" "$WORK/unreadable" --lang en export --to $to
  run "export-empty-$to" "$WORK/empty" export --to $to
  for lang in da en; do
    d=$(reg "import-$lang-$to" "language: $lang
")
    run "import-$lang-$to" "$d" import "$WORK/export-$to.json" --from $to
    keep "import-$lang-$to" "$d/assessments"
    run "import-$lang-$to-again" "$d" import "$WORK/export-$to.json" --from $to
    run "import-$lang-$to-check" "$d" check --as-of $AS_OF
  done
done
printf '[{"name": "Parkeerscan", "status": "Buiten gebruik"}, {"description_short": "x"}, 3]' > "$WORK/import-problems.json"
printf '{"name": "x", ' > "$WORK/import-not-json.json"
printf '[1, 2]' > "$WORK/import-no-records.json"
for lang in da en; do
  run "import-$lang-problems" "$WORK/import-da-atrs" --lang $lang import "$WORK/import-problems.json" --from algoritmeregister --out "$WORK/import-problems-$lang"
  run "import-$lang-not-json" "$WORK/import-da-atrs" --lang $lang import "$WORK/import-not-json.json" --from atrs
  run "import-$lang-no-records" "$WORK/import-da-atrs" --lang $lang import "$WORK/import-no-records.json" --from atrs
  run "import-$lang-missing" "$WORK/import-da-atrs" --lang $lang import "$WORK/findes-ikke.json" --from atrs
done
printf '[{"name": "Parkeerscan", "status": "In ontwikkeling", "foo": "bar", "goal": "N/A"}]' > "$WORK/import-notes.json"
run import-notes "$WORK/import-en-atrs" import "$WORK/import-notes.json" --from algoritmeregister --out "$WORK/import-notes"
keep import-notes "$WORK/import-notes"

# ------------------------------------------------------------------ the annual report
run report "$REPO" report --as-of $AS_OF --out "$WORK/report"
keep report "$WORK/report"
run report-html-en "$REPO" --lang en report --as-of $AS_OF --format html,json --out "$WORK/report-en"
keep report-html-en "$WORK/report-en"
# A logo from a templates directory: the HTML cover holds it as a data: URI (base64).
mkdir -p "$WORK/templates-logo"
printf '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="red"/></svg>' > "$WORK/templates-logo/logo.svg"
run report-logo "$REPO" report --as-of $AS_OF --format html --templates "$WORK/templates-logo" --out "$WORK/report-logo"
keep report-logo "$WORK/report-logo"
{
  for f in "$REPO"/reports/2026/*; do
    if cmp -s "$f" "$WORK/report/$(basename "$f")"; then
      echo "identical: $(basename "$f")"
    else
      echo "DIFFERS: $(basename "$f")"
    fi
  done
} > "$OUT/report-vs-committed"
cat "$OUT/report-vs-committed"
echo "golden outputs of $BIN in $OUT"
