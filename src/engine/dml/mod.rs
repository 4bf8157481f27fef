//! Double/debiased machine learning: cross-fitting, PLR and PLIV scores, inference (SPEC §4).
