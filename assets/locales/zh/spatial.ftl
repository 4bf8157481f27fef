# 空间权重、Moran's I 的说明、分级断点，以及 map、moran、breaks、zonal 命令输出的各行。

## 权重矩阵的说明。
weights-rule = { $rule ->
    [queen] 后式（queen）
   *[rook] 车式（rook）
    }
weights-contiguity-exact = { $rule }邻接（仅共同顶点）
weights-contiguity-snap = { $rule }邻接（顶点容差 { $km } 公里）
weights-nearest = { $k } 个最近邻（质心）
weights-inverse-distance = 反距离{ $power }，{ $km } 公里以内（质心）
weights-gal-file = GAL 文件 { $file }
weights-gwt-file = GWT 文件 { $file }
weights-gwt-file-mismatch = GWT 文件 { $file }（文件头：{ $announced } 个区域，实际 { $found } 个）

## Moran 分析的说明。
moran-note-no-value = { $variable } 无取值，已剔除：{ $regions }
moran-note-no-value-year = { $year } 年 { $variable } 无取值，已剔除：{ $regions }
moran-note-not-in-weights = 不在权重矩阵中，已剔除：{ $regions }
moran-note-unmatched-ids = 权重文件中与任何个体都不匹配的编号，已舍弃：{ $ids }
moran-note-islands = 没有邻居（孤岛，I_i = 0，无 p 值）：{ $regions }

## 分级断点。
breaks-method = { $method ->
    [quantile] 分位数
    [equal] 等间距
   *[jenks] 自然断点法（Fisher-Jenks）
    }
breaks-method-classes = { $method }，{ $k } 类
breaks-user-classes = 自定分界点，{ $k } 类
breaks-all-rows = 全部行
breaks-year = { $year } 年
breaks-fewer-classes = 只形成了 { $k } 类，而非 { $asked } 类：不同取值太少
breaks-missing-ignored = { $variable } 有 { $missing } 个缺失值，已忽略（{ $scope }）
breaks-heading = { $variable }：{ $method }，{ $k } 类，{ $n } 个取值（{ $scope }）
breaks-class = 第 { $j } 类：

## 边界与匹配（map、zonal）。
boundary-skipped-feature = 边界要素 { $feature } 的几何类型为 { $geometry }（没有面积）：已跳过
boundary-feature-no-unit = 要素 { $feature }（“{ $value }”）与任何个体都不匹配：按无数据绘制
boundary-unit-no-feature = 个体“{ $unit }”没有对应的边界要素：未绘制
boundary-feature-no-property = 要素 { $feature } 没有“{ $property }”属性：已略去

## map
map-cli-title = 各省 { $variable }：{ $years } 年
map-cli-years-and = 、
map-cli-legend = { $variable }：{ $method }
map-cli-source = 数据：{ $source }。{ $boundaries }
map-cli-boundaries = 边界：{ $path }。
map-cli-wrote = 已写出 { $file }（{ $width } × { $height } 像素）：{ $variable } { $years }；{ $method }
map-cli-no-data = ；无数据：{ $units }

## moran
moran-cli-wrote-weights = 已写出 { $file }（{ $weights }）
moran-cli-heading = { $variable } 的 Moran's I：{ $n } 个个体，权重 { $weights }（行标准化）
moran-cli-heading-year = { $year } 年 { $variable } 的 Moran's I：{ $n } 个个体，权重 { $weights }（行标准化）
moran-cli-normality = 正态假设：
moran-cli-randomization = 随机化假设：
moran-cli-permutations = { $permutations } 次置换（种子 { $seed }）：
moran-cli-local = 局部 Moran（聚类：p_sim <= { $alpha }）：
moran-cli-unit = 个体
moran-cli-cluster = 聚类
moran-cli-quadrant = 象限
moran-cli-class = { $class ->
    [HighHigh] 高-高
    [LowLow] 低-低
    [LowHigh] 低-高
    [HighLow] 高-低
    [Neighbourless] 无邻居
   *[NotSignificant] 不显著
    }

## zonal
zonal-cli-bands = { $file } 有 { $bands } 个波段；已读取波段 1（可用 --band 选择）
zonal-cli-empty = { $file }：没有边界覆盖任何有效像元（坐标系或区域有误？）
zonal-cli-wrote = 已写出 { $file }（{ $rows } 行）
zonal-cli-stat = { $stat ->
    [sum] 总和
   *[mean] 均值
    }
zonal-cli-heading = { $files } 个栅格的分区{ $stat }，波段 { $band }，范围 { $boundaries }（{ $units } 个个体），按精确覆盖比例加权
zonal-cli-file = { $file }：{ $date }，{ $cols } × { $rows } 个 { $sample } 像元，{ $crs }，无数据值 { $nodata }
zonal-cli-none = 无
zonal-cli-unit = 个体
zonal-cli-year = 年份
zonal-cli-value = 取值
crs-lonlat = 经纬度
crs-web-mercator = Web 墨卡托（EPSG:3857）
crs-albers = Albers 等积投影（中央经线 { $lon0 }，原点纬度 { $lat0 }，标准纬线 { $lat1 } 和 { $lat2 }，a = { $a } 米）

## 地图图片自身的文字。
map-words-no-data = 无数据
map-words-no-data-note = 无数据：{ $names }。
map-words-units-per-class = （各类个体数：{ $maps }）
boundaries-embedded = 内置省界

## 无个体列时行的位置。
place-row = 第 { $row } 行
place-row-year = 第 { $row } 行（{ $year }）
