# Details of findings: the part of a finding's message that dataetik fills into the rule's
# `{detail}` (the rule's own message and help come from the policy file). English.

## Reading the file (GEN-001, GEN-002)

detail-is-directory = it is a directory, not a file; rename it so the name does not end in .yaml or .yml
detail-unreadable = cannot read the file: { $reason }
detail-file-too-large = the file is { $size } bytes and exceeds the file-size limit of { $max } bytes ({ $human }); split the project or shorten its texts
bytes-mib = { $n } MiB
bytes-kib = { $n } KiB
bytes-plain = { $n } bytes
load-not-utf8 = the file is not valid UTF-8 text; save it as UTF-8 in your editor
load-empty = the file is empty; run `dataetik new ID` for a template
load-no-fields = the file holds no fields; run `dataetik new ID` for a template
load-no-document = the file holds no YAML document
load-yaml = invalid YAML: { $info }
# The parser's English message needs no explanation in English.
load-yaml-hint = invalid YAML: { $info }
load-several-documents = the file holds several YAML documents (`---`); one project is one file with one document
load-more-than-one-document = the file holds more than one document
load-unknown-anchor = alias refers to an unknown anchor
load-text-too-long = a text is { $len } bytes long and exceeds the text-length limit of { $max } bytes ({ $human }) per field; shorten it or refer to a document
load-too-deep = the structure is nested deeper than the nesting-depth limit of { $max } levels; an assessment needs only a few levels
load-too-many-nodes = the file expands to more than { $max } nodes and exceeds the alias-expansion limit (e.g. through YAML aliases `*name`); write the content out without aliases
load-tag = the YAML tag `{ $tag }` is not allowed in an assessment; remove it and write the value directly
load-non-scalar-key = a key must be a simple name, not a list or mapping
load-duplicate-key = the key `{ $key }` appears twice (first on line { $line }); remove one
load-not-a-mapping = the top level must be a mapping of fields (`id: ...`, `title: ...`), not a list or a single value

# Explanations of the YAML parser's own (English) messages (not shown in English output).
yaml-hint-bad-token = a character that cannot start a token (a tab? indent with spaces)
yaml-hint-colon = a colon where no key may be (does a text with `: ` need quotes?)
yaml-hint-expected-key = expected a key (check the indentation)
yaml-hint-expected-dash = expected a `-` (check the indentation of the list)
yaml-hint-unexpected-end = the file ends inside a value (a closing quote or bracket missing?)
yaml-hint-block-mapping = an error in a mapping (check the indentation)
yaml-hint-recursion = nested too deeply
yaml-hint-tab = a tab; YAML needs spaces for indentation
yaml-hint-open-quote = a quoted text is not closed
yaml-hint-expected-colon = expected a `:` after a key (a space missing after a colon on the line above?)
yaml-hint-quoted-indent = a quoted text is not closed, or its continuation lines are not indented
yaml-hint-colon-placement = a colon in an unexpected place (is a list `[` or a mapping `{"{"}` above not closed?)
yaml-hint-expected-value = expected a value (check indentation and punctuation)
yaml-hint-open-list = a list in `[ ]` is not closed (a `,` or `]` missing?)
yaml-hint-open-map = a mapping in `{"{"} {"}"}` is not closed (a `,` or `{"}"}` missing?)

## Reading the values into the assessment format (GEN-002)

de-invalid-type = `{ $at }`: wrong type: found { $found }, expected { $expected }
de-invalid-value = `{ $at }`: invalid value: { $found }; expected { $expected }
de-unknown-variant = `{ $at }`: `{ $value }` is not an allowed value; allowed: { $allowed }
de-unknown-variant-hint = `{ $at }`: `{ $value }` is not an allowed value (did you mean `{ $hint }`?); allowed: { $allowed }
de-unknown-field = unknown key `{ $at }`; known keys here: { $allowed }
de-unknown-field-hint = unknown key `{ $at }` (did you mean `{ $hint }`?); known keys here: { $allowed }
de-missing-field = `{ $at }`: the key `{ $field }` is missing
de-condition-form = `{ $at }`: a condition must be either `field` with one of equals/in/not_in/blank, or one of phase_from/phase_before/phase_in/risk_level_at_least; this one has { $keys }
de-condition-form-empty = `{ $at }`: a condition must be either `field` with one of equals/in/not_in/blank, or one of phase_from/phase_before/phase_in/risk_level_at_least
de-custom = `{ $at }`: { $message }
# What was found, with the user's own text after the type word ($rest).
de-found-string = string{ $rest }
de-found-sequence = sequence{ $rest }
de-found-map = map{ $rest }
de-found-integer = integer{ $rest }
de-found-float = floating point{ $rest }
de-found-boolean = boolean{ $rest }
de-found-unit = unit value{ $rest }
de-found-other = { $raw }
# What was expected; $raw is the format's own description.
de-expected-bool = `true` or `false`
de-expected-integer = a whole number
de-expected-number = a number
de-expected-list = { $raw }
de-expected-text = { $raw }
de-expected-section = a section with fields
de-expected-whole-number = { $raw }
de-expected-calendar-date = { $raw }
de-expected-date = { $raw }
de-expected-other = { $raw }

## Built-in rules

detail-schema-version = schema_version { $version } is not supported; use 1
detail-path-outside-register = the path `{ $path }` points outside the register; write it relative to the register root without `..`
detail-id-charset = id `{ $id }` may only contain lowercase letters a-z, digits and hyphens
detail-id-mismatch = id is `{ $id }` but the file is named `{ $stem }.yaml`; rename the file or fix the id
detail-duplicate-id = id `{ $id }` is also used in { $others }
detail-ended-before-started = the end date { $ended } is before the start date { $started }
detail-ended-missing = the project is `{ $phase }`, so `ended` must say when
detail-ended-while-active = the project is still active (`{ $phase }`) but has an end date; remove `ended` or set the phase to completed/stopped
detail-next-review-missing = in the `{ $phase }` phase, `next_review` must give the next review date
detail-unassessed-directory = the directory `{ $dir }` is covered by no assessment's `code_paths`; create one with `dataetik new` and add `code_paths: [{ $dir }]`
detail-review-overdue = the next review was due on { $due } ({ $days ->
    [one] { $days } day
   *[other] { $days } days
} ago)
detail-empty-register = there are no assessments in `{ $dir }`; create one with `dataetik new ID`
detail-dpia-reason-missing = status is `not_required` but `reason` does not explain why
detail-dpia-required = a DPIA is required ({ $reasons }) and must be done from the build phase; status is { $status }
detail-dpia-status-missing = not given
detail-dpia-to-plan = a DPIA will be required ({ $reasons }); plan it now (`status: planned`)
dpia-reason-risk-level = risk level { $level }
dpia-reason-sensitive-data = sensitive data
dpia-reason-combines-personal-data = combining personal data across sources
dpia-reason-automated-decisions = automated decisions
detail-bias-passed-contradicted = the test is recorded as passed, but its value { $value } is on the wrong side of its threshold { $threshold }; set `passed: false` and describe the mitigation
detail-bias-test-too-old = the newest bias test is from { $date }
detail-untested-attributes = not tested for { $attributes }
attribute-gender = `gender`
attribute-age = `age`
attribute-ethnicity = `ethnicity`
attribute-other = `{ $key }`
detail-approval-too-low = risk level { $level } requires approval by { $required } (`{ $required_key }`), but it was approved by { $given } (`{ $given_key }`)
detail-cpr-number = `{ $field }` (DDMMYY-XXXX or 10 digits starting with a date)

## Evidence files (EQU-006)

evidence-path-outside = the path `{ $path }` points outside the register
evidence-links-outside = `{ $path }` links outside the register
evidence-missing = the evidence file `{ $path }` does not exist (the path is relative to `{ $dir }/`)
evidence-not-found = The evidence file { $file } does not exist
evidence-unreadable = The evidence file { $file } cannot be read: { $reason }
evidence-invalid = The evidence file { $file } is not a valid `dataetik bias` evidence file (line { $line }, column { $column }): { $reason }
evidence-unknown-metric = The metric `{ $metric }` is not in the evidence file { $file }; use disparate_impact_ratio, demographic_parity_difference or equal_opportunity_difference
evidence-no-value = The evidence file { $file } has no value for `{ $metric }`, but the entry says { $value }
evidence-value-differs = The value differs from the evidence file { $file }: evidence says { $evidence }, entry says { $value } ({ $metric })
evidence-not-a-number = The value `{ $value }` is not a number and cannot be compared with the evidence file { $file }
evidence-passed-differs = `passed` differs from the evidence file { $file }: evidence says { $evidence }, entry says { $entry }

## Waivers (GEN-007, GEN-008)

waiver-no-rule = the waiver does not say which rule it covers (`rule`)
waiver-unknown-rule = rule `{ $rule }` does not exist in the policy (see `dataetik rules`)
waiver-no-reason = the waiver has no reason
waiver-no-approver = the waiver does not say who approved it (`approved_by`)
waiver-too-long = the expiry { $expires } is more than { $months } months after { $date }
waiver-expires-before-date = the expiry is before the approval date
waiver-no-date = the waiver has no date
waiver-no-expiry = the waiver has no expiry date (`expires`)
waiver-expired = the waiver for { $rule } expired on { $expires }; the rule applies again

## Format version 2 rules (GEN-012, GEN-014, TRA-007)

detail-risk-factors-unstated = { $fields }; the level is therefore at least { $level }
detail-waiver-level-too-low = risk level { $level } requires approval by { $required } (`{ $required_key }`), but the waiver was granted by { $given } (`{ $given_key }`)
detail-waiver-level-too-low-minimum = risk level at least { $level } requires approval by at least { $required } (`{ $required_key }`), but the waiver was granted by { $given } (`{ $given_key }`)
detail-waiver-level-missing = the level at which the waiver was granted is not stated (`level`); the project's risk level requires { $required } (`{ $required_key }`)
detail-lix = LIX { $lix } (the limit is { $max })
