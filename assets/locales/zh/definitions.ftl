# 派生变量的定义：标题与说明，显示在指数视图的定义列表中。

definition-dcp-title = 算力发展水平
definition-dcp-text = 由算力产业、算力技术、算力环境、算力应用四个维度十个指标构成，按指标方向极差标准化后用熵权法加权求和，取值在 0 到 1 之间，越大表示算力发展水平越高。指数视图中可改用主成分、等权、手动或两级权重。
definition-dcp-dimension-title = 算力发展分维度指数
definition-dcp-dimension-text = 只用某一维度的指标计算的指数，维度内权重重新归一，因而 DCP = Σ_d W_d · DCP_d。
definition-cee-title = 碳经济效率
definition-cee-text = 单位二氧化碳排放的地区生产总值，越高表示同样排放带来的产出越多。
definition-ciwb-title = 福利碳强度（碳排放福利绩效）
definition-ciwb-text = 人均碳排放量与人均预期寿命之比再乘以 100，越低表示单位碳排放带来的福利越高。
definition-isu-title = 产业结构升级
definition-isu-text = 产业结构层次系数：第一、二、三产业产值占比分别乘以 1、2、3 后相加，产出向高层次产业转移时上升。
definition-k-title = 资本存量（永续盘存法）
definition-k-text = 由投资按永续盘存法累积的实际资本存量：本年存量等于上年存量折旧后加本年实际投资，是全要素能源效率的投入之一。
definition-tfee-title = 全要素能源利用效率
definition-tfee-text = 基于非期望产出的（超效率）SBM 模型测算的效率：以资本、劳动、能源为投入，GDP 为期望产出，污染物为非期望产出，以同年最佳实践为前沿。小于 1 为无效率，大于等于 1 为有效并按超效率排序。
