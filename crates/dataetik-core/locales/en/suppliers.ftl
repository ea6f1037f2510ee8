# The supplier register: details of findings about supplier files and processing chains.

supplier-unknown = there is no supplier file with the id { $id } in { $dir }
supplier-unknown-suggest = there is no supplier file with the id { $id } in { $dir }; did you mean { $suggestion }?
supplier-no-register = the supplier { $id } cannot be looked up because the register has no supplier directory ({ $dir })
supplier-no-agreement = { $link } has no data-processing agreement (chain: { $path })
supplier-no-transfer-basis = data are kept in a third country, but the transfer basis is not given
supplier-no-transfer-basis-countries = data are kept in a third country ({ $countries }), but the transfer basis is not given
supplier-link-no-location = where { $link } processes data is not stated (chain: { $path })
supplier-link-missing = the sub-processor { $link } has no supplier file, so where it processes data is unknown (chain: { $path })
supplier-follow-up-passed = the follow-up was due on { $date } ({ $days ->
    [one] { $days } day
   *[other] { $days } days
} ago)
supplier-contract-ended = the contract with { $id } ended on { $date }
supplier-gc-clauses = the contract has no clause on { $areas }
supplier-hardware-dd = the supplier delivers hardware, but the risks in its supply chain are not mapped
supplier-hardware-dd-role = a project uses the supplier for hardware, but the risks in its supply chain are not mapped
supplier-loop = the chain of sub-processors loops: { $path }
supplier-area-human-rights = human rights
supplier-area-labour = labour rights
supplier-area-environment = the environment
supplier-area-anti-corruption = anti-corruption
supplier-new-created = Created { $path }
supplier-new-next = Fill in the file and refer to the supplier from assessments with supplier: { $id }. Then run dataetik check.

## A supplier's role in a project (the report, the website and the exports)

supplier-role-data-processor = data processor
supplier-role-sub-processor = sub-processor
supplier-role-developer = developer
supplier-role-operator = operator
supplier-role-hardware = hardware supplier
supplier-role-other = other role
# $processor: the processor the sub-processor works for
supplier-role-sub-processor-for = sub-processor for { $processor }

## Transfer bases (GDPR chapter V)

supplier-basis-adequacy = adequacy decision
supplier-basis-standard-contractual-clauses = standard contractual clauses
supplier-basis-binding-corporate-rules = binding corporate rules
supplier-basis-derogation = derogation for a specific situation

## The report's supplier chapter

supplier-report-chain-title = The processing chain of { $project }
supplier-report-eu = EU/EEA ({ $countries })
supplier-report-third-country = third country ({ $countries }), transfer basis: { $basis }
supplier-report-no-basis = not stated
supplier-report-unknown = unknown
supplier-report-no-agreement = no data-processing agreement
supplier-report-gc-all = clauses for all four areas
supplier-report-gc-missing = no clause on { $areas }
supplier-report-gc-not-applicable = does not apply (not a company)
supplier-report-dd-next = next follow-up { $date }
supplier-report-dd-overdue = the follow-up of { $date } is overdue
supplier-report-dd-no-follow-up = mapped, no follow-up date
supplier-report-dd-none = not described
supplier-report-contract-ended = The contract with { $supplier } ended on { $date }, but { $project } is still active.
supplier-report-follow-up-passed = The due-diligence follow-up with { $supplier } was due on { $date }.
supplier-report-heading = Suppliers and data processors
# $date: the report's as-of date
supplier-report-lead = The municipality is the controller of the projects' data. This chapter shows which suppliers process data for which projects, where the data are processed, and under which data-processing agreement. It is stated as of { $date }.
supplier-report-none = None of the projects uses external suppliers.
supplier-report-processors-heading = Who processes data, where and under which agreement
supplier-report-col-supplier = Supplier
supplier-report-col-processes-for = Project and role
supplier-report-col-location = Where data are processed
supplier-report-col-agreement = Data-processing agreement
supplier-report-chains-heading = The processing chains, project by project
supplier-report-chains-lead = For each project, the diagram shows who processes data on the municipality's behalf and which sub-processors they in turn use. The table above gives the same information.
supplier-report-status-heading = Responsible business: the UN Global Compact and due diligence
supplier-report-status-lead = Companies must commit in the contract to the UN Global Compact on human rights, labour rights, the environment and anti-corruption, and the risks in the supply chain must be mapped and followed up (due diligence).
supplier-report-col-projects = Projects
supplier-report-col-global-compact = Global Compact in the contract
supplier-report-col-due-diligence = Due diligence
supplier-report-col-contract = Contract
supplier-report-overdue-heading = Overdue
# $date: the report's as-of date
supplier-report-no-overdue = Nothing was overdue as of { $date }.
supplier-report-inline = not stated (the supplier is not in the supplier register)
supplier-report-not-personal = not needed (processes no personal data)
supplier-report-no-role = role not stated
supplier-report-contract-until = runs until { $date }
supplier-report-contract-ended-on = ended on { $date }
supplier-report-contract-no-end = no end date given
