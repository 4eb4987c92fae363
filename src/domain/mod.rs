//! The pure heart of duizhao: no web dependency here (checked by `tests/architecture.rs`).

pub mod anchor;
pub mod checklist;
pub mod checks;
pub mod count;
pub mod criticism;
pub mod draft;
pub mod explanations;
pub mod layout;
pub mod ledger;
pub mod numbering;
pub mod opinions;
pub mod render;
pub mod rules;
pub mod sample;
pub mod talks;

pub use anchor::{Anchor, FieldId, Section};
pub use checklist::{Aspect, CauseDimension, Checklist, Wording};
pub use draft::{
    Answer, Cause, Deadline, Draft, ExplanationAnswer, Intro, ItemSource, ItemStatus, LastYearItem,
    MaterialKind, Measure, Problem, Profile, Removed,
};
pub use render::{render, Attachment, Block, Document};
