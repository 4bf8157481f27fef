//! CART regression trees shared by the random forest and gradient boosting. Implementation pending.
