//! File dialogs for every open, save and export of the window: one way for a view to ask for
//! a file, answered by the system's dialog where one can appear and by the in-window chooser
//! everywhere else, so no button ever does nothing.
//!
//! | file | concept |
//! |------|---------|
//! | `availability.rs` | can a native dialog appear on this desktop |
//! | `listing.rs` | a folder's entries, sorted and filtered |
//! | `texts.rs` | labels in English and Chinese |

pub mod availability;
pub mod listing;
pub mod texts;
