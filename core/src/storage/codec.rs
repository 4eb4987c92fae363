//! Stored records: `{"format": "duizhao.draft", "version": N, "saved_ms": …, "draft": {…}}`.
//!
//! A version, once shipped, is never changed in place: a new shape gets a new number
//! and a migration from every older one, with a fixture under `tests/fixtures/`.

use crate::domain::Draft;
use serde::Deserialize;
use serde_json::value::RawValue;

/// The format name of a stored draft record.
pub const DRAFT_FORMAT: &str = "duizhao.draft";
/// The version this build writes.
pub const CURRENT_VERSION: u32 = 2;

/// Any stored record: its kind, version, time, and what it holds (a draft, one of the
/// unit's checklists or a record beside a draft, by the name of its kind).
#[derive(Deserialize)]
struct RecordIn<'a> {
    format: String,
    version: u32,
    #[serde(default)]
    saved_ms: f64,
    #[serde(
        borrow,
        default,
        alias = "checklist",
        alias = "ledger",
        alias = "opinions",
        alias = "talks",
        alias = "criticism"
    )]
    draft: Option<&'a RawValue>,
}

/// Opens a stored record of the kind `format` that this build reads up to version
/// `current`: what it holds, its version and when it was written.
pub(crate) fn open_record<'a>(
    raw: &'a str,
    format: &str,
    current: u32,
) -> Result<(&'a RawValue, u32, f64), DecodeError> {
    let rec: RecordIn =
        serde_json::from_str(raw).map_err(|e| DecodeError::Corrupt(e.to_string()))?;
    if rec.format != format {
        return Err(DecodeError::WrongFormat(rec.format));
    }
    if rec.version > current {
        return Err(DecodeError::Newer(rec.version));
    }
    let inside = rec
        .draft
        .ok_or_else(|| DecodeError::Corrupt(format!("nothing in the {format} record")))?;
    Ok((inside, rec.version, rec.saved_ms))
}

/// Why a stored value could not be read. The raw value is never overwritten for any of these.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON, or not a record.
    Corrupt(String),
    /// A record of another kind.
    WrongFormat(String),
    /// Written by a newer duizhao.
    Newer(u32),
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::Corrupt(e) => write!(f, "corrupt: {e}"),
            DecodeError::WrongFormat(name) => write!(f, "unknown format {name:?}"),
            DecodeError::Newer(v) => write!(f, "written by a newer version ({v})"),
        }
    }
}

/// Encodes a draft as the current record version.
pub fn encode_draft(draft: &Draft, saved_ms: f64) -> String {
    format!(
        "{{\"format\":\"{DRAFT_FORMAT}\",\"version\":{CURRENT_VERSION},\"saved_ms\":{},\"draft\":{}}}",
        ms(saved_ms),
        draft.to_json()
    )
}

/// A time in ms as JSON (whole milliseconds).
pub fn ms(t: f64) -> String {
    if t.is_finite() {
        format!("{}", t.round() as i64)
    } else {
        "0".into()
    }
}

/// Version 2 added where each of last year's items comes from (`source`), the meeting
/// date (`profile.meeting_date`) and the answers to the categories of 需要向组织说明的
/// 事项 (`explanation_answers`). A version 1 draft knew only the previous meeting's
/// items, no date and no categories: exactly what the new fields' defaults say.
pub(crate) fn migrate_v1_to_v2(draft: &mut Draft) {
    for item in &mut draft.last_year {
        item.source = crate::domain::ItemSource::Meeting;
    }
    draft.profile.meeting_date.clear();
    draft.explanation_answers.clear();
}

/// Decodes a record of any version this build knows, migrating it to the current model.
pub fn decode_draft(raw: &str) -> Result<Draft, DecodeError> {
    decode_record(raw).map(|(d, _)| d)
}

/// When a stored draft record was written, read off its envelope without decoding the
/// draft; None when it is not a record this version reads.
pub fn saved_at(raw: &str) -> Option<f64> {
    open_record(raw, DRAFT_FORMAT, CURRENT_VERSION)
        .ok()
        .map(|(_, _, saved_ms)| saved_ms)
}

/// Decodes a record and the time it was written.
pub fn decode_record(raw: &str) -> Result<(Draft, f64), DecodeError> {
    let (inside, version, saved_ms) = open_record(raw, DRAFT_FORMAT, CURRENT_VERSION)?;
    let mut draft =
        Draft::from_json(inside.get()).map_err(|e| DecodeError::Corrupt(e.to_string()))?;
    if version < 2 {
        migrate_v1_to_v2(&mut draft);
    }
    Ok((draft, saved_ms))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::MaterialKind;

    #[test]
    fn a_draft_round_trips() {
        let mut d = Draft::new("abc", MaterialKind::Team, 5.0);
        d.profile.unit = "某局党组".into();
        let id = d.add_problem("a1");
        d.problem_mut(&id).unwrap().detail = "含\"引号\"与<script>".into();
        let raw = encode_draft(&d, 9.0);
        assert!(raw.contains("\"version\":2"));
        assert_eq!(decode_draft(&raw).unwrap(), d);
    }

    #[test]
    fn a_version_1_draft_loads_unchanged_into_version_2() {
        let v1 = include_str!("../../tests/fixtures/draft-v1.json");
        let d = decode_draft(v1).unwrap();
        assert_eq!(d.profile.person, "李华");
        assert_eq!(d.problems[0].detail, "2022年我到联系点调研仅3次。");
        assert!(d.profile.meeting_date.is_empty());
        assert!(d.explanation_answers.is_empty());
        // What it did not know is kept, and goes out again.
        assert!(d.extra.contains_key("kept_from_elsewhere"));
        let again = decode_draft(&encode_draft(&d, 1.0)).unwrap();
        assert_eq!(again, d);
        let v2 = include_str!("../../tests/fixtures/draft-v2.json");
        let d = decode_draft(v2).unwrap();
        assert_eq!(d.last_year[0].source, crate::domain::ItemSource::Inspection);
        assert_eq!(d.profile.meeting_date, "2023-01-12");
        assert_eq!(d.explanation_answers[1].answer, crate::domain::Answer::Has);
        assert_eq!(d.measures[0].department, "法规科");
    }

    #[test]
    fn unreadable_values_are_errors_not_panics() {
        assert!(matches!(
            decode_draft("{not json"),
            Err(DecodeError::Corrupt(_))
        ));
        assert!(matches!(decode_draft("[]"), Err(DecodeError::Corrupt(_))));
        assert!(matches!(
            decode_draft(r#"{"format":"other","version":1,"draft":{}}"#),
            Err(DecodeError::WrongFormat(_))
        ));
        assert_eq!(
            decode_draft(r#"{"format":"duizhao.draft","version":99,"draft":{}}"#),
            Err(DecodeError::Newer(99))
        );
        assert!(matches!(
            decode_draft(r#"{"format":"duizhao.draft","version":1}"#),
            Err(DecodeError::Corrupt(_))
        ));
    }

    #[test]
    fn every_shipped_version_has_a_fixture_that_loads() {
        let v1 = include_str!("../../tests/fixtures/draft-v1.json");
        let d = decode_draft(v1).unwrap();
        assert_eq!(d.profile.person, "李华");
        assert_eq!(d.problems.len(), 1);
        assert!(d.extra.contains_key("kept_from_elsewhere"));
    }
}
