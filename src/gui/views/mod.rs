//! One file per view of the navigation.

pub mod data;
