//! Measures built from raw columns: the computing-power index, CEE, CIWB, ISU, capital stock,
//! TFEE and transforms (SPEC §3).

pub mod entropy;
