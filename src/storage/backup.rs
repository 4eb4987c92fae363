//! Backup files (`*.duizhao.json`): one draft or all drafts, with a format name and a
//! version. Pure, so every check of an imported file is tested natively.

use super::beside::{self, Beside};
use super::checklists::{checklist_from_json, checklist_json};
use super::codec::DecodeError;
use crate::domain::criticism::Criticism;
use crate::domain::ledger::Ledger;
use crate::domain::opinions::Opinions;
use crate::domain::talks::Talks;
use crate::domain::{Checklist, Draft};
use serde::de::IgnoredAny;
use serde::Deserialize;
use serde_json::value::RawValue;

pub const BACKUP_FORMAT: &str = "duizhao.backup";
/// Version 5: the file may also carry the records of the meeting beside each draft:
/// the opinions received (`opinions`), the talks held (`talks`) and the criticism
/// given and received (`criticism`), each for one of its drafts.
/// Version 4: the file may also carry the drafts' rectification ledgers (`ledgers`),
/// each for one of its drafts. Version 3: the file may also carry the unit's own checklists (`checklists`), and a
/// file may hold checklists and no draft (a checklist handed from one office to its
/// members); drafts may name a checklist and hold free-text parts. Version 2: drafts
/// of record version 2 (sources of last year's items, the meeting date, the answers
/// to 需要向组织说明的事项). A version 1 file holds version 1 drafts.
pub const BACKUP_VERSION: u32 = 5;
/// Files larger than this are refused before they are read as JSON.
pub const MAX_IMPORT_BYTES: usize = 20 * 1024 * 1024;

/// A backup file holding `drafts` (with the unknown fields they were read with).
pub fn encode_backup(drafts: &[Draft], exported_ms: f64) -> String {
    encode_backup_with(drafts, &[], exported_ms)
}

/// A backup file holding `drafts` and the unit's own `checklists`.
pub fn encode_backup_with(drafts: &[Draft], checklists: &[Checklist], exported_ms: f64) -> String {
    encode_backup_full(drafts, checklists, &Records::default(), exported_ms)
}

/// The records kept beside drafts that a backup file carries (version 4 on: ledgers;
/// version 5 on: opinions, talks, criticism).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Records {
    pub ledgers: Vec<Ledger>,
    pub opinions: Vec<Opinions>,
    pub talks: Vec<Talks>,
    pub criticism: Vec<Criticism>,
}

/// The records of one kind for the drafts in the file, as a JSON field.
fn list<T: Beside>(records: &[T], drafts: &[Draft]) -> String {
    let kept: Vec<String> = records
        .iter()
        .filter(|r| drafts.iter().any(|d| d.id == r.draft_id()))
        .map(beside::json)
        .collect();
    format!(",\"{}\":[\n{}\n]", T::LIST, kept.join(",\n"))
}

/// A backup file holding `drafts`, the unit's own `checklists` and the records
/// beside the drafts.
pub fn encode_backup_full(
    drafts: &[Draft],
    checklists: &[Checklist],
    records: &Records,
    exported_ms: f64,
) -> String {
    let all: Vec<String> = drafts.iter().map(Draft::to_json).collect();
    let own: Vec<String> = checklists.iter().map(checklist_json).collect();
    format!(
        "{{\"format\":\"{BACKUP_FORMAT}\",\"version\":{BACKUP_VERSION},\"exported_ms\":{},\"app\":\"duizhao\",\"drafts\":[\n{}\n],\"checklists\":[\n{}\n]{}{}{}{}}}\n",
        super::codec::ms(exported_ms),
        all.join(",\n"),
        own.join(",\n"),
        list(&records.ledgers, drafts),
        list(&records.opinions, drafts),
        list(&records.talks, drafts),
        list(&records.criticism, drafts),
    )
}

/// What a backup file holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Backup {
    pub drafts: Vec<Draft>,
    /// The unit's own checklists (version 3 files).
    pub checklists: Vec<Checklist>,
    /// The records beside the drafts (ledgers from version 4, the others from 5).
    pub records: Records,
}

/// Why a file cannot be imported. Nothing is written for any of these.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Over [`MAX_IMPORT_BYTES`] (its size in bytes).
    TooLarge(usize),
    /// Not JSON, or cut short (the parser's words).
    NotJson(String),
    /// JSON, but not a duizhao backup (the format name found, if any).
    WrongFormat(String),
    /// Written by a newer duizhao.
    Newer(u32),
    /// A required field is missing (its name).
    MissingField(String),
    /// Two drafts in the file share an id.
    DuplicateId(String),
    /// Text with HTML or script in it (the draft's id).
    Markup(String),
    /// A field has the wrong shape (the parser's words).
    Invalid(String),
    /// The file holds no draft and no checklist.
    Empty,
    /// One of the unit's checklists in the file is not valid (the reason).
    BadChecklist(String),
}

impl From<DecodeError> for ImportError {
    fn from(e: DecodeError) -> Self {
        match e {
            DecodeError::Corrupt(m) => ImportError::Invalid(m),
            DecodeError::WrongFormat(f) => ImportError::WrongFormat(f),
            DecodeError::Newer(v) => ImportError::Newer(v),
        }
    }
}

/// Whether a text holds an HTML tag or a script URL.
pub fn has_markup(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    if lower.contains("javascript:") {
        return true;
    }
    let bytes = text.as_bytes();
    bytes.iter().enumerate().any(|(i, b)| {
        *b == b'<'
            && bytes
                .get(i + 1)
                .is_some_and(|n| n.is_ascii_alphabetic() || *n == b'/' || *n == b'!' || *n == b'?')
    })
}

/// Markup in a raw JSON value, escaped (`\u003c`) or not.
fn raw_markup(raw: &str) -> bool {
    has_markup(raw) || raw.to_ascii_lowercase().contains("\\u003c")
}

#[derive(Deserialize)]
struct BackupIn<'a> {
    format: Option<String>,
    version: Option<u64>,
    #[serde(borrow)]
    drafts: Option<Vec<&'a RawValue>>,
    #[serde(borrow, default)]
    checklists: Vec<&'a RawValue>,
    #[serde(borrow, default)]
    ledgers: Vec<&'a RawValue>,
    #[serde(borrow, default)]
    opinions: Vec<&'a RawValue>,
    #[serde(borrow, default)]
    talks: Vec<&'a RawValue>,
    #[serde(borrow, default)]
    criticism: Vec<&'a RawValue>,
}

/// The fields every draft in a file must have.
#[derive(Deserialize)]
struct Head {
    id: Option<String>,
    kind: Option<IgnoredAny>,
    profile: Option<IgnoredAny>,
}

/// Reads and validates a backup file; returns its drafts or the first problem found.
pub fn decode_backup(text: &str) -> Result<Vec<Draft>, ImportError> {
    decode_backup_all(text).map(|b| b.drafts)
}

/// Reads and validates a backup file whole: its drafts and the unit's checklists, or
/// the first problem found.
pub fn decode_backup_all(text: &str) -> Result<Backup, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge(text.len()));
    }
    serde_json::from_str::<IgnoredAny>(text).map_err(|e| ImportError::NotJson(e.to_string()))?;
    let file: BackupIn =
        serde_json::from_str(text).map_err(|_| ImportError::WrongFormat(String::new()))?;
    let format = file.format.unwrap_or_default();
    if format != BACKUP_FORMAT {
        return Err(ImportError::WrongFormat(format));
    }
    let version = file
        .version
        .ok_or_else(|| ImportError::MissingField("version".into()))?;
    if version > u64::from(BACKUP_VERSION) {
        return Err(ImportError::Newer(version as u32));
    }
    let drafts = file
        .drafts
        .ok_or_else(|| ImportError::MissingField("drafts".into()))?;
    if drafts.is_empty() && file.checklists.is_empty() {
        return Err(ImportError::Empty);
    }
    let mut checklists = Vec::with_capacity(file.checklists.len());
    for raw in &file.checklists {
        // Markup in a file is refused, as in drafts (`raw_markup`, escaped or not).
        if raw_markup(raw.get()) {
            return Err(ImportError::BadChecklist("markup in a checklist".into()));
        }
        let c =
            checklist_from_json(raw.get()).map_err(|e| ImportError::BadChecklist(e.to_string()))?;
        if checklists
            .iter()
            .any(|o: &Checklist| o.custom_id == c.custom_id)
        {
            return Err(ImportError::DuplicateId(c.custom_id));
        }
        checklists.push(c);
    }
    let mut out = Vec::with_capacity(drafts.len());
    let mut ids = std::collections::BTreeSet::new();
    for raw in drafts {
        let head: Head =
            serde_json::from_str(raw.get()).map_err(|e| ImportError::Invalid(e.to_string()))?;
        let id = head.id.unwrap_or_default();
        if id.trim().is_empty() {
            return Err(ImportError::MissingField("id".into()));
        }
        if head.kind.is_none() {
            return Err(ImportError::MissingField("kind".into()));
        }
        if head.profile.is_none() {
            return Err(ImportError::MissingField("profile".into()));
        }
        if !ids.insert(id.clone()) {
            return Err(ImportError::DuplicateId(id));
        }
        let mut draft =
            Draft::from_json(raw.get()).map_err(|e| ImportError::Invalid(e.to_string()))?;
        if version < 2 {
            super::codec::migrate_v1_to_v2(&mut draft);
        }
        if draft.texts().any(has_markup)
            || draft
                .extra
                .iter()
                .any(|(k, v)| has_markup(k) || raw_markup(v))
        {
            return Err(ImportError::Markup(id));
        }
        out.push(draft);
    }
    let records = Records {
        ledgers: records(&file.ledgers, &out)?,
        opinions: records(&file.opinions, &out)?,
        talks: records(&file.talks, &out)?,
        criticism: records(&file.criticism, &out)?,
    };
    Ok(Backup {
        drafts: out,
        checklists,
        records,
    })
}

/// A file's records of one kind: each readable, without markup, and for one draft
/// of the file, at most one to a draft.
fn records<T: Beside>(raws: &[&RawValue], drafts: &[Draft]) -> Result<Vec<T>, ImportError> {
    let mut out: Vec<T> = Vec::with_capacity(raws.len());
    for raw in raws {
        if raw_markup(raw.get()) {
            return Err(ImportError::Invalid(format!("markup in a {}", T::NAME)));
        }
        let r: T = beside::from_json(raw.get()).map_err(|e| ImportError::Invalid(e.to_string()))?;
        let id = r.draft_id();
        if !drafts.iter().any(|d| d.id == id) || out.iter().any(|o| o.draft_id() == id) {
            return Err(ImportError::Invalid(format!(
                "a {} for {id} twice, or for a draft not in the file",
                T::NAME
            )));
        }
        out.push(r);
    }
    Ok(out)
}

/// How long changed drafts may go without an export before the app reminds.
pub const EXPORT_REMINDER_DAYS: f64 = 7.0;

/// Whether to remind the user to export: some draft changed after the last export
/// (or was never exported), and that was at least [`EXPORT_REMINDER_DAYS`] ago.
/// `drafts` holds (created_ms, updated_ms) of each draft.
pub fn export_due(last_export_ms: f64, drafts: &[(f64, f64)], now_ms: f64) -> bool {
    let unexported: Vec<&(f64, f64)> = drafts.iter().filter(|(_, u)| *u > last_export_ms).collect();
    if unexported.is_empty() {
        return false;
    }
    let since = if last_export_ms > 0.0 {
        last_export_ms
    } else {
        unexported
            .iter()
            .map(|(c, _)| *c)
            .fold(f64::INFINITY, f64::min)
    };
    now_ms - since >= EXPORT_REMINDER_DAYS * super::DAY_MS
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{sample, Checklist, MaterialKind};

    fn two() -> Vec<Draft> {
        let c = Checklist::for_year(2022);
        let a = sample::complete(MaterialKind::Individual, c);
        let mut b = sample::complete(MaterialKind::Team, c);
        b.id = "team".into();
        vec![a, b]
    }

    #[test]
    fn a_backup_carries_the_units_checklists_and_may_hold_only_them() {
        let drafts = two();
        let own = Checklist::for_year(2025).copy_as_custom("u1", 2026);
        let file = encode_backup_with(&drafts, std::slice::from_ref(&own), 1.0);
        let back = decode_backup_all(&file).unwrap();
        assert_eq!(back.drafts, drafts);
        assert_eq!(back.checklists, vec![own.clone()]);
        // One checklist handed on alone.
        let alone = encode_backup_with(&[], std::slice::from_ref(&own), 1.0);
        let back = decode_backup_all(&alone).unwrap();
        assert!(back.drafts.is_empty());
        assert_eq!(back.checklists, vec![own.clone()]);
        // Neither: empty. A bad checklist or the same one twice: refused whole.
        assert_eq!(
            decode_backup_all(&encode_backup_with(&[], &[], 1.0)),
            Err(ImportError::Empty)
        );
        let mut bad = own.clone();
        bad.aspects.clear();
        assert!(matches!(
            decode_backup_all(&encode_backup_with(&drafts, &[bad], 1.0)),
            Err(ImportError::BadChecklist(_))
        ));
        assert_eq!(
            decode_backup_all(&encode_backup_with(&[], &[own.clone(), own], 1.0)),
            Err(ImportError::DuplicateId("u1".into()))
        );
    }

    #[test]
    fn a_backup_carries_the_records_beside_its_drafts() {
        use crate::domain::{criticism::Criticism, opinions::Opinions, talks::Talks};
        let drafts = two();
        let mut l = Ledger::for_draft(&drafts[1]);
        let id = l.entries[0].measure_id.clone();
        l.add_note(&id, "2023-02-01", "部署");
        let mut o = Opinions::for_draft(&drafts[1].id);
        o.add("2023-01-02");
        let mut t = Talks::for_draft(&drafts[0].id);
        t.add(Default::default(), "2023-01-03");
        let mut c = Criticism::for_draft(&drafts[0].id);
        c.add_colleague();
        let records = Records {
            ledgers: vec![l.clone()],
            opinions: vec![o],
            talks: vec![t],
            criticism: vec![c],
        };
        let file = encode_backup_full(&drafts, &[], &records, 1.0);
        let back = decode_backup_all(&file).unwrap();
        assert_eq!(back.records, records);
        // Records of a draft not in the file are not written, nor accepted.
        let alone =
            decode_backup_all(&encode_backup_full(&drafts[..1], &[], &records, 1.0)).unwrap();
        assert!(alone.records.ledgers.is_empty() && alone.records.opinions.is_empty());
        assert_eq!(alone.records.talks.len(), 1);
        let forced = file.replace(
            &format!("\"draft_id\":\"{}\"", l.draft_id),
            "\"draft_id\":\"elsewhere\"",
        );
        assert!(matches!(
            decode_backup_all(&forced),
            Err(ImportError::Invalid(_))
        ));
        // Two lists of opinions for one draft are refused.
        let twice = Records {
            opinions: vec![records.opinions[0].clone(), records.opinions[0].clone()],
            ..Default::default()
        };
        assert!(matches!(
            decode_backup_all(&encode_backup_full(&drafts, &[], &twice, 1.0)),
            Err(ImportError::Invalid(_))
        ));
    }

    #[test]
    fn a_backup_round_trips() {
        let drafts = two();
        let file = encode_backup(&drafts, 1.0);
        assert!(file.contains("\"format\":\"duizhao.backup\""));
        assert_eq!(decode_backup(&file).unwrap(), drafts);
    }

    #[test]
    fn every_bad_file_is_refused_with_its_reason() {
        let good = encode_backup(&two(), 1.0);
        assert!(matches!(
            decode_backup("not json"),
            Err(ImportError::NotJson(_))
        ));
        let mut half = good.len() / 2;
        while !good.is_char_boundary(half) {
            half -= 1;
        }
        assert!(matches!(
            decode_backup(&good[..half]),
            Err(ImportError::NotJson(_))
        ));
        assert_eq!(
            decode_backup(r#"{"format":"something.else","version":1,"drafts":[]}"#),
            Err(ImportError::WrongFormat("something.else".into()))
        );
        assert_eq!(
            decode_backup(r#"{"format":"duizhao.backup","version":7,"drafts":[]}"#),
            Err(ImportError::Newer(7))
        );
        assert_eq!(
            decode_backup(r#"{"format":"duizhao.backup","version":1}"#),
            Err(ImportError::MissingField("drafts".into()))
        );
        assert_eq!(
            decode_backup(
                r#"{"format":"duizhao.backup","version":1,"drafts":[{"id":"a","kind":"team"}]}"#
            ),
            Err(ImportError::MissingField("profile".into()))
        );
        assert_eq!(
            decode_backup(r#"{"format":"duizhao.backup","version":1,"drafts":[]}"#),
            Err(ImportError::Empty)
        );
        let dup = good.replace("\"id\":\"team\"", "\"id\":\"sample\"");
        assert_eq!(
            decode_backup(&dup),
            Err(ImportError::DuplicateId("sample".into()))
        );
        let script = good.replacen("王明", "<script>alert(1)</script>", 1);
        assert_eq!(
            decode_backup(&script),
            Err(ImportError::Markup("sample".into()))
        );
        let html = good.replacen("王明", "<b>王明</b>", 1);
        assert!(matches!(decode_backup(&html), Err(ImportError::Markup(_))));
        let huge = " ".repeat(MAX_IMPORT_BYTES + 1);
        assert_eq!(
            decode_backup(&huge),
            Err(ImportError::TooLarge(MAX_IMPORT_BYTES + 1))
        );
        let wrong_type = good.replacen("\"study_sessions\":4", "\"study_sessions\":\"四\"", 1);
        assert!(matches!(
            decode_backup(&wrong_type),
            Err(ImportError::Invalid(_))
        ));
    }

    #[test]
    fn comparison_signs_are_not_markup() {
        assert!(!has_markup("投诉办结率<5%，时限 3<4"));
        assert!(has_markup("<img src=x>"));
        assert!(has_markup("JavaScript:alert(1)"));
    }

    #[test]
    fn the_export_reminder_comes_after_seven_days_of_unexported_changes() {
        let day = crate::storage::DAY_MS;
        // Never exported, created 8 days ago and changed since.
        assert!(export_due(0.0, &[(0.0, 5.0 * day)], 8.0 * day));
        // Never exported, but only 3 days old.
        assert!(!export_due(0.0, &[(5.0 * day, 6.0 * day)], 8.0 * day));
        // Exported 8 days ago, nothing changed since.
        assert!(!export_due(1.0 * day, &[(0.0, 0.5 * day)], 9.0 * day));
        // Exported 8 days ago, changed after.
        assert!(export_due(1.0 * day, &[(0.0, 2.0 * day)], 9.0 * day));
        // Exported yesterday, changed today.
        assert!(!export_due(8.0 * day, &[(0.0, 8.5 * day)], 9.0 * day));
    }
}
