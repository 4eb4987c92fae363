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
use std::collections::BTreeMap;

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

/// What a backup file holds that can be imported, and what of it was left out.
#[derive(Clone, Debug, PartialEq)]
pub struct Backup {
    pub drafts: Vec<Draft>,
    /// The unit's own checklists (version 3 files).
    pub checklists: Vec<Checklist>,
    /// The records beside the drafts (ledgers from version 4, the others from 5).
    pub records: Records,
    /// What the file holds that cannot be imported, each with why; the rest imports.
    pub left_out: Vec<LeftOut>,
}

impl Backup {
    /// Whether nothing in the file can be imported (every draft and checklist left out).
    pub fn is_empty(&self) -> bool {
        self.drafts.is_empty() && self.checklists.is_empty()
    }
}

/// One thing in a backup file that an import leaves out, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeftOut {
    pub item: Item,
    /// How the user knows it: a draft by its title, a checklist by its name, a record
    /// by the title of its draft.
    pub name: Name,
    pub reason: Reason,
}

/// What kind of thing was left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    Draft,
    Checklist,
    /// A record beside a draft (ledger, opinions, talks, criticism).
    Record(beside::Kind),
}

/// The name of something left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Name {
    /// A title from the file: a draft's display name (or, for a draft too broken to
    /// read, its `name` or `profile.title` as written), a checklist's name, the title
    /// of a record's draft. At most [`NAME_CHARS`] characters.
    Title(String),
    /// Its place in its list in the file, from 1, when nothing in it names it.
    Position(usize),
}

/// Names longer than this are cut (with "…") in the list of what was left out.
pub const NAME_CHARS: usize = 40;

/// Why something in a file is left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// A field every draft has is missing (its name: `id`, `kind` or `profile`).
    Missing(&'static str),
    /// Something before it in the file has the same id (that one is imported).
    SameId,
    /// It cannot be read: not an object, or a field of the wrong shape or value (the
    /// parser's or the check's words).
    Unreadable(String),
    /// A record for a draft the file does not hold.
    NoDraft,
    /// A record whose draft is left out.
    DraftLeftOut,
    /// A second record of its kind for one draft (the first is imported).
    Twice,
}

/// Why a file cannot be imported at all: it is not this app's data, or not as a
/// whole. Nothing is written for any of these. (One bad draft, checklist or record
/// is left out instead, see [`LeftOut`].)
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
    /// A required field of the file is missing (its name: `version`, `drafts`).
    MissingField(String),
    /// A field of the file has the wrong shape (which, in the parser's words).
    Invalid(String),
    /// The file holds no draft and no checklist.
    Empty,
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

/// The fields every draft in a file must have.
#[derive(Deserialize)]
struct Head {
    id: Option<String>,
    kind: Option<IgnoredAny>,
    profile: Option<IgnoredAny>,
}

/// Reads a backup file and returns its drafts (what is left out, and why, is in
/// [`decode_backup_all`]'s answer).
pub fn decode_backup(text: &str) -> Result<Vec<Draft>, ImportError> {
    decode_backup_all(text).map(|b| b.drafts)
}

/// One of the file's lists (absent or null: empty).
fn list_field<'a>(
    top: &std::collections::BTreeMap<String, &'a RawValue>,
    field: &str,
) -> Result<Vec<&'a RawValue>, ImportError> {
    match top.get(field) {
        None => Ok(Vec::new()),
        Some(raw) => serde_json::from_str::<Option<Vec<&RawValue>>>(raw.get())
            .map(Option::unwrap_or_default)
            .map_err(|e| ImportError::Invalid(format!("{field}: {e}"))),
    }
}

/// A name from the file, cut to [`NAME_CHARS`].
fn title(text: &str) -> Option<Name> {
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    let mut out: String = t.chars().take(NAME_CHARS).collect();
    if t.chars().nth(NAME_CHARS).is_some() {
        out.push('…');
    }
    Some(Name::Title(out))
}

/// The name of a draft that cannot be read whole: its `name`; else, when its kind
/// and profile read, the title the drafts list would show; else its
/// `profile.title` as written; else its place in the file.
fn raw_draft_name(raw: &str, position: usize) -> Name {
    use crate::domain::draft::Profile;
    use crate::domain::MaterialKind;
    let v: serde_json::Value = serde_json::from_str(raw).unwrap_or_default();
    let shown = || {
        let kind = MaterialKind::deserialize(&v["kind"]).ok()?;
        let profile = Profile::deserialize(&v["profile"]).ok()?;
        let mut d = Draft::new("", kind, 0.0);
        d.profile = profile;
        title(&d.display_name())
    };
    v["name"]
        .as_str()
        .and_then(title)
        .or_else(shown)
        .or_else(|| v["profile"]["title"].as_str().and_then(title))
        .unwrap_or(Name::Position(position))
}

/// Reads one draft of the file; `Err` with why it is left out (and its id, if it
/// has one).
fn read_draft(raw: &str, version: u64) -> Result<Draft, (Option<String>, Reason)> {
    let head: Head =
        serde_json::from_str(raw).map_err(|e| (None, Reason::Unreadable(e.to_string())))?;
    let id = head.id.filter(|id| !id.trim().is_empty());
    let missing = if id.is_none() {
        Some("id")
    } else if head.kind.is_none() {
        Some("kind")
    } else if head.profile.is_none() {
        Some("profile")
    } else {
        None
    };
    if let Some(field) = missing {
        return Err((id, Reason::Missing(field)));
    }
    let mut draft = Draft::from_json(raw).map_err(|e| (id, Reason::Unreadable(e.to_string())))?;
    if version < 2 {
        super::codec::migrate_v1_to_v2(&mut draft);
    }
    Ok(draft)
}

/// Reads and checks a backup file. A file that is not this app's data (not JSON,
/// another format, a newer version, lists that are not lists) is refused whole;
/// otherwise every draft, checklist and record that reads is returned, and each one
/// that does not is left out with its reason ([`Backup::left_out`]). Any text is
/// accepted: the app always shows it as text.
pub fn decode_backup_all(text: &str) -> Result<Backup, ImportError> {
    let (top, version) = read_header(text)?;
    let from = |field: &str| list_field(&top, field);
    let (drafts, own) = (from("drafts")?, from("checklists")?);
    let (l, o, t, c) = (
        from(Ledger::LIST)?,
        from(Opinions::LIST)?,
        from(Talks::LIST)?,
        from(Criticism::LIST)?,
    );
    if drafts.is_empty() && own.is_empty() {
        return Err(ImportError::Empty);
    }
    let mut left_out = Vec::new();
    let checklists = read_checklists(&own, &mut left_out);
    let (out, gone) = read_drafts(&drafts, version, &mut left_out);
    let mut take = Take {
        drafts: &out,
        gone: &gone,
        left_out: &mut left_out,
    };
    let records = Records {
        ledgers: take.records(&l),
        opinions: take.records(&o),
        talks: take.records(&t),
        criticism: take.records(&c),
    };
    Ok(Backup {
        drafts: out,
        checklists,
        records,
        left_out,
    })
}

/// A file's top level, when it is this app's backup of a version this build reads:
/// its fields, unread, and its version (it must have a drafts list).
fn read_header(text: &str) -> Result<(BTreeMap<String, &RawValue>, u64), ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge(text.len()));
    }
    serde_json::from_str::<IgnoredAny>(text).map_err(|e| ImportError::NotJson(e.to_string()))?;
    let top: BTreeMap<String, &RawValue> =
        serde_json::from_str(text).map_err(|_| ImportError::WrongFormat(String::new()))?;
    let format = top
        .get("format")
        .and_then(|f| serde_json::from_str::<String>(f.get()).ok())
        .unwrap_or_default();
    if format != BACKUP_FORMAT {
        return Err(ImportError::WrongFormat(format));
    }
    let version = top
        .get("version")
        .ok_or_else(|| ImportError::MissingField("version".into()))?;
    let version = serde_json::from_str::<u64>(version.get())
        .map_err(|e| ImportError::Invalid(format!("version: {e}")))?;
    if version > u64::from(BACKUP_VERSION) {
        return Err(ImportError::Newer(
            u32::try_from(version).unwrap_or(u32::MAX),
        ));
    }
    if !top.contains_key("drafts") {
        return Err(ImportError::MissingField("drafts".into()));
    }
    Ok((top, version))
}

/// The unit's checklists of a file; each that cannot be read, or has an id seen
/// before in it, is left out with its name and reason.
fn read_checklists(own: &[&RawValue], left_out: &mut Vec<LeftOut>) -> Vec<Checklist> {
    let mut checklists: Vec<Checklist> = Vec::with_capacity(own.len());
    for (i, raw) in own.iter().enumerate() {
        let reason = match checklist_from_json(raw.get()) {
            Ok(c) if checklists.iter().any(|o| o.custom_id == c.custom_id) => Reason::SameId,
            Ok(c) => {
                checklists.push(c);
                continue;
            }
            Err(e) => Reason::Unreadable(e.to_string()),
        };
        let v: serde_json::Value = serde_json::from_str(raw.get()).unwrap_or_default();
        let name = v["label_zh"]
            .as_str()
            .and_then(title)
            .unwrap_or(Name::Position(i + 1));
        left_out.push(LeftOut {
            item: Item::Checklist,
            name,
            reason,
        });
    }
    checklists
}

/// The drafts of a file; each that cannot be read, or has an id seen before in it, is
/// left out with its name and reason. Also the ids and names of the drafts left out
/// that have an id: their records are left out with them.
fn read_drafts(
    drafts: &[&RawValue],
    version: u64,
    left_out: &mut Vec<LeftOut>,
) -> (Vec<Draft>, Vec<(String, Name)>) {
    let mut out: Vec<Draft> = Vec::with_capacity(drafts.len());
    let mut gone: Vec<(String, Name)> = Vec::new();
    for (i, raw) in drafts.iter().enumerate() {
        let (id, name, reason) = match read_draft(raw.get(), version) {
            Ok(d) if out.iter().any(|o| o.id == d.id) => {
                // Its records go to the first draft with the id, which is imported.
                let name = title(&d.display_name()).unwrap_or(Name::Position(i + 1));
                (None, name, Reason::SameId)
            }
            Ok(d) => {
                out.push(d);
                continue;
            }
            Err((id, reason)) => (id, raw_draft_name(raw.get(), i + 1), reason),
        };
        if let Some(id) = id {
            gone.push((id, name.clone()));
        }
        left_out.push(LeftOut {
            item: Item::Draft,
            name,
            reason,
        });
    }
    (out, gone)
}

/// The records of a file, taken for the drafts it imports.
struct Take<'a> {
    drafts: &'a [Draft],
    gone: &'a [(String, Name)],
    left_out: &'a mut Vec<LeftOut>,
}

impl Take<'_> {
    /// A file's records of one kind: each readable and for one draft imported from
    /// the file, at most one to a draft; the others are left out with their reason.
    fn records<T: Beside>(&mut self, raws: &[&RawValue]) -> Vec<T> {
        #[derive(Deserialize)]
        struct Of {
            draft_id: Option<String>,
        }
        let mut out: Vec<T> = Vec::with_capacity(raws.len());
        for (i, raw) in raws.iter().enumerate() {
            // Its draft, to name it by, even when the record itself does not read.
            let id = serde_json::from_str::<Of>(raw.get())
                .ok()
                .and_then(|o| o.draft_id)
                .unwrap_or_default();
            let draft = self.drafts.iter().find(|d| d.id == id);
            let gone = self.gone.iter().find(|(g, _)| *g == id);
            let name = match (draft, gone) {
                (Some(d), _) => title(&d.display_name()),
                (None, Some((_, n))) => Some(n.clone()),
                (None, None) => None,
            }
            .unwrap_or(Name::Position(i + 1));
            let reason = match beside::from_json::<T>(raw.get()) {
                Err(e) => Reason::Unreadable(e.to_string()),
                Ok(_) if draft.is_none() && gone.is_some() => Reason::DraftLeftOut,
                Ok(_) if draft.is_none() => Reason::NoDraft,
                Ok(r) if out.iter().any(|o| o.draft_id() == r.draft_id()) => Reason::Twice,
                Ok(r) => {
                    out.push(r);
                    continue;
                }
            };
            self.left_out.push(LeftOut {
                item: Item::Record(T::KIND),
                name,
                reason,
            });
        }
        out
    }
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

    fn left(item: Item, name: Name, reason: Reason) -> LeftOut {
        LeftOut { item, name, reason }
    }

    fn named(s: &str) -> Name {
        Name::Title(s.into())
    }

    #[test]
    fn a_backup_carries_the_units_checklists_and_may_hold_only_them() {
        let drafts = two();
        let own = Checklist::for_year(2025).copy_as_custom("u1", 2026);
        let file = encode_backup_with(&drafts, std::slice::from_ref(&own), 1.0);
        let back = decode_backup_all(&file).unwrap();
        assert_eq!(back.drafts, drafts);
        assert_eq!(back.checklists, vec![own.clone()]);
        assert!(back.left_out.is_empty());
        // One checklist handed on alone.
        let alone = encode_backup_with(&[], std::slice::from_ref(&own), 1.0);
        let back = decode_backup_all(&alone).unwrap();
        assert!(back.drafts.is_empty());
        assert_eq!(back.checklists, vec![own.clone()]);
        // Neither: empty.
        assert_eq!(
            decode_backup_all(&encode_backup_with(&[], &[], 1.0)),
            Err(ImportError::Empty)
        );
        // A bad checklist, or the same one twice: that one is left out, named, and
        // the rest imports.
        let mut bad = own.clone();
        bad.custom_id = "u2".into();
        bad.label_zh = "本单位清单".into();
        bad.aspects.clear();
        let back = decode_backup_all(&encode_backup_with(&drafts, &[bad], 1.0)).unwrap();
        assert_eq!(back.drafts, drafts);
        assert!(back.checklists.is_empty());
        assert!(matches!(
            back.left_out.as_slice(),
            [LeftOut { item: Item::Checklist, name: Name::Title(n), reason: Reason::Unreadable(_) }]
                if n == "本单位清单"
        ));
        let back =
            decode_backup_all(&encode_backup_with(&[], &[own.clone(), own.clone()], 1.0)).unwrap();
        assert_eq!(back.checklists, vec![own.clone()]);
        assert_eq!(
            back.left_out,
            vec![left(Item::Checklist, named(&own.label_zh), Reason::SameId)]
        );
    }

    #[test]
    fn a_backup_carries_the_records_beside_its_drafts() {
        use crate::domain::{criticism::Criticism, opinions::Opinions, talks::Talks};
        use beside::Kind;
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
        assert!(back.left_out.is_empty());
        // Records of a draft not in the file are not written.
        let alone =
            decode_backup_all(&encode_backup_full(&drafts[..1], &[], &records, 1.0)).unwrap();
        assert!(alone.records.ledgers.is_empty() && alone.records.opinions.is_empty());
        assert_eq!(alone.records.talks.len(), 1);
        // Nor imported when a file has them: they are left out, the rest imports.
        let forced = file.replace(
            &format!("\"draft_id\":\"{}\"", l.draft_id),
            "\"draft_id\":\"elsewhere\"",
        );
        let back = decode_backup_all(&forced).unwrap();
        assert_eq!(back.drafts, drafts);
        assert!(back.records.ledgers.is_empty() && back.records.opinions.is_empty());
        assert_eq!(back.records.talks, records.talks);
        assert_eq!(
            back.left_out,
            vec![
                left(
                    Item::Record(Kind::Ledger),
                    Name::Position(1),
                    Reason::NoDraft
                ),
                left(
                    Item::Record(Kind::Opinions),
                    Name::Position(1),
                    Reason::NoDraft
                ),
            ]
        );
        // Two lists of opinions for one draft: the first is imported.
        let twice = Records {
            opinions: vec![records.opinions[0].clone(), records.opinions[0].clone()],
            ..Default::default()
        };
        let back = decode_backup_all(&encode_backup_full(&drafts, &[], &twice, 1.0)).unwrap();
        assert_eq!(back.records.opinions, records.opinions);
        assert_eq!(
            back.left_out,
            vec![left(
                Item::Record(Kind::Opinions),
                named(&drafts[1].display_name()),
                Reason::Twice
            )]
        );
        // A broken record is left out, named by its draft.
        let broken = file.replacen("\"entries\":[", "\"entries\":7,\"x\":[", 1);
        let back = decode_backup_all(&broken).unwrap();
        assert_eq!(back.drafts, drafts);
        assert!(back.records.ledgers.is_empty());
        assert_eq!(back.records.opinions, records.opinions);
        assert!(matches!(
            back.left_out.as_slice(),
            [LeftOut { item: Item::Record(Kind::Ledger), name, reason: Reason::Unreadable(_) }]
                if *name == named(&drafts[1].display_name())
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
    fn a_file_that_is_not_this_apps_data_is_refused_with_its_reason() {
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
            decode_backup("[1,2]"),
            Err(ImportError::WrongFormat(String::new()))
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
            decode_backup(r#"{"format":"duizhao.backup","drafts":[]}"#),
            Err(ImportError::MissingField("version".into()))
        );
        assert!(matches!(
            decode_backup(r#"{"format":"duizhao.backup","version":5,"drafts":{"a":1}}"#),
            Err(ImportError::Invalid(_))
        ));
        assert!(matches!(
            decode_backup(r#"{"format":"duizhao.backup","version":5,"drafts":[],"ledgers":3}"#),
            Err(ImportError::Invalid(_))
        ));
        assert_eq!(
            decode_backup(r#"{"format":"duizhao.backup","version":1,"drafts":[]}"#),
            Err(ImportError::Empty)
        );
        let huge = " ".repeat(MAX_IMPORT_BYTES + 1);
        assert_eq!(
            decode_backup(&huge),
            Err(ImportError::TooLarge(MAX_IMPORT_BYTES + 1))
        );
    }

    #[test]
    fn one_bad_draft_is_left_out_by_its_title_and_the_rest_imports() {
        let drafts = two();
        let good = encode_backup(&drafts, 1.0);
        // A field of the wrong shape: named by the title it shows in the list.
        let wrong_type = good.replacen("\"study_sessions\":4", "\"study_sessions\":\"四\"", 1);
        let back = decode_backup_all(&wrong_type).unwrap();
        assert_eq!(back.drafts, drafts[1..]);
        assert!(matches!(
            back.left_out.as_slice(),
            [LeftOut { item: Item::Draft, name, reason: Reason::Unreadable(_) }]
                if *name == named(&drafts[0].display_name())
        ));
        // The same id twice: the first is imported.
        let dup = good.replace("\"id\":\"team\"", "\"id\":\"sample\"");
        let back = decode_backup_all(&dup).unwrap();
        assert_eq!(back.drafts, drafts[..1]);
        let mut second = drafts[1].clone();
        second.id = "sample".into();
        assert_eq!(
            back.left_out,
            vec![left(
                Item::Draft,
                named(&second.display_name()),
                Reason::SameId
            )]
        );
        // Fields every draft has, missing; a draft that is not an object; names
        // from the raw file, else the place in it. Their records go with them.
        let file = r#"{"format":"duizhao.backup","version":5,"drafts":[
            {"id":"a","kind":"team","name":"我的稿件"},
            {"id":"b","profile":{"title":"某局班子材料"}},
            {"kind":"team"},
            7
        ],"ledgers":[{"draft_id":"a","entries":[]}]}"#;
        let back = decode_backup_all(file).unwrap();
        assert!(back.is_empty());
        assert_eq!(
            back.left_out[..3],
            [
                left(Item::Draft, named("我的稿件"), Reason::Missing("profile")),
                left(Item::Draft, named("某局班子材料"), Reason::Missing("kind")),
                left(Item::Draft, Name::Position(3), Reason::Missing("id")),
            ]
        );
        assert!(matches!(
            back.left_out[3],
            LeftOut {
                item: Item::Draft,
                name: Name::Position(4),
                reason: Reason::Unreadable(_)
            }
        ));
        assert_eq!(
            back.left_out[4],
            left(
                Item::Record(beside::Kind::Ledger),
                named("我的稿件"),
                Reason::DraftLeftOut
            )
        );
        assert_eq!(back.left_out.len(), 5);
        // A long name is cut.
        let long = "长".repeat(NAME_CHARS + 5);
        let file = format!(
            r#"{{"format":"duizhao.backup","version":5,"drafts":[{{"id":"a","name":"{long}"}}]}}"#
        );
        let back = decode_backup_all(&file).unwrap();
        assert_eq!(
            back.left_out[0].name,
            named(&format!("{}…", "长".repeat(NAME_CHARS)))
        );
    }

    #[test]
    fn any_text_typed_is_imported_as_it_was_typed() {
        let mut drafts = two();
        drafts[0].profile.person = "<script>alert(1)</script>".into();
        drafts[0].measures[0].summary = "推行<OA>审批".into();
        drafts[1].profile.unit = "考核等次<B & \"优秀\" \\ <b>王明</b> javascript:x \u{1}😀".into();
        let mut l = Ledger::for_draft(&drafts[1]);
        l.entries[0].measure = "推行<OA>审批".into();
        let records = Records {
            ledgers: vec![l],
            ..Default::default()
        };
        let own = Checklist::for_year(2025).copy_as_custom("u", 2026);
        let mut own = own;
        own.aspects[0].short_zh = "<img src=x onerror=alert(1)>".into();
        let file = encode_backup_full(&drafts, std::slice::from_ref(&own), &records, 1.0);
        let back = decode_backup_all(&file).unwrap();
        assert_eq!(back.drafts, drafts);
        assert_eq!(back.records, records);
        assert_eq!(back.checklists, vec![own]);
        assert!(back.left_out.is_empty());
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
