//! The domain types shared by every layer. Nothing here knows about terminals.

mod body;
mod briefing;
mod cut;
mod diagnostic;
mod quote;

pub use body::{Body, SharedBytes};
pub use briefing::{Briefing, Extra, Priority, Tag, TagOrigin};
pub use cut::Cut;
pub use diagnostic::{Diagnostic, Severity};
pub use quote::{Quote, QuotePart, Speaker};
