# The yearly report: the agenda item, key figures, changes since the last report and the history.

## Agenda item
report-agenda-heading = Recommendation
report-author = The administration
report-committee-fallback = the committee
report-agenda-lead = { $author } recommends that { $committee }
report-agenda-report = notes the data-ethics report for { $year }
report-agenda-dilemmas-one = discusses the dilemma the department has described for the project { $project } (see Dilemmas for debate)
report-agenda-dilemmas = discusses the dilemmas the departments have described for { $n } projects (see Dilemmas for debate)
report-agenda-no-approval = decides what action to take on the project { $project } ({ $department }), which is rated { $level } risk but has no recorded approval; at that level of risk it must be approved by { $approval }
report-agenda-approval-too-low = decides what action to take on the project { $project }, approved by { $body } on { $date } although its { $level_def } risk requires approval by { $approval }
report-agenda-waiver-too-low = decides what action to take on the waiver from { $topic } in the project { $project }, granted by { $body } although its { $level_def } risk requires it to be granted by { $approval }
report-agenda-bias-open = decides what action to take on a bias test of the project { $project } on { $date }, comparing groups by { $attributes }, which showed unequal treatment and for which no remedial action has yet been described
report-agenda-bias-mitigated = notes that a bias test of the project { $project } on { $date }, comparing groups by { $attributes }, showed unequal treatment, and that the department has described the remedial action being taken
report-agenda-bias-stopped = notes that a bias test of the project { $project } on { $date }, comparing groups by { $attributes }, showed unequal treatment, and that the project was stopped on { $ended }
report-agenda-very-high-one = notes that one project is rated very high risk: { $list }
report-agenda-very-high = notes that { $n } projects are rated very high risk: { $list }
report-agenda-item-approved = { $project } ({ $department }), approved by { $body } on { $date }
report-agenda-item-not-approved = { $project } ({ $department }), not yet approved
report-agenda-waiver = notes that { $body } on { $date } exempted the project { $project } from { $topic } until { $expires }
report-agenda-waiver-expired = notes that the waiver in the project { $project } from { $topic } expired on { $expires }, so the requirement applies again
report-agenda-ai-one = notes that the project { $project } is a high-risk AI system under the EU AI Act and must therefore meet stricter requirements
report-agenda-ai = notes that { $n } projects are high-risk AI systems under the EU AI Act and must therefore meet stricter requirements: { $list }
report-agenda-open-points = notes that { $projects } projects have { $points } outstanding issues in all, which the departments will address before the next report (see Outstanding issues)
report-agenda-open-point-one = notes that the project { $project } has one outstanding issue, which the department will address before the next report (see Outstanding issues)
report-agenda-open-points-one-project = notes that the project { $project } has { $points } outstanding issues, which the department will address before the next report (see Outstanding issues)
report-agenda-no-open-points = notes that no project has outstanding issues
report-unknown-date = unknown date

## Dilemmas
report-dilemmas-heading = Dilemmas for debate
report-dilemmas-lead = The policy requires the ethical dilemmas raised by data projects to be put to political debate every year. These are the dilemmas the departments have described for their own projects.
report-dilemma-heading = { $project } ({ $department }, { $level } risk)
report-dilemmas-missing = The department has not described any dilemmas for the project { $project }, although it is rated { $level } risk.
report-dilemmas-none = No department has described any dilemmas for debate this year.

## Key figures
report-figures-heading = Key figures
report-figure-projects = Projects in total
report-figure-new = New in { $year }
report-figure-ended = Completed or stopped in { $year }
report-figure-very-high = Very high risk
report-figure-people = { $subjects } whose data are used (estimate)
report-figure-people-value = about { $n } in { $projects }
report-figure-people-none = no projects
report-figure-ml = Using machine learning
report-figure-profiling = Assessing individuals (profiling)
report-figure-selection = Selecting people for contact or checks
report-figure-automated = Making automated decisions
report-figure-protected = Using special category data, such as ethnic origin or health
report-figure-protected-unknown = { $n } (not stated for { $unknown })
report-figure-bias = Bias tests carried out in { $year }
report-figure-bias-value = { $n } in { $projects }, { $failed } of them failed
report-figure-bias-passed = { $n } in { $projects }, all passed
report-figure-dpia = Data protection impact assessments (DPIAs) completed
report-figure-dpia-value = { $done } of { $required } projects that need one
report-figure-waivers = Waivers
report-figure-waivers-value = { $n }; the first expires on { $expires }
report-figure-ai = High-risk AI systems
report-figure-open = Outstanding issues
report-figure-open-value = { $n } in { $projects }
report-figures-note = The numbers of people are the departments' estimates. They cannot be added up, because the same person may be part of several projects, and a project with data about several groups is counted under each of them. Citizens here means adults; children are counted separately.
report-projects-one = one project
report-projects = { $n } projects

## Changes since the last report
report-changes-heading = Changes since the last report
report-changes-lead = This section compares the register with the register as it stood on { $date }.
report-changes-lead-rev = This section compares the register with the register as it stood in version { $rev } of { $date }.
report-changes-method = The assessments as they were then have been checked with the same program and the same policy as this year's, so the comparison is like with like. Where an assessment was at that time written in the previous template, its risk level cannot be compared directly; the project's entry says so.
report-changes-no-history = The register has no history from before { $date }, so this section cannot show changes this year.
report-changes-no-git = The register is not kept under version control (git), so this section cannot show changes and the projects have no history.
report-changes-none = No project has changed since the last report.
report-changes-new = New projects
report-changes-new-item = { $project } ({ $department }), started { $started }
report-changes-completed = Completed projects
report-changes-completed-item = { $project } ({ $department }), completed { $ended }
report-changes-stopped = Stopped projects
report-changes-stopped-bias = A bias test on { $date }, comparing groups by { $attributes }, showed unequal treatment.
report-changes-stopped-item = { $project } ({ $department }), stopped { $ended }
report-changes-phase = Projects in a new phase
report-changes-phase-item = { $project } has moved from { $from } to { $to }.
report-changes-risk = Changed risk level
report-changes-risk-item = { $project } now has risk level { $now }, previously { $before }.
report-changes-risk-model = { $project } is now assessed with the new model at risk level { $now } (previously { $before } with the earlier model). The change is due to the model, not the project.
report-changes-approvals = Approvals
report-changes-approval-item = { $project } was approved by { $body } on { $date }.
report-changes-resolved-heading = Resolved issues
report-changes-added-heading = New outstanding issues
report-changes-resolved-one = One outstanding issue has been resolved since the last report:
report-changes-resolved = { $n } outstanding issues have been resolved since the last report:
report-changes-added-one = One new issue has been raised:
report-changes-added = { $n } new issues have been raised:
report-changes-point = { $project }: { $text }
report-changes-last-year = Last year's outstanding issues
report-changes-last-year-lead = At the end of { $year } there were { $n } outstanding issues. The table shows where each stands now.
report-changes-col-project = Project
report-changes-col-point = Issue last year
report-changes-col-status = Status now
report-status-resolved = Resolved
report-status-open = Still open
report-status-waived = Covered by a waiver
report-status-ended = Not resolved before the project ended
report-status-gone = The assessment has been removed from the register

## Per project and the history appendix
report-last-changed = Last changed
report-last-changed-unknown = not known (no history)
report-history-heading = History of the projects
report-history-lead = The history lists every change to each project's assessment, with its date and the short description recorded with it, so that it can be seen when and how the assessment changed. The version refers to the register's version control (git).
report-history-none = No history.
report-history-col-date = Date
report-history-col-subject = Change
report-history-col-commit = Version

## Words used inside sentences
report-subjects-citizens = the citizens
report-subjects-children = the children
report-subjects-children-guardians = the children and their parents
report-subjects-employees = the employees
report-subjects-businesses = the businesses
report-subjects-mixed = the people affected
report-subject-label-citizens = Citizens
report-subject-label-children = Children
report-subject-label-employees = Employees
report-subject-label-businesses = Businesses
report-approval-unit-manager = a unit manager
report-approval-director = a director
report-approval-executive-board = the executive board
report-approval-political = a political committee
report-level-at-least = at least { $level }
report-open-high = Issues that may affect the people concerned
report-open-medium = Issues that weaken the assessment
report-open-low = Minor issues

## The summary's opening
report-summary-projects-one = one data project
report-summary-projects = the { $n } data projects
report-summary-lead = This report covers { $projects } under way during { $year }. Of these, { $ongoing } are still running ({ $new } of them started in { $year }), { $completed } completed and { $stopped } stopped. Each project has been assessed against { $policy }, and the assessments were checked automatically as of { $date }.
report-summary-findings-none = No project has outstanding issues.
report-summary-findings = { $with } of the { $total } projects have outstanding issues, { $points } in all: { $must } must be resolved and { $should } should be resolved.
report-summary-waived-none = No waivers have been granted.
report-summary-waived-one = One requirement has been set aside by an approved waiver.
report-summary-waived = { $n } requirements have been set aside by approved waivers.
report-policy-name-builtin = The municipality's data-ethics policy
report-policy-in-sentence = the municipality's data-ethics policy
report-policy-intro-builtin = The municipality's data-ethics policy builds on Gladsaxe Kommune's data-ethics policy and its five principles. It is supplemented by KOMBIT's requirements on matters including data processing agreements and suppliers' social responsibility.
report-phase-idea = the idea phase
report-phase-analysis = the analysis phase
report-phase-build = the development phase
report-phase-operation = operation
report-phase-completed = completed
report-phase-stopped = stopped

