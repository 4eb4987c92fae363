//! The pure heart of duizhao: no web dependency here (checked by `tests/architecture.rs`).

pub mod anchor;
pub mod checklist;
pub mod checks;
pub mod count;
pub mod criticism;
pub mod draft;
pub mod explanations;
pub mod fields;
pub mod layout;
pub mod ledger;
pub mod numbering;
pub mod opinions;
pub mod render;
pub mod rules;
pub mod sample;
pub mod season;
pub mod talks;

pub use anchor::{Anchor, FieldId, Section};
pub use checklist::{Aspect, CauseDimension, Checklist, Wording};
pub use draft::{
    Answer, Cause, Deadline, Deleted, Draft, ExplanationAnswer, Intro, ItemSource, ItemStatus,
    LastYearItem, MaterialKind, Measure, Problem, Profile, Removed, TitleForm,
};
pub use render::{render, Attachment, Block, Document};

/// Whether the item ids of a record kept beside a draft can be edited by: each one
/// present and unique (a field names its item by id). Any other text is an id: the
/// page never reads an id back from an element.
/// `next`, the number the next id gets, is raised above the number in every id (a
/// file written by hand may lack it).
pub fn item_ids_fit<'a>(ids: impl IntoIterator<Item = &'a str>, next: &mut u32) -> bool {
    let mut seen = std::collections::BTreeSet::new();
    for id in ids {
        if id.is_empty() || !seen.insert(id) {
            return false;
        }
        let n: String = id.chars().filter(char::is_ascii_digit).collect();
        if let Ok(n) = n.parse::<u32>() {
            *next = (*next).max(n);
        }
    }
    true
}
