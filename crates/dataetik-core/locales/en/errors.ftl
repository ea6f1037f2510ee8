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
