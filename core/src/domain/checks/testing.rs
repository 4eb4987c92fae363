//! What the handlers' tests share: the 2022 checklist, a complete material on it, and
//! the findings of a draft.

pub(crate) use crate::domain::checks::{check, is_boilerplate, target, Finding, Kind, Section};
pub(crate) use crate::domain::draft::{Draft, MaterialKind};
pub(crate) use crate::domain::{sample, Checklist};

pub(crate) fn c() -> &'static Checklist {
    Checklist::for_year(2022)
}

/// A complete material of this kind on the 2022 checklist (no finding).
pub(crate) fn good(kind: MaterialKind) -> Draft {
    sample::complete(kind, c())
}

pub(crate) fn kinds(d: &Draft) -> Vec<Kind> {
    check(d, c()).into_iter().map(|f| f.kind).collect()
}

pub(crate) fn fires(d: &Draft, k: Kind) -> bool {
    kinds(d).contains(&k)
}

/// The finding of this code on a draft, with its anchor.
pub(crate) fn hit(d: &Draft, code: &str) -> Option<Finding> {
    check(d, c()).into_iter().find(|f| f.kind.code() == code)
}
