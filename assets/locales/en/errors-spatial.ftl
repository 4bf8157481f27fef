# Errors of maps, spatial statistics and gridded data: what went wrong and what to do.
# File names, columns, ids and numbers are passed as they are; $kind in geotiff-sample-width
# is a key the code passes and the select expression words.

# Class breaks.
breaks-no-values = no values to classify ({ $missing } missing); choose another variable or year
breaks-classes = { $k } classes requested; choose between { $min } and { $max }
breaks-manual-empty = no breaks given; enter at least one upper bound
breaks-not-finite = break { $index } is not a finite number ({ $value })
breaks-not-ascending = breaks must increase: break { $index } ({ $value }) is not above the one before ({ $previous })
breaks-below-max = the last break ({ $last }) is below the largest value ({ $max }); raise it to at least { $max }
breaks-too-many = { $k } breaks given; at most { $max } classes can be coloured

# Values to map.
choropleth-variable-missing = no numeric column "{ $name }"; available: { $available }
choropleth-year-missing = year { $year } is not in the data (years { $first }-{ $last })
choropleth-no-year-column = the data have no year column; map them without a year
choropleth-no-units = the data have no unit column, so no value can be placed on a map

# Joining boundaries to units.
join-no-units = the data have no unit column, so nothing can be joined to map features; choose the unit column
join-property-missing = no feature has a property "{ $property }"; available: { $available }

# Boundary files (GeoJSON).
geojson-io = { $path }: { $message }
geojson-not-json = { $file }: not valid JSON (line { $line }, column { $column }: { $message }); save the boundaries as GeoJSON
geojson-not-collection = { $file }: the top-level "type" is { $found }; expected a FeatureCollection of Polygon or MultiPolygon features
geojson-no-type = { $file }: the top-level "type" is "(none)"; expected a FeatureCollection of Polygon or MultiPolygon features
geojson-empty = { $file }: no feature with a Polygon or MultiPolygon geometry; the file holds no boundaries
geojson-unsupported = { $file }: feature { $feature } has a { $kind } geometry; only Polygon and MultiPolygon can be mapped (convert points or lines to areas first)
geojson-bad-coordinates = { $file }: feature { $feature }: { $problem }
geojson-coordinates-missing = "coordinates" missing or not an array
geojson-no-polygons = MultiPolygon without polygons
geojson-polygon-not-array = a polygon is not an array of rings
geojson-no-rings = a polygon without rings
geojson-ring = ring { $ring }: { $problem }
geojson-ring-not-array = not an array of positions
geojson-position-not-pair = position { $position } is not [longitude, latitude]
geojson-position-not-numeric = position { $position } is not numeric: { $text }
geojson-position-not-degrees = position { $position } ({ $x }, { $y }) is not a longitude/latitude in degrees; the file looks projected: export it as WGS84 (EPSG:4326)
geojson-ring-too-few = a ring needs at least 3 distinct positions, found { $found }

# Map pictures and their fonts.
render-width = width { $width } px is outside { $min }..={ $max } px
render-no-maps = no map to draw
render-write = { $path }: { $message }
font-io = { $path }: { $message }
font-built-in = (built-in font): not a TrueType/OpenType font ({ $message }); give a .ttf, .otf or .ttc file
font-not-a-font = { $path }: not a TrueType/OpenType font ({ $message }); give a .ttf, .otf or .ttc file

# Spatial weights.
weights-io = { $path }: { $message }
weights-parse = { $file }, line { $line }: { $problem }
weights-unknown-format = { $path }: a weights file must end in .gal (contiguity lists) or .gwt (id, neighbour, weight lines)
weights-bad-spec = weights "{ $given }": use queen, rook, queen:SNAP_KM, rook:SNAP_KM, knn:K, idw, idw:KM or a .gal / .gwt file
weights-too-few = { $what } needs at least { $needed } regions, found { $found }
weights-knn = { $k } nearest neighbours
weights-idw = inverse-distance weights
weights-empty-file = the file is empty
weights-empty-header = the header is empty
weights-gal-header = the header "{ $header }" should give the number of regions ("n" or "0 n source key")
weights-gwt-header = the header "{ $header }" should give the number of regions ("0 n source key")
weights-fewer-regions = the header announces { $announced } regions but the file lists { $listed }
weights-count-missing = region { $region }: the neighbour count is missing
weights-not-a-count = region { $region }: "{ $text }" is not a neighbour count
weights-fewer-neighbours = region { $region } announces { $announced } neighbours, the file ends after { $listed }
weights-extra-token = "{ $token }" after the { $announced } regions the header announces; correct the count
weights-not-a-triple = expected "id neighbour weight", found "{ $line }"
weights-not-a-weight = "{ $text }" is not a weight
weights-duplicate-region = { $file }: region "{ $id }" is listed twice
weights-unknown-neighbour = { $file }: region "{ $region }" has neighbour "{ $neighbour }", which is not listed as a region
weights-k-zero = k nearest neighbours: k must be at least 1
weights-power = inverse distance: the power must be positive, got { $value }
weights-band = inverse distance: the band must be positive km, got { $value }
weights-snap = the snapping tolerance must be >= 0 km, got { $value }
weights-same-unit = weights ids "{ $first }" and "{ $second }" both name the unit "{ $unit }"; keep one of them
weights-no-id-matches = no id of the weights ({ $sample } …) names a unit of the data; write the weights with the units' codes or names as ids
weights-unwritable-id = { $path }: the id "{ $id }" is empty or contains a space, which GAL and GWT files cannot hold; use codes as ids

# Moran's I.
moran-variable-year = { $variable } in { $year }
moran-too-few = Moran's I of { $what } needs at least 4 units with a value and weights; { $found } have both
moran-constant = { $what } takes the same value in every unit: there is no variation to correlate
moran-no-links = no unit of { $what } has a neighbour among the units with data: choose other weights (e.g. knn:4)
moran-permutations = { $count } permutations: choose at most { $max }

# Gridded data (GeoTIFF rasters summed over boundaries): the file, what is wrong and a remedy,
# often a GDAL command.

zonal-band-size = the band has { $found } values but its grid is { $cols } x { $rows }
zonal-empty-grid = the raster grid must have positive, finite cell sizes and at least one cell
zonal-year-count = { $years } year(s) given for { $files } raster(s): give one year per raster, in order

# Dating rasters by their file names.
period-no-year = { $name }: no year (1900-2100) in the file name; give the years with --year
period-ambiguous = { $name }: the file name holds several years ({ $years }); give the years with --year
period-several = { $year } has { $count } rasters ({ $names }); choose how to combine them into the year with --months sum or --months mean

# Reading GeoTIFF files.
geotiff-io = { $path }: { $message }
geotiff-not-tiff = { $path }: not a readable TIFF file ({ $reason }); give a GeoTIFF (.tif) as written by GDAL or QGIS
geotiff-truncated = the file ends inside its header: truncated, or still being written
geotiff-compression = { $path }: compressed with { $codec }, which is not supported; rewrite it with `gdal_translate -co COMPRESS=DEFLATE in.tif out.tif` (or LZW, or none)
geotiff-codec = { $name } (code { $code })
geotiff-unknown-codec = an unknown codec (code { $code })
geotiff-sample-format = { $path }: samples are { $what }, which is not supported; convert with `gdal_translate -ot Float32 in.tif out.tif`
geotiff-complex = complex ({ $bits } bits)
geotiff-sample-width = { $kind ->
        [unsigned] unsigned integers
        [signed] signed integers
        [float] floats
       *[other] of an unknown sample format
    } of { $bits } bits
geotiff-no-georeferencing = { $path }: has no georeferencing (neither ModelPixelScale + ModelTiepoint nor ModelTransformation); georeference it, e.g. `gdal_translate -a_srs EPSG:4326 -a_ullr WEST NORTH EAST SOUTH in.tif out.tif`
geotiff-not-north-up = { $path }: its grid is { $what }; only north-up grids are read: resample it with `gdalwarp in.tif out.tif`
geotiff-control-points = given by ground control points
geotiff-rotated = rotated or sheared
geotiff-south-up = south-up or degenerate (cell size { $width } x { $height })
geotiff-crs = { $path }: { $reason }; reproject it to EPSG:4326, 3857 or an Albers equal-area grid, e.g. `gdalwarp -t_srs EPSG:4326 in.tif out.tif`
geotiff-band = { $path }: has { $bands } band(s), so band { $band } does not exist; choose a band from 1 to { $bands }
geotiff-decode = { $path }: could not decode the pixels ({ $problem }); the file may be damaged or truncated
geotiff-short-chunk = chunk { $chunk } holds { $got } of { $expected } pixels

# The coordinate reference system of a raster.
geokey-epsg = its CRS is EPSG:{ $code }, which is not supported
geokey-no-crs = its GeoKeys name no coordinate reference system
geokey-model-type = its model type is { $code } (neither projected nor geographic)
geokey-transform = it uses a user-defined projection with coordinate transformation code { $code }; only Albers equal-area (11) is supported
geokey-units = its projected units are EPSG unit { $code }; only metres (9001) are supported
geokey-missing = its Albers projection lacks { $key }
geokey-albers = its Albers parameters are invalid: { $error }
geokey-ellipsoid = its ellipsoid is not given by parameters or a known code
crs-unsupported = EPSG:{ $code } is not supported: use longitude-latitude (4326), Web Mercator (3857) or an Albers equal-area grid (e.g. 5070, 3577, 102025); reproject the raster with gdalwarp
crs-bad-albers = Albers parameters with standard parallels { $lat1 } and { $lat2 } define no cone (they must not be opposite)
