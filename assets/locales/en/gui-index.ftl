# English labels of the window (gui-index.ftl). Ids are used by the code; edit only the text after "=".

# Title of the weights table.
gui-index-weights-table = Indicator weights
# Column: indicator.
gui-index-indicator = Indicator
# Column: dimension.
gui-index-dimension = Dimension
# Column: direction.
gui-index-direction = Direction
# Positive direction.
gui-index-positive = + positive
# Negative direction.
gui-index-negative = − negative
# Hover text of the direction button.
gui-index-direction-help = Click to flip. Positive: larger values mean more development, x' = (x − min)/(max − min). Negative (e.g. data-centre PUE): smaller is better, x' = (max − x)/(max − min).
# Hover text of the dimension choice.
gui-index-dimension-help = The dimension this indicator belongs to: each dimension gets its own sub-index DCP_<dimension>.
# Entropy weights.
gui-index-entropy = Entropy
# PCA, first component.
gui-index-pca-first = PCA (first component)
# PCA, Kaiser rule.
gui-index-pca-kaiser = PCA (eigenvalue > 1)
# Column header of the PCA weights.
gui-index-pca-column = PCA
# Hover text of the PCA column.
gui-index-pca-column-help = Coefficients of the PCA score on the standardized indicators, b_j / Σ|b|; they can be negative. The PCA index is that score rescaled to [0, 1], not a weighted sum of x'.
# Equal weights.
gui-index-equal = Equal
# Manual weights.
gui-index-manual = Manual
# Column: two-level weight.
gui-index-two-level-column = Two-level
# Column: the weight in use (slider).
gui-index-weight-in-use = Weight in use
# Column: within-dimension weight (slider, two-level weighting).
gui-index-within-dimension = Weight within dimension
# Column: lock.
gui-index-lock = Lock
# Hover text of a lock.
gui-index-lock-help = A locked weight stays where it is while you move the other sliders.
# Hover text of a weight slider.
gui-index-slider-help = Drag to set this weight by hand. The method becomes manual, starting from the weights in use; the unlocked weights absorb the change in proportion, so the total stays 1.
# Hover text of a within-dimension slider.
gui-index-within-slider-help = Drag to set this weight within its dimension (manual weights). The other unlocked indicators of the same dimension absorb the change, so the weights of each dimension sum to 1.
# Hover text of the remove button.
gui-index-remove-help = Remove this indicator from the index
# Sum row.
gui-index-sum = Sum
# Add an indicator.
gui-index-add-indicator = + Add an indicator
# No dimension.
gui-index-no-dimension = (none)
# New dimension text field.
gui-index-new-dimension = New dimension
# Restore the study's index.
gui-index-study-index = The study's index
# Hover text of the study button.
gui-index-study-index-help = Restore the study's ten indicators in four dimensions, entropy weights, normalization over the whole panel and the shift 0.0001.
# Method switch.
gui-index-method = Weighting method
# Hover text of the method switch.
gui-index-method-help = Entropy: indicators whose values differ more across provinces and years get more weight (w_j ∝ 1 − e_j). PCA: weights from the principal components of the standardized indicators. Equal: 1/k each. Manual: your own weights (drag a slider).
# Normalization.
gui-index-normalization = Min-max normalization
# Normalization over the whole panel.
gui-index-whole-panel = over the whole panel
# Normalization per year.
gui-index-per-year = within each year
# Hover text of the normalization.
gui-index-normalization-help = min and max are taken over all provinces and years (the study), or within each year, which removes the common trend: a province's index then shows its rank within the year.
# Shift.
gui-index-shift = Shift
# Hover text of the shift.
gui-index-shift-help = Added to every normalized value so that ln p stays finite in the entropy weights (the study uses 0.0001). 0 is allowed when no normalized value is zero.
# The button that restores the study's shift.
gui-index-study-shift = study: 0.0001
# Hover text of the button that restores the study's shift.
gui-index-study-shift-help = Back to the study's shift
# Two-level weighting.
gui-index-two-level = Two-level weighting
# Hover text of two-level weighting.
gui-index-two-level-help = Weight of an indicator = weight of its dimension × its weight within the dimension (entropy, equal or manual inside each dimension). Not available with PCA.
# PCA disabled under two-level weighting.
gui-index-pca-not-two-level = PCA cannot be combined with two-level weighting.
# Dimension weights.
gui-index-dimension-weights = Dimension weights
# Entropy weights of the sub-indices.
gui-index-dim-entropy = entropy of the sub-indices
# The index cannot be built.
gui-index-index-error = The index cannot be built with these settings:
# A method's column is empty.
gui-index-column-empty = Column left empty
# Rows used.
gui-index-rows-used = rows with every indicator present
# Time to build the table.
gui-index-table-time = table computed in
# DCP by region plot.
gui-index-dcp-by-region = DCP over time by region (mean per year)
# Sub-indices plot.
gui-index-sub-indices = Sub-indices over time (national mean per year)
# National mean.
gui-index-national = national mean
# Year axis.
gui-index-year = year
# DCP not available.
gui-index-no-dcp = DCP is not available on the current data: see its status under Definitions below.
# No year column.
gui-index-no-years = The data have no year column: nothing to plot over time.
# Regions from a column.
gui-index-regions-from-column = Regions from the data's region3 column.
# No regions.
gui-index-no-regions = The units are not provinces and the data have no region3 column: only the national mean is shown.
# The derived data are being recomputed.
gui-index-updating = recomputing the index…
# Definitions panel.
gui-index-definitions = Definitions of the derived variables
# Formula.
gui-index-formula = Formula
# Source.
gui-index-source = Source
# Status: computed.
gui-index-computed = computed on the current data
# Status: in the data.
gui-index-in-data = taken from the data (not recomputed)
# Status: skipped.
gui-index-skipped = not computed; missing columns
# Status: failed.
gui-index-failed = failed
# Status: pending.
gui-index-pending = being computed…
# Status: no sub-index.
gui-index-no-sub-index = no sub-index (no indicator has a dimension)
# Current settings of the index.
gui-index-in-use = In use
