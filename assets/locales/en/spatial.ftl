# Spatial weights, Moran's I remarks, class breaks and the lines the map, moran, breaks and
# zonal commands print. English is what logs, JSON and written weights files carry.

## What a set of weights is.
# Contiguity rule: queen (a shared point suffices) or rook (a shared edge is needed).
weights-rule = { $rule ->
    [queen] queen
   *[rook] rook
    }
weights-contiguity-exact = { $rule } contiguity (exact vertices)
weights-contiguity-snap = { $rule } contiguity (snap { $km } km)
weights-nearest = { $k } nearest neighbours (centroids)
# $power is empty for distance to the power 1, else "^2" and so on.
weights-inverse-distance = inverse distance{ $power } within { $km } km (centroids)
weights-gal-file = GAL file { $file }
weights-gwt-file = GWT file { $file }
weights-gwt-file-mismatch = GWT file { $file } (header: { $announced } regions, { $found } found)

## Remarks on a Moran analysis. $regions is a list of region names.
moran-note-no-value = no value of { $variable }, left out: { $regions }
moran-note-no-value-year = no value of { $variable } in { $year }, left out: { $regions }
moran-note-not-in-weights = not in the weights, left out: { $regions }
moran-note-unmatched-ids = weights ids matching no unit, dropped: { $ids }
moran-note-islands = without neighbours (islands, I_i = 0, no p-value): { $regions }

## Class breaks.
breaks-method = { $method ->
    [quantile] quantiles
    [equal] equal intervals
   *[jenks] natural breaks (Fisher-Jenks)
    }
breaks-method-classes = { $method }, { $k } classes
breaks-user-classes = user breaks, { $k } classes
breaks-all-rows = all rows
breaks-year = year { $year }
breaks-fewer-classes = { $k } classes formed instead of { $asked }: too few distinct values
breaks-missing-ignored = { $missing } missing value(s) of { $variable } ignored ({ $scope })
breaks-heading = { $variable }: { $method }, { $k } classes, { $n } values ({ $scope })
breaks-class = class { $j }:

## Boundaries and joins (map, zonal).
boundary-skipped-feature = boundary feature { $feature } has a { $geometry } geometry (no area): skipped
boundary-feature-no-unit = feature { $feature } ("{ $value }") matches no unit: drawn as no data
boundary-unit-no-feature = unit "{ $unit }" has no boundary feature: not drawn
boundary-feature-no-property = feature { $feature } has no "{ $property }": left out

## map
map-cli-title = { $variable } by province, { $years }
map-cli-years-and = {" and "}
map-cli-legend = { $variable }: { $method }
map-cli-source = Data: { $source }. { $boundaries }
map-cli-boundaries = Boundaries: { $path }.
map-cli-wrote = wrote { $file } ({ $width } x { $height } px): { $variable } { $years }; { $method }
map-cli-no-data = ; no data: { $units }

## moran
moran-cli-wrote-weights = wrote { $file } ({ $weights })
moran-cli-heading = Moran's I of { $variable }: { $n } units, weights { $weights } (row-standardized)
moran-cli-heading-year = Moran's I of { $variable } in { $year }: { $n } units, weights { $weights } (row-standardized)
moran-cli-normality = normality:
moran-cli-randomization = randomization:
moran-cli-permutations = { $permutations } permutations (seed { $seed }):
moran-cli-local = Local Moran (clusters at p_sim <= { $alpha }):
moran-cli-unit = unit
moran-cli-cluster = cluster
moran-cli-quadrant = quadrant
moran-cli-class = { $class ->
    [HighHigh] high-high
    [LowLow] low-low
    [LowHigh] low-high
    [HighLow] high-low
    [Neighbourless] no neighbours
   *[NotSignificant] not significant
    }

## zonal
zonal-cli-bands = { $file } has { $bands } bands; band 1 was read (choose with --band)
zonal-cli-empty = { $file }: no boundary covers a valid cell (wrong CRS or region?)
zonal-cli-wrote = wrote { $file } ({ $rows } rows)
zonal-cli-stat = { $stat ->
    [sum] sum
   *[mean] mean
    }
zonal-cli-heading = Zonal { $stat } of { $files } raster(s), band { $band }, over { $boundaries } ({ $units } units), exact coverage weighting
zonal-cli-file = { $file }: { $date }, { $cols } x { $rows } { $sample } cells, { $crs }, nodata { $nodata }
zonal-cli-none = none
zonal-cli-unit = unit
zonal-cli-year = year
zonal-cli-value = value
crs-lonlat = longitude-latitude
crs-web-mercator = Web Mercator (EPSG:3857)
crs-albers = Albers equal-area (lon0 { $lon0 }, lat0 { $lat0 }, parallels { $lat1 } and { $lat2 }, a = { $a } m)

## The words a map picture writes itself ({ $names } and { $maps } are filled in by the picture).
map-words-no-data = No data
map-words-no-data-note = No data: { $names }.
map-words-units-per-class = (units per class: { $maps })
boundaries-embedded = embedded provinces

## Where a row is, in a panel without units.
place-row = row { $row }
place-row-year = row { $row } ({ $year })
