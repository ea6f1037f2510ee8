# The supplier register: details of findings about supplier files and processing chains.

supplier-unknown = there is no supplier file with the id { $id } in { $dir }
supplier-unknown-suggest = there is no supplier file with the id { $id } in { $dir }; did you mean { $suggestion }?
supplier-no-register = the supplier { $id } cannot be looked up because the register has no supplier directory ({ $dir })
supplier-no-agreement = { $link } has no data-processing agreement (chain: { $path })
supplier-no-transfer-basis = data are kept in a third country, but the transfer basis is not given
supplier-no-transfer-basis-countries = data are kept in a third country ({ $countries }), but the transfer basis is not given
supplier-link-no-location = where { $link } processes data is not stated (chain: { $path })
supplier-link-missing = the sub-processor { $link } has no supplier file, so where it processes data is unknown (chain: { $path })
supplier-follow-up-passed = the follow-up was due on { $date } ({ $days } days ago)
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
supplier-report-dd-none = not done
supplier-report-contract-ended = The contract with { $supplier } ended on { $date }, but { $project } is still active.
supplier-report-follow-up-passed = The due-diligence follow-up with { $supplier } was due on { $date }.
