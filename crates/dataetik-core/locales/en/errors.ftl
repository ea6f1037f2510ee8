# Errors: what went wrong, where, and what to do next. English.

error-prefix = error
warning-prefix = warning
error-write-stdout = cannot write to standard output: { $reason }
warning-step-summary = cannot write the job summary to { $path }: { $reason }
unknown-rule = unknown rule `{ $rule }`; `dataetik rules` lists them all
unknown-rule-hint = unknown rule `{ $rule }` (did you mean { $hint }?); `dataetik rules` lists them all

## dataetik new and init

new-created = Created { $path }
new-next = Next: fill in the fields and run `dataetik check { $path }`; it explains what is missing.
init-created = created  { $path }
init-kept = exists, left unchanged: { $path }
init-next = Next: `dataetik new my-project` creates the first assessment.

## dataetik report

report-no-assessments = there are no assessments in { $dir }; a report needs at least one (`dataetik new ID`)
report-unreadable = these assessments cannot be read, so the report would be incomplete; fix them first (`dataetik check`):
report-cpr = the report is not published: PUB-001 found what looks like a CPR number in
report-cpr-next = Remove the numbers (reports are public) and run again. No files were written.
report-checking = Checking the assessments
report-rendering-pdf = Typesetting the PDF
report-rendering-html = Rendering the web page
report-rendering-json = Writing JSON
report-writing = Writing { $path }
report-done = Data ethics report { $year }: { $n } projects, as of { $date }. Wrote { $files }

## dataetik bias

bias-out-is-csv = { $path }: --out must not be the CSV file itself
bias-cannot-write = { $path }: cannot write the evidence file: { $reason }
bias-written = Evidence file written
bias-paste = Ready to paste into the assessment under principles.equality.bias_tests:

## The policy file

policy-invalid-at = { $file }:{ $line }: invalid policy: { $problem }
policy-invalid = { $file }: invalid policy: { $problem }
policy-unknown-builtin = unknown built-in policy `{ $name }`; the built-in policy is `{ $builtin }`
policy-cannot-read = cannot read the policy file: { $reason }
policy-format-version = format_version { $version } is not supported (use 1)
policy-no-risk-levels = risk.levels is empty
policy-risk-levels-order = risk.levels must be in ascending order of level and min_points
policy-factor-forms = risk factor `{ $factor }` must use exactly one of equals, non_empty, values, at_least
policy-factor-points = risk factor `{ $factor }` needs `points`
policy-duplicate-rule = rule `{ $rule }` is defined twice
policy-unknown-principle = rule `{ $rule }` names unknown principle `{ $principle }`
policy-not-builtin = rule `{ $rule }` is marked builtin, but dataetik has no built-in logic with that id (built-in: { $builtin })
policy-params = rule `{ $rule }` has invalid `params`: { $problem }
policy-no-checks = rule `{ $rule }` has neither `checks` nor `builtin: true`
policy-empty-require = rule `{ $rule }`: a check has an empty `require`
policy-item-when = rule `{ $rule }`: `item_when` needs `each`
policy-missing-rule = the policy must define rule `{ $rule }` (unreadable or invalid files would otherwise pass silently); copy it from `dataetik rules --export`
policy-must-be-builtin = rule `{ $rule }` must be `builtin: true`

## dataetik.yaml and the register

config-read = { $path }: cannot read: { $reason }
config-invalid = { $path }: invalid configuration: { $reason }
config-pattern = { $path }: invalid pattern `{ $pattern }` in `projects`: { $reason }
config-symlink-outside = { $path }: is a symbolic link that points outside the register ({ $root }); dataetik does not follow it
config-read-dir = { $path }: cannot read directory: { $reason }

## git (--changed-since)

git-not-a-revision = `{ $rev }` is not a git revision
git-not-a-repository = --changed-since needs a git repository, but { $root } is not in one ({ $reason })
git-unknown-revision = unknown git revision `{ $rev }` (try `git log --oneline` to find one, e.g. origin/main)
git-cannot-run = cannot run git: { $reason }

## dataetik new

id-invalid = `{ $id }` is not a valid id: use lowercase letters a-z, digits and hyphens, e.g. bkf-2026-tidlig-opsporing
id-hyphen = `{ $id }` is not a valid id: it may not start or end with a hyphen
new-exists = { $path } already exists; dataetik never overwrites an assessment
new-cannot-write = { $path }: { $reason }
policy-unknown-field = `{ $owner }`: the assessment format has no field `{ $path }`
policy-unknown-field-suggest = `{ $owner }`: the assessment format has no field `{ $path }` (did you mean `{ $suggestion }`?)
policy-value-not-allowed = `{ $owner }`: field `{ $path }` cannot hold `{ $value }`; allowed: { $allowed }
policy-value-not-allowed-suggest = `{ $owner }`: field `{ $path }` cannot hold `{ $value }` (did you mean `{ $suggestion }`?); allowed: { $allowed }
policy-value-type = `{ $owner }`: field `{ $path }` can never hold `{ $value }`
