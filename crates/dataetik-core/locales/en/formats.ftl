# The open formats: `dataetik export` and `dataetik import`, and the sentences the export writes
# into a record from structured fields. English.

## dataetik export
export-unreadable = nothing is exported: these assessments cannot be read, so the export would miss projects; fix them first (`dataetik check`):
export-cpr = nothing is exported: PUB-001 found what looks like a CPR number in
export-cpr-next = Remove the numbers (exports are public) and run again. Nothing was written.
export-no-assessments = there are no assessments in { $dir }; there is nothing to export
# $missing: a list of export-missing / export-missing-shape, joined by ", "
export-left-out = { $file }: the project { $id } is left out of the export; the format requires { $missing }
export-missing = `{ $field }` (for { $target })
export-missing-shape = `{ $field }` as { $shape } (for { $target })
export-shape-email-or-https = an e-mail address or an https address
export-shape-email = an e-mail address
export-written = Wrote { $n } { $n ->
        [one] record
       *[other] records
    } in the { $format } format to { $path }
export-left-out-summary = { $n } { $n ->
        [one] project is
       *[other] projects are
    } missing from the export (see above).
formats-cannot-write = cannot write { $path }: { $error }

## dataetik import
import-cannot-read = cannot read { $path }: { $error }
import-too-large = { $path } is larger than { $max } MB; split the file
import-not-json = { $path } is not valid JSON: { $error }
import-no-records = { $path } holds no records in the { $format } format: expected a JSON object or an array of objects with the format's field names
import-record-number = record { $n }
import-no-name = { $record }: has no name ({ $fields }), so no id can be derived
import-not-object = { $record }: is not a JSON object
import-exists = { $path } already exists ({ $record }); import never overwrites an assessment
import-nothing-written = No files were written.
import-exists-hint = Rename or move the existing files, or import into another directory with --out DIR.
import-wrote = Wrote { $path }: { $title }
import-summary = Imported { $n } { $n ->
        [one] record
       *[other] records
    } into { $dir }. Run `dataetik check` to see what is missing.
import-internal = { $record }: internal error: the YAML written did not read back as written ({ $detail }); please report the bug

## YAML comments of imported files (in the register's language)
# $source: the format's key (algoritmeregister, atrs)
import-from = from { $source }: { $fields }
import-id-derived = derived from { $source }: { $field }
import-header =
    Imported with `dataetik import` from { $format } ({ $record } in { $file }).
    Each field is marked with the source field it comes from. Nothing was added: what the
    source lacks is missing here too, so `dataetik check` shows what to fill in.
import-header-unmapped = Source fields with no matching assessment field (for information):
import-header-empty = Source fields that only say "not applicable" (N/A and the like), so not imported:
import-phase-stopped = The source says only that the system is out of use: change to completed if the project finished as planned
# $first, $second: the other phases it may be (idea, analysis, build)
import-phase-not-in-use = The source says only that the system is not in use yet: change to { $first } or { $second } if that fits better

## Sentences the export writes into a record (in the register's language)
record-impact = Consequence for the person: { $impact }.
record-impact-both = { $effect }; { $reversibility }
record-effect-none = none for any person
record-effect-information = information
record-effect-offer = an offer that may be declined
record-effect-service = a service is arranged or prioritised
record-effect-benefit = a benefit is granted or refused
record-effect-investigation = the person is investigated or controlled
record-effect-sanction = a sanction, e.g. a reduced benefit, a fine or a repayment
record-effect-intervention = an intervention against the person's will, e.g. child protection
record-reversibility-reversible = easily undone
record-reversibility-hard-to-reverse = can be undone, but only with effort
record-reversibility-irreversible = cannot be undone
record-kind-statistics = Statistics: the results are figures for groups, not for individuals.
record-kind-analysis = Analysis: the results inform planning, not individual cases.
record-kind-selection = Selection: the system picks individuals for control, investigation or outreach, and a member of staff then acts on the pick.
record-kind-decision-support = Decision support: the system supports a member of staff's decision in an individual case; the member of staff decides.
record-kind-automated-decision = Automated decision: the system decides without a member of staff making the decision.
# $n: the number, already formatted ("4,000")
record-people = The project uses data about some { $n } people.
record-machine-learning = Machine learning is used (a model trained on data).
record-no-machine-learning = No machine learning is used.
record-inputs-heading = Variables the model or rules use:
record-input-protected = { $name } (protected characteristic: { $protected })
record-protected-none = none
record-protected-gender = gender
record-protected-age = age
record-protected-ethnicity = ethnicity
record-protected-health = health
record-protected-religion = religion or belief
record-protected-disability = disability
record-protected-sexual-orientation = sexual orientation
record-protected-political = political opinion
record-protected-union = trade-union membership
record-protected-criminal = criminal offences
record-performance-heading = Measured quality:
record-measured-on = Measured on: { $population }
record-bias-heading = Bias tests:
record-bias-on = on { $attributes }
record-bias-threshold = (threshold { $threshold })
record-bias-passed = passed
record-bias-failed = failed
record-rating-low = low
record-rating-medium = medium
record-rating-high = high
record-likelihood = Likelihood: { $rating }
record-severity = severity: { $rating }
record-mitigation-label = Mitigation:
record-risk-owner-label = Owner:
# $details: " <date>" and/or " (<reference>)", each with its leading space, or nothing
record-dpia-done = Data protection impact assessment (DPIA) carried out{ $details }.
record-dpia-planned = Data protection impact assessment (DPIA) planned{ $details }.
record-dpia-not-required = Data protection impact assessment (DPIA) judged not required{ $details }.
record-fria-done = Fundamental rights impact assessment (FRIA, AI Act art. 27) carried out.
record-fria-planned = Fundamental rights impact assessment (FRIA, AI Act art. 27) planned.
record-fria-not-required = Fundamental rights impact assessment (FRIA, AI Act art. 27) not required.
record-fria-title = Fundamental Rights Impact Assessment (FRIA)
record-sensitive = The project processes special-category personal data (GDPR art. 9 or 10).
record-not-sensitive = The project processes no special-category personal data (GDPR art. 9 or 10).
record-supplier-company = company
record-supplier-public = public authority
record-supplier-research = research institution
record-supplier-role-kind = { $role } ({ $kind })
record-dpa = Data processing agreement
record-dpa-of = of { $date }
