# Texts of assessment format version 2 and `dataetik migrate`.

## GEN-002: version-2 features in a version 1 file
v2-needs-field = the field `{ $at }` exists only in version 2 of the format; write `schema_version: 2` (run `dataetik migrate`) or remove the field
v2-needs-value = `{ $at }`: the value `{ $value }` exists only in version 2 of the format; write `schema_version: 2` (run `dataetik migrate`) or choose another value
v2-needs-partial-date = `{ $at }`: `{ $date }` gives only a year or month, which a date may only do in version 2 of the format; write a full date (YYYY-MM-DD) or `schema_version: 2` (run `dataetik migrate`)
de-expected-partial-date = a date written as YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known
de-expected-required-text = a text that is not empty

## Risk level when factors are unstated
risk-level-complete = { $level } ({ $name })
risk-level-minimum = at least { $level } ({ $name })
risk-describe-minimum = { $points } points: level at least { $level } ({ $name })
risk-unstated = { $label } (not stated: `{ $field }`)
placeholder-only = the field holds only a placeholder (`{ $text }`), not a description

## dataetik migrate
migrate-already-v2 = is already version 2; nothing changed
migrate-unreadable = cannot be read as YAML, so nothing was changed: { $error }; fix it (`dataetik check` shows it) and run again
migrate-no-version = has no `schema_version`, so it is unclear which format the file is written in; nothing changed. Write `schema_version: 1` at the top, run `dataetik check`, then run `dataetik migrate` again
migrate-unsupported-version = has `schema_version: { $version }`, which dataetik does not know; nothing changed (only version 1 can be migrated)
migrate-todo-risk-factors = state the risk factors { $fields } (otherwise the level is only a minimum)
migrate-todo-data-fate = the project is completed or stopped: state `lifecycle.data_fate` (deleted, anonymised, archived or retained) and `lifecycle.data_fate_date`
migrate-todo-subjects = state `data.subjects` if the data is not only about adult citizens (children, employees, businesses)
migrate-todo-inputs = list the model's or rules' variables under `automation.inputs`, with `protected` and `justification` for those that are or stand in for e.g. gender, age or ethnicity
migrate-todo-risks = describe the main risks and their mitigation under `risks`
migrate-todo-debate = write the dilemmas the committee should discuss under `debate`
migrate-todo-supplier-kinds = set `kind: public` or `kind: research` for suppliers that are an authority or a university (the Global Compact applies to companies only)
migrate-todo-waiver-levels = state for each waiver the level that granted it (`level`: unit_manager, director, executive_board or political)
migrate-todo-placeholders = { $fields } hold only a placeholder (such as "no" or "tbd"), which counts as blank in version 2
migrate-risk = risk level under version 2: { $after_points } points, level { $after } (under version 1: { $before_points } points, level { $before })
migrate-done = { $file }: migrated to version 2
migrate-would-do = { $file }: would be migrated to version 2
migrate-io-error = { $file }: cannot be read or written, so nothing was changed: { $error }
migrate-not-done = { $file }: { $reason }
migrate-todo-heading = now fill in:
migrate-summary = { $migrated ->
        [one] 1 file migrated
       *[other] { $migrated } files migrated
    }, { $unchanged } already version 2, { $refused } not changed because of errors
migrate-summary-check = { $migrated ->
        [one] 1 file would be migrated
       *[other] { $migrated } files would be migrated
    }, { $unchanged } already version 2, { $refused } not changed because of errors
