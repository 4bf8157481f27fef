# 地图、空间统计与栅格数据的错误：出了什么问题，该怎么做。
# 文件名、列名、编号与数字原样传入；geotiff-sample-width 中的 $kind 是代码传入的关键字，
# 由选择表达式翻译。

# 分级断点。
breaks-no-values = 没有可分级的值（{ $missing } 个缺失）；请换一个变量或年份
breaks-classes = 请求了 { $k } 个级别；请在 { $min } 到 { $max } 之间选择
breaks-manual-empty = 没有给出断点；请至少输入一个上界
breaks-not-finite = 断点 { $index } 不是有限数（{ $value }）
breaks-not-ascending = 断点必须递增：断点 { $index }（{ $value }）不大于前一个断点（{ $previous }）
breaks-below-max = 最后一个断点（{ $last }）小于最大值（{ $max }）；请把它调到至少 { $max }
breaks-too-many = 给出了 { $k } 个断点；最多只能着色 { $max } 个级别

# 要绘制的值。
choropleth-variable-missing = 没有数值列“{ $name }”；可用的列：{ $available }
choropleth-year-missing = 数据中没有 { $year } 年（年份范围 { $first }-{ $last }）
choropleth-no-year-column = 数据没有年份列；请不指定年份来绘图
choropleth-no-units = 数据没有单位列，无法把数值放到地图上

# 边界与单位的连接。
join-no-units = 数据没有单位列，无法与地图要素连接；请选择单位列
join-property-missing = 没有要素具有属性“{ $property }”；可用的属性：{ $available }

# 边界文件（GeoJSON）。
geojson-io = 无法读取 { $path }：{ $message }
geojson-not-json = { $file }：不是有效的 JSON（第 { $line } 行第 { $column } 列：{ $message }）；请把边界保存为 GeoJSON
geojson-not-collection = { $file }：顶层“type”为 { $found }；应为由 Polygon 或 MultiPolygon 要素组成的 FeatureCollection
geojson-no-type = { $file }：顶层没有“type”；应为由 Polygon 或 MultiPolygon 要素组成的 FeatureCollection
geojson-empty = { $file }：没有 Polygon 或 MultiPolygon 几何的要素；文件中没有边界
geojson-unsupported = { $file }：要素 { $feature } 的几何类型为 { $kind }；只有 Polygon 和 MultiPolygon 可以绘图（请先把点或线转换为面）
geojson-bad-coordinates = { $file }：要素 { $feature }：{ $problem }
geojson-coordinates-missing = “coordinates”缺失或不是数组
geojson-no-polygons = MultiPolygon 中没有多边形
geojson-polygon-not-array = 多边形不是由环组成的数组
geojson-no-rings = 多边形没有环
geojson-ring = 环 { $ring }：{ $problem }
geojson-ring-not-array = 不是由坐标点组成的数组
geojson-position-not-pair = 坐标点 { $position } 不是 [经度, 纬度]
geojson-position-not-numeric = 坐标点 { $position } 不是数值：{ $text }
geojson-position-not-degrees = 坐标点 { $position }（{ $x }, { $y }）不是以度为单位的经纬度；文件似乎是投影坐标：请导出为 WGS84（EPSG:4326）
geojson-ring-too-few = 环至少需要 3 个不同的坐标点，只找到 { $found } 个

# 地图图片及其字体。
render-width = 宽度 { $width } 像素超出 { $min }..={ $max } 像素的范围
render-no-maps = 没有可绘制的地图
render-write = 无法写入 { $path }：{ $message }
font-io = 无法读取字体 { $path }：{ $message }
font-built-in = 内置字体：不是 TrueType/OpenType 字体（{ $message }）；请提供 .ttf、.otf 或 .ttc 文件
font-not-a-font = { $path }：不是 TrueType/OpenType 字体（{ $message }）；请提供 .ttf、.otf 或 .ttc 文件

# 空间权重。
weights-io = 无法读写 { $path }：{ $message }
weights-parse = { $file }，第 { $line } 行：{ $problem }
weights-unknown-format = { $path }：权重文件的扩展名必须是 .gal（邻接列表）或 .gwt（每行“编号 邻居 权重”）
weights-bad-spec = 权重“{ $given }”：请使用 queen、rook、queen:SNAP_KM、rook:SNAP_KM、knn:K、idw、idw:KM 或 .gal / .gwt 文件
weights-too-few = { $what }至少需要 { $needed } 个地区，只找到 { $found } 个
weights-knn = { $k } 个最近邻的权重
weights-idw = 反距离权重
weights-empty-file = 文件为空
weights-empty-header = 表头为空
weights-gal-header = 表头“{ $header }”应给出地区数（“n”或“0 n 来源 键”）
weights-gwt-header = 表头“{ $header }”应给出地区数（“0 n 来源 键”）
weights-fewer-regions = 表头声明 { $announced } 个地区，但文件只列出 { $listed } 个
weights-count-missing = 地区 { $region }：缺少邻居数
weights-not-a-count = 地区 { $region }：“{ $text }”不是邻居数
weights-fewer-neighbours = 地区 { $region } 声明有 { $announced } 个邻居，但文件在列出 { $listed } 个后结束
weights-extra-token = 表头声明的 { $announced } 个地区之后还有“{ $token }”；请更正地区数
weights-not-a-triple = 应为“编号 邻居 权重”，实际为“{ $line }”
weights-not-a-weight = “{ $text }”不是权重
weights-duplicate-region = { $file }：地区“{ $id }”列出了两次
weights-unknown-neighbour = { $file }：地区“{ $region }”的邻居“{ $neighbour }”没有作为地区列出
weights-k-zero = k 近邻：k 至少为 1
weights-power = 反距离：幂次必须为正数，实际为 { $value }
weights-band = 反距离：距离带必须为正的公里数，实际为 { $value }
weights-snap = 吸附容差必须 >= 0 公里，实际为 { $value }
weights-same-unit = 权重编号“{ $first }”和“{ $second }”指向同一个单位“{ $unit }”；请只保留一个
weights-no-id-matches = 权重的编号（{ $sample } …）都不是数据中的单位；请用单位的代码或名称作为权重编号
weights-unwritable-id = { $path }：编号“{ $id }”为空或含有空格，GAL 和 GWT 文件无法保存；请用代码作为编号

# Moran's I。
moran-variable-year = { $year } 年的 { $variable }
moran-too-few = { $what } 的 Moran's I 至少需要 4 个既有值又有权重的单位；只有 { $found } 个
moran-constant = { $what } 在每个单位上取值相同：没有可计算相关的变异
moran-no-links = { $what } 的有数据单位中，没有任何单位在其中有邻居：请换一种权重（例如 knn:4）
moran-permutations = 置换次数 { $count }：最多为 { $max }

# 栅格数据（按边界汇总的 GeoTIFF 栅格）：文件、问题与处理办法，常附 GDAL 命令。

zonal-band-size = 波段有 { $found } 个值，但其网格为 { $cols } x { $rows }
zonal-empty-grid = 栅格网格的像元大小必须为有限正数，且至少有一个像元
zonal-year-count = 为 { $files } 个栅格给出了 { $years } 个年份：请按顺序为每个栅格给出一个年份

# 根据文件名确定栅格年份。
period-no-year = { $name }：文件名中没有年份（1900-2100）；请用 --year 指定年份
period-ambiguous = { $name }：文件名中有多个年份（{ $years }）；请用 --year 指定年份
period-several = { $year } 年有 { $count } 个栅格（{ $names }）；请用 --months sum 或 --months mean 选择如何合并为年度值

# 读取 GeoTIFF 文件。
geotiff-io = 无法读取 { $path }：{ $message }
geotiff-not-tiff = { $path }：不是可读的 TIFF 文件（{ $reason }）；请提供 GDAL 或 QGIS 写出的 GeoTIFF（.tif）
geotiff-truncated = 文件在表头内结束：文件被截断，或仍在写入
geotiff-compression = { $path }：不支持其压缩方式 { $codec }；请用 `gdal_translate -co COMPRESS=DEFLATE in.tif out.tif` 重写（或 LZW，或不压缩）
geotiff-codec = { $name }（代码 { $code }）
geotiff-unknown-codec = 未知编码（代码 { $code }）
geotiff-sample-format = { $path }：样本为{ $what }，暂不支持；请用 `gdal_translate -ot Float32 in.tif out.tif` 转换
geotiff-complex = 复数（{ $bits } 位）
geotiff-sample-width = { $bits } 位{ $kind ->
        [unsigned] 无符号整数
        [signed] 有符号整数
        [float] 浮点数
       *[other] 未知样本格式
    }
geotiff-no-georeferencing = { $path }：没有地理参考（既没有 ModelPixelScale + ModelTiepoint，也没有 ModelTransformation）；请先配准，例如 `gdal_translate -a_srs EPSG:4326 -a_ullr WEST NORTH EAST SOUTH in.tif out.tif`
geotiff-not-north-up = { $path }：网格{ $what }；只能读取北向朝上的网格：请用 `gdalwarp in.tif out.tif` 重采样
geotiff-control-points = 由地面控制点给出
geotiff-rotated = 有旋转或错切
geotiff-south-up = 南向朝上或退化（像元大小 { $width } x { $height }）
geotiff-crs = { $path }：{ $reason }；请重投影到 EPSG:4326、3857 或 Albers 等积网格，例如 `gdalwarp -t_srs EPSG:4326 in.tif out.tif`
geotiff-band = { $path }：只有 { $bands } 个波段，没有波段 { $band }；请选择 1 到 { $bands } 之间的波段
geotiff-decode = { $path }：无法解码像元（{ $problem }）；文件可能已损坏或不完整
geotiff-short-chunk = 数据块 { $chunk } 只有 { $got } 个像元，应有 { $expected } 个

# 栅格的坐标参考系。
geokey-epsg = 其坐标参考系为 EPSG:{ $code }，暂不支持
geokey-no-crs = 其 GeoKeys 没有给出坐标参考系
geokey-model-type = 其模型类型为 { $code }（既不是投影坐标也不是地理坐标）
geokey-transform = 它使用坐标变换代码为 { $code } 的自定义投影；只支持 Albers 等积投影（11）
geokey-units = 其投影单位为 EPSG 单位 { $code }；只支持米（9001）
geokey-missing = 其 Albers 投影缺少 { $key }
geokey-albers = 其 Albers 参数无效：{ $error }
geokey-ellipsoid = 其椭球既没有参数也没有已知代码
crs-unsupported = 不支持 EPSG:{ $code }：请使用经纬度（4326）、Web Mercator（3857）或 Albers 等积网格（例如 5070、3577、102025）；请用 gdalwarp 重投影栅格
crs-bad-albers = 标准纬线为 { $lat1 } 和 { $lat2 } 的 Albers 参数无法构成圆锥（两者不能互为相反数）
