# The report's fixed words: template labels, the glossary and the names the report model uses.
# Sentences the builder writes live in report.ftl; rule texts live in the policy.

## Labels: the fixed words of the report templates (`L.<key>` in report.typ and report.html.j2).
report-label-toc = Contents
report-label-skip = Skip to content
report-label-page = Page
report-label-of = of
report-label-date = Date
report-label-committee = To
report-label-as-of = As of
report-label-policy = Policy
report-label-generated-by = Generated with
report-label-summary = Summary
report-label-key-figures = Key figures
report-label-by-department = Projects by department
report-label-by-risk = Projects by risk level
report-label-coverage = Coverage of the principles
report-label-open-findings = Outstanding issues
report-label-recommendation = Recommendation
report-label-dilemmas = Dilemmas for debate
report-label-figure = Figure
report-label-changes = Changes since the last report
report-label-last-year-points = Last year's outstanding issues
report-label-point-last-year = Issue last year
report-label-status-now = Status now
report-label-subjects = Whose data
report-label-last-changed = Last changed
report-label-last-changed-unknown = Not known (no history)
report-label-waiver-from = Waiver from
report-label-debate = Dilemmas for debate
report-label-history-appendix = History of the projects
report-label-history-intro = The history lists every change to each project's assessment, with its date and the short description recorded with it. The version refers to the register's version control (git), so every statement can be traced to a file and a version.
report-label-no-history = No history.
report-label-change = Change
report-label-version = Version
report-label-charts = Charts
report-label-overview = Overview of the projects
report-label-overview-intro = The table shows each project with its phase, automation, risk level and status on each of the policy's five principles and on the supplier requirements.
report-label-project = Project
report-label-department = Department
report-label-unit = Unit
report-label-phase = Phase
report-label-automation = Automation
report-label-risk-level = Risk level
report-label-ai-act-high-risk = High-risk (AI Act)
report-label-ai-act-short = AI high-risk
report-label-count = Count
report-label-principle = Principle
report-label-addressed = Met
report-label-gaps = Outstanding issues
report-label-waived = Waived
report-label-marks-legend = Met: the assessment meets the policy's requirements under the principle. Outstanding issues: at least one requirement is not met; the issues are listed under the project. Waived: a requirement has been set aside with management's approval for a period.
report-label-the-policy = The policy
report-label-principles = The principles
report-label-how-assessed = How projects are assessed
report-label-risk-factors = Risk points
report-label-factor = Factor
report-label-points = Points
report-label-levels = Risk levels and approval
report-label-level = Level
report-label-range = Points
report-label-approval-required = Requires approval by
report-label-projects = The projects
report-label-responsible = Responsible
report-label-contact = Contact
report-label-started = Started
report-label-ended = Ended
report-label-next-review = Next review
report-label-citizens-affected = People affected (estimate)
report-label-vulnerable-groups = Vulnerable groups
report-label-purpose = Purpose and justification
report-label-description = Description
report-label-legal-basis = Legal basis
report-label-data = Data
report-label-sources = Data sources
report-label-retention = Retention
report-label-minimisation = Data minimisation
report-label-sharing = Sharing
report-label-dpia = Impact assessment (DPIA)
report-label-reference = Reference
report-label-reason = Reason
report-label-method = Method
report-label-machine-learning = Machine learning
report-label-human-review = How a member of staff reviews the result
report-label-appeal = Appeal
report-label-risk = Risk level
report-label-risk-points-total = Total
report-label-approval = Approval
report-label-approved-by = Approved by
report-label-approval-missing = No approval recorded.
report-label-approval-insufficient = The approval is at a lower level than the risk level requires.
report-label-considerations = Considerations under the principles
report-label-not-described = Not described.
report-label-bias-tests = Bias tests
report-label-no-bias-tests = No bias test has been recorded.
report-label-attributes = Groups compared by
report-label-metric = Metric
report-label-value = Result
report-label-threshold = Threshold
report-label-result = Passed?
report-label-evidence = Evidence
report-label-groups = Groups
report-label-mitigation = Follow-up
report-label-suppliers = Suppliers
report-label-no-suppliers = The project has no external suppliers.
report-label-supplier = Supplier
report-label-role = Role
report-label-dpa = Data processing agreement
report-label-global-compact = UN Global Compact
report-label-due-diligence = Supply-chain due diligence
report-label-waivers = Waivers
report-label-rule = Rule
report-label-expires = Expires
report-label-expired = expired
report-label-findings = Outstanding issues
report-label-no-findings = The project has no outstanding issues.
report-label-severity = What must happen
report-label-message = Issue
report-label-help = How to resolve it
report-label-ai-act = The AI Act
report-label-annex-iii = Annex III
report-label-fria = Fundamental-rights impact assessment (FRIA)
report-label-completed = Completed and stopped projects
report-label-no-completed = No project was completed or stopped in the period.
report-label-outcome = Outcome and data
report-label-attention = Outstanding issues
report-label-attention-intro = All outstanding issues across the projects, in order of how much they may matter to the people whose data are used. Issues that must be resolved in high-risk projects come first.
report-label-no-attention = There are no outstanding issues.
report-label-suppliers-overview = Suppliers across the projects
report-label-projects-served = Projects
report-label-appendix = Appendix
report-label-rule-catalogue = Rule catalogue
report-label-fires-when = Applies when
report-label-title = Title
report-label-glossary = Glossary
report-label-term = Term
report-label-explanation = Explanation
report-label-yes = Yes
report-label-no = No
report-label-chart-table-note = The figures behind the chart are in the table.

## Glossary of the appendix: a term and its explanation for a reader without a background in data or law.
report-glossary-the-ai-act-term = The AI Act
report-glossary-the-ai-act-explanation = The EU regulation on artificial intelligence. It sets special requirements for high-risk AI systems, such as systems used to assess citizens' eligibility for public benefits.
report-glossary-bias-term = Bias
report-glossary-bias-explanation = When a model or method systematically treats groups of citizens differently, for example by gender, age or ethnic background, without an objective reason.
report-glossary-bias-test-term = Bias test
report-glossary-bias-test-explanation = A measurement of whether results are distributed evenly across groups. The municipality uses, among others, the four-fifths rule: the lowest group's rate must be at least 80% of the highest.
report-glossary-data-processing-agreement-term = Data processing agreement
report-glossary-data-processing-agreement-explanation = An agreement with a supplier that processes personal data on the municipality's behalf. It sets out what the supplier may do and how data is protected.
report-glossary-waiver-term = Waiver
report-glossary-waiver-explanation = A time-limited, reasoned exception from a rule, approved by management. A waiver lasts at most 12 months and is listed in the report.
report-glossary-legal-basis-term = Legal basis
report-glossary-legal-basis-explanation = The law that entitles the municipality to process the data.
report-glossary-impact-assessment-dpia-term = Impact assessment (DPIA)
report-glossary-impact-assessment-dpia-explanation = An analysis under the GDPR of the risks to citizens' rights when processing personal data involves a high risk.
report-glossary-machine-learning-term = Machine learning
report-glossary-machine-learning-explanation = Methods in which a computer finds patterns in historical data and uses them to compute a result, such as a probability.
report-glossary-profiling-term = Profiling
report-glossary-profiling-explanation = Automated assessment of an individual citizen from personal data, such as a risk score or a prediction.
report-glossary-risk-level-term = Risk level
report-glossary-risk-level-explanation = The project's overall risk, computed from points for sensitive data, combining sources, profiling, automation, number of citizens affected and more. The level decides who must approve the project.
report-glossary-combining-sources-term = Combining sources
report-glossary-combining-sources-explanation = When data about the individual citizen from several systems or administrations is linked together.

## Words of the report model: names of phases, kinds, statuses and table cells.
report-idea = Idea
report-analysis = Analysis
report-build = Build
report-in-operation = In operation
report-completed = Completed
report-stopped = Stopped
report-statistics = Statistics
report-data-analysis = Data analysis
report-selection = Selection
report-decision-support = Decision support
report-automated-decision = Automated decision
report-children = Children
report-older-people = Older people
report-people-with-disabilities = People with disabilities
report-unemployed-people = Unemployed people
report-patients = Patients
report-gender = gender
report-age = age
report-ethnic-origin = ethnic origin
report-ratio-between-groups = Ratio between groups
report-difference-in-share-found = Difference in share found
report-other-metric-see-method = Other metric (see method)
report-not-given = Not given
report-met = Met
report-outstanding-issues = Outstanding issues
report-waived = Waived
report-must-be-fixed = Must be fixed
report-should-be-fixed = Should be fixed
report-for-information = For information
report-transparency = Transparency
report-dignity = Dignity
report-equality = Equality
report-integrity = Integrity
report-accountability = Accountability
report-suppliers = Suppliers
report-not-stated = Not stated
report-not-relevant = Not relevant
report-projects-in-total = Projects in total
report-still-running = Still running
report-started-in = Started in
report-personal-data = Personal data
report-sensitive-data = Sensitive data
report-cpr-numbers = CPR numbers
report-combines-data-sources = Combines data sources
report-profiling = Profiling
report-status-done = Done
report-planned = Planned
report-not-required = Not required
report-information-to-citizens = Information to citizens
report-explainability = Explainability
report-access-to-own-data = Access to own data
report-publication = Publication
report-privacy = Privacy
report-proportionality = Proportionality
report-self-determination = Self-determination
report-bias-test-plan = Bias test plan
report-professions-involved = Professions involved
report-professional-value = Professional value
report-data-security = Data security
report-competences = Competences
report-legislation = Legislation
report-monitoring = Monitoring
report-rollback = Rollback
report-passed = Passed
report-failed = Failed
report-of = of
report-no-name = (no name)
report-missing = Missing
report-difference-in-selection-rate = Difference in selection rate
report-the-outcome-is-not-described = The outcome is not described.
report-review-of-ongoing-and-completed-data = Review of ongoing and completed data projects
report-shared-with-third-parties = Shared with third parties
report-choice-of-attributes-tested = Choice of attributes tested
report-review-across-professions = Review across professions
report-proxy-variables = Proxy variables
report-professional-judgement = Professional judgement
report-the-purpose-is-not-described = The purpose is not described.

## Title, how projects are assessed, and small groups left out of a bias table.
report-title = Data ethics report { $year }
report-how-assessed = Each data project is described in an assessment that goes through the policy's principles one by one. The assessment is checked automatically against { $rules } rules: some always apply, others depend on the project's phase, the degree of automation and the data used. A requirement that is not met becomes an outstanding issue, which must or should be resolved. Where a rule cannot be met, management can grant a reasoned waiver for at most 12 months.
report-how-risk = The project's **risk level** is computed from points for the factors shown below. The higher the level, the higher up in the organisation the project must be approved.
report-small-groups-hidden = { $n ->
    [one] ; one small group left out to protect the people concerned
   *[other] ; { $count } small groups left out to protect the people concerned
}

## Counts in running text: one to ten in words, larger numbers in digits.
report-count-in-words = { $n ->
    [0] no
    [1] one
    [2] two
    [3] three
    [4] four
    [5] five
    [6] six
    [7] seven
    [8] eight
    [9] nine
    [10] ten
   *[other] { $digits }
}

## The standard charts offered to template authors.
report-chart-by-phase = Projects by phase
report-chart-by-department = Projects by department
report-chart-by-risk = Projects by risk level
report-chart-coverage = Coverage of the principles
report-chart-addressed = Met
report-chart-gaps = Outstanding issues
report-chart-waived = Waived
report-chart-axis-projects = number of projects
