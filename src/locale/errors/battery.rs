//! Wording of the study battery's errors.

use crate::engine::battery::BatteryError;
use crate::engine::battery::spec_curve::SpecCurveError;
use crate::engine::report::battery_files::ReportError;

super::english_only!(BatteryError, SpecCurveError, ReportError);
