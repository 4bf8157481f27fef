//! Wording of the derived measures' errors (index, TFEE).

use crate::engine::measures::index::IndexError;
use crate::engine::measures::tfee::TfeeError;

super::english_only!(IndexError, TfeeError);
