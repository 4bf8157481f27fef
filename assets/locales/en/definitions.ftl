# Definitions of the derived variables: title and explanation, shown in the Index view's list
# of definitions (formulas and sources stay in the code: they are the same in every language).

definition-dcp-title = Computing-power development index
definition-dcp-text = Composite of ten indicators in four dimensions (computing industry, technology, environment, application), min-max normalized by direction and weighted by the entropy-weight method; in [0, 1], larger means more developed. The Index view offers PCA, equal, manual and two-level weights instead.
definition-dcp-dimension-title = Computing-power sub-index of one dimension
definition-dcp-dimension-text = The index restricted to one dimension's indicators, with their weights rescaled to sum to 1, so that DCP = sum_d W_d DCP_d.
definition-cee-title = Carbon economic efficiency
definition-cee-text = Output per unit of CO2 emitted: higher means more output for the same emissions.
definition-ciwb-title = Welfare carbon intensity
definition-ciwb-text = Per-capita CO2 emissions per year of life expectancy, times 100: lower means more well-being for the carbon emitted.
definition-isu-title = Industrial structure upgrading
definition-isu-text = Industrial-structure level coefficient: output shares of the primary, secondary and tertiary sectors weighted 1, 2, 3; rises as output moves to higher sectors.
definition-k-title = Capital stock (perpetual inventory)
definition-k-text = Real capital stock built from investment: each year's stock is last year's after depreciation plus this year's real investment. An input of TFEE.
definition-tfee-title = Total-factor energy efficiency
definition-tfee-text = Non-radial efficiency of turning capital, labour and energy into GDP with few pollutants, measured against the best practice of the same year. Below 1: inefficient; 1 or above: on the frontier, ranked by how far it could worsen and stay efficient.
