# The public register website (`dataetik site`). LIX is shown for English too, for comparison
# only: it was designed for Scandinavian languages.

## Frame of every page
site-name = Data projects
site-skip = Skip to content
site-nav-label = Main menu
site-nav-home = All projects
site-nav-my-data = Which data about me are used?
site-nav-departments = Departments
site-nav-impact = Effect on you
site-nav-changes = Changes
site-nav-downloads = Download
site-nav-about = About the register
site-footer = Published by { $organisation }. Updated { $date }.
site-footer-tool = These pages are made with dataetik from the municipality's own assessments of the projects.
site-lix = Readability: LIX { $lix } ({ $grade })
site-lix-easy = easy
site-lix-medium = medium
site-lix-hard = hard
site-lix-what = What is LIX?
site-not-stated = Not stated

## Front page
site-index-heading = How the municipality uses data
site-index-intro = Here you can read about the projects in which the municipality uses data about citizens, children, employees or businesses. For each project you can see what it is about and which data it uses. You can also see whether a person or a system makes the decision. Every project has been assessed against the municipality's data-ethics policy. If you have questions, write to the contact given for the project.
site-index-active = Projects running
site-index-ended = Completed and stopped projects
site-index-count = { $n ->
    [one] 1 project
   *[other] { $n } projects
}
site-label-department = Department
site-label-phase = Phase
site-label-risk = Risk level
site-label-subjects = Data about
site-label-who-decides = Decision
site-label-data-kinds = Kinds of data
site-label-data-fate = Data

## Which data about me are used?
site-my-data-heading = Which data about me are used?
site-my-data-intro = Choose the group you belong to. You will then see the projects that use data about you, and which systems the data come from. If you are a parent, look under children as well. The list only shows the projects described here. The municipality also uses information about you in its everyday casework. If you want to know exactly what the municipality holds about you, you can ask for access.
site-my-data-choose = Choose a group
site-group-citizens = Citizens
site-group-children = Children (look here too if you are a parent)
site-group-employees = Municipal employees
site-group-businesses = Businesses
site-my-data-by-source = Data from these systems
site-my-data-system = System
site-my-data-projects = Projects
site-subject-heading-citizens = Projects using data about citizens
site-subject-heading-children = Projects using data about children
site-subject-heading-employees = Projects using data about municipal employees
site-subject-heading-businesses = Projects using data about businesses
site-subject-none = None of the projects uses data about this group.
site-subject-sources = Data come from

## Subjects (short)
site-subject-citizens = citizens
site-subject-children = children
site-subject-employees = employees
site-subject-businesses = businesses

## Lists
site-departments-heading = Projects by department
site-impact-heading = Projects by effect on the individual
site-active-and-ended = The list shows both projects that are running and projects that have ended.
site-department-unknown = Department not stated
site-impact-unknown = The effect is not stated

## Phases
site-phase-idea = Idea
site-phase-analysis = Being explored
site-phase-build = Being built
site-phase-operation = In use
site-phase-completed = Completed
site-phase-stopped = Stopped
site-phase-unknown = Phase not stated

## Effect on the person (impact.effect) and whether it can be undone
site-effect-none = No effect on the individual
site-effect-information = You receive information
site-effect-offer = You may receive an offer
site-effect-service = A service is planned or prioritised
site-effect-benefit = It decides whether you receive a benefit
site-effect-investigation = It may lead the municipality to look into your case
site-effect-sanction = It may lead to a sanction, such as a benefit being stopped
site-effect-intervention = It may lead to an intervention, for example in a family
site-rev-reversible = The consequence can be undone.
site-rev-hard_to_reverse = The consequence is hard to undo.
site-rev-irreversible = The consequence cannot be undone.

## Who decides
site-who-no-decision = No decisions about you. The project only produces figures about groups.
site-who-person = A person makes the decision. The system only makes a suggestion.
site-who-selection = The system points out whom the municipality should contact or look into. A person decides what happens.
site-who-system = The system makes the decision. You can appeal and have a member of staff look at your case.
site-who-short-no-decision = No decision about you
site-who-short-person = A person decides
site-who-short-selection = The system selects, a person decides
site-who-short-system = The system decides

## Risk levels
site-risk = Risk level { $level }
site-risk-1 = Approved by a unit manager.
site-risk-2 = Approved by a director.
site-risk-3 = Approved by the executive board.
site-risk-4 = Approved by a political committee.
site-risk-minimum = Some information is missing, so the level may be higher.
site-risk-more = What does the risk level mean?

## Project page
site-project-what = What does the project do?
site-project-why = What is the purpose?
site-project-whose = Whose data are used?
site-project-which = Which data are used?
site-project-who-decides = Who makes the decision?
site-project-effect = What can it mean for you?
site-project-risk = Risk level
site-project-access-complain = Access and complaints
site-project-last-changed = Last changed
site-project-links = Read more
site-project-access-text = If you want to know which information the project uses about you, write to { $contact }. If you disagree with a decision, the letter tells you how to appeal.
site-project-access-no-contact = If you want to know which information the project uses about you, write to the municipality. If you disagree with a decision, the letter tells you how to appeal.
site-project-no-personal-data = The project uses no information about people. There are therefore no data about you to see.
site-project-ended-text = The project is no longer running. Here you can read what it led to and what happened to the data.
site-project-outcome = What did it lead to?
site-project-data-fate = What happened to the data?
site-project-method = How it works
site-project-human-review = How a member of staff reviews the case
site-project-appeal = How to appeal a decision
site-project-contact = Contact
site-project-department = Department
site-project-unit = Unit
site-project-phase = Phase
site-project-period = Period
site-project-started = Started { $date }
site-project-ended = Ended { $date }
site-project-legal-basis = Legal basis
site-project-retention = How long are the data kept?
site-project-sources = The data come from these systems
site-project-inputs = Information the system uses
site-project-considerations = The municipality's ethical considerations
site-project-bias = Tests for bias
site-project-bias-none = No tests for bias have been made.
site-project-bias-row = Measured { $value } against the threshold { $threshold }: { $result }.
site-project-bias-passed = passed
site-project-bias-failed = not passed
site-project-bias-unknown = the result is not stated
site-project-bias-attributes = Tested for
site-project-bias-what = What was tested?
site-project-bias-date = Date
site-project-bias-result = Result
site-project-suppliers = Suppliers
site-project-suppliers-none = The project has no suppliers.
site-project-approval = Approval
site-project-approval-text = Approved by { $by } on { $date }.
site-project-approval-by = Approved by { $by }.
site-project-approval-none = The project has not been approved yet.
site-project-history = History
site-project-no-history = The register has no history, so the date of the last change is not known.
site-project-link-public = The municipality's page about the project
site-project-link-source = The source code
site-project-link-register = The project in another register
site-project-no-links = There are no links to the project.

## Data flags
site-data-personal = Information about individual people
site-data-sensitive = Sensitive information, such as health
site-data-cpr = CPR numbers (Danish personal identity numbers)
site-data-combines = Data from several systems are combined
site-data-profiling = The system assesses the individual person (profiling)
site-data-ml = The system uses machine learning

## What happened to the data
site-fate-deleted = The data have been deleted.
site-fate-anonymised = The data have been made anonymous.
site-fate-archived = The data have been archived.
site-fate-retained = The data have been kept.
site-fate-date = This happened on { $date }.

## Suppliers

## Principles (short names)
site-principle-transparency = Transparency
site-principle-dignity = Dignity
site-principle-equality = Equality
site-principle-integrity = Professional integrity
site-principle-accountability = Accountability
site-consider-citizen-information = How citizens are told
site-consider-explainability = How the method is explained
site-consider-access = How to see your data
site-consider-publication = Where the project is described
site-consider-privacy = Privacy
site-consider-proportionality = Is the gain worth the drawbacks?
site-consider-self-determination = Your right to decide for yourself
site-consider-bias-test-plan = Plan for bias testing
site-consider-proxies = Information that may reveal, say, gender or origin
site-consider-diverse-review = Who has reviewed the results?
site-consider-professional-value = What professionals gain from it
site-consider-human-judgement = Professionals can disagree with the system
site-consider-monitoring = How the project is followed
site-consider-rollback = How it can be stopped
site-consider-security = Security

## Changes
site-changes-heading = Changes
site-changes-intro = Here are the changes made to the register, newest first. Each change shows the date, the project and a short message about what was changed.
site-changes-none = The register has no history yet.
site-changes-date = Date
site-changes-project = Project
site-changes-what = Change
site-feed-heading = Follow changes
site-feed-intro = You can follow along when a project is added or changed. Paste the link into a news-feed reader (Atom).
site-feed-link = News feed of changes (Atom)
site-feed-title = { $organisation }: changes to data projects

## Downloads
site-downloads-heading = Download the register
site-downloads-intro = You can download the whole register and use it freely. It is available as a spreadsheet (CSV) and as JSON. There is also a version in the Dutch and the British standards for algorithm registers. That way the register can be compared with registers in other countries.
site-download-csv = The whole register as a spreadsheet (CSV)
site-download-json = The whole register as JSON
site-download-algoritmeregister = In the Dutch standard (Algoritmeregister 1.0, JSON)
site-download-atrs = In the British standard (ATRS, JSON)
site-download-sitemap = List of all pages (sitemap)
site-download-left-out = These projects lack information the standard requires and are not included: { $ids }

## About
site-about-heading = About the register
site-about-intro = The register shows all the municipality's data projects, including those that have ended. The departments write about their own projects and keep the texts up to date. Every year the politicians receive a report on the projects. You can read it here too.
site-about-lix-heading = What is LIX?
site-about-lix = Each text shows a LIX score. It shows how easy the text is to read. Below 35 is easy. Above 45 is hard.
site-risk-heading = What does the risk level mean?
site-risk-intro = Every project has a risk level from 1 to 4. The level shows how much the project can affect the people whose data are used. It goes up when sensitive data are used, when a system assesses the individual, and when many people are affected. The higher the level, the higher up the project must be approved. Projects at level 4 must be approved by the politicians. A high level does not mean that the project is wrong. It means that it must be kept under extra close control. If it says “at least” before the level, some information is missing, and the level may be higher.
site-who-heading = What does “A person makes the decision” mean?
site-who-intro = In many projects a system helps the staff. The system may, for example, make a suggestion or point to a case. Then a member of staff looks at the case and decides what happens. The member of staff is free to disagree with the system. The page then says: A person makes the decision. In a few projects the system makes the decision itself. The page then says: The system makes the decision. The letter you receive says so too. It also tells you how to have a member of staff look at your case.
site-access-heading = How to see your data
site-access-intro = You have the right to know which information the municipality holds about you and what it is used for. Write to the municipality and ask for access. Please use Digital Post, so that your information is protected. You do not have to say why. You will usually get an answer within a month. If a project has calculated something about you, such as a risk, you can see that too. If the information is wrong, you can ask for it to be corrected.
site-complain-heading = How to complain
site-complain-intro = If you disagree with a decision, you can appeal. The letter with the decision tells you where to send your appeal and when the deadline is. The municipality often looks at the case again before the appeal is passed on. If you are unhappy with how the municipality uses your data, you can write to its data protection officer. You can also complain to the Danish Data Protection Agency (Datatilsynet). It costs nothing to complain.
site-accessibility-heading = Accessibility statement
site-accessibility-intro = Here you can read whether the site meets the accessibility rules. You can also see where to complain if something does not work for you.
site-accessibility-text = The pages are made to meet WCAG 2.1 level AA. They work without JavaScript, and every page is tested automatically before it is published. If something does not work for you, write to the municipality. You can also complain to the Danish Agency for Digital Government (Digitaliseringsstyrelsen).

## Removed before publication
site-removed-email = [personal e-mail address removed]
site-removed-path = [internal file path removed]

## dataetik site (terminal)
site-refused-unreadable = The site is not built because these assessments cannot be read (it would miss projects). Fix them and run again:
site-refused-cpr = The site is not built because something looks like a CPR number (PUB-001):
site-done = Wrote { $pages } pages about { $projects } projects to { $dir } ({ $seconds } s).

# The supplier page
site-nav-suppliers = Suppliers
site-suppliers-heading = Suppliers who process data for the municipality
site-suppliers-intro = The municipality uses companies, other authorities and researchers in some of the projects. When a supplier processes information about you for the municipality, it is called a data processor. The municipality is still responsible for your data. Here you can see who processes data for each project. You can also see where the data are processed and which agreement applies.
site-suppliers-link = See which suppliers process data for the municipality
site-suppliers-who-heading = Who processes data, where and under which agreement
site-suppliers-for = Processes data for
site-suppliers-where = Where data are processed
site-suppliers-agreement = Data-processing agreement
site-suppliers-global-compact = UN Global Compact in the contract
site-suppliers-due-diligence = Checks of the supply chain
site-suppliers-contract = Contract
site-suppliers-overdue-heading = Deadlines that have passed
site-suppliers-chains-heading = The chain of suppliers for each project
site-suppliers-chains-intro = Some suppliers use other companies for part of the work. These are called sub-processors. The figure shows the chain for each project. Below the figure, the same is said in words.
site-suppliers-none = None of the projects uses suppliers.
site-project-suppliers-more = See where data are processed and under which agreement
