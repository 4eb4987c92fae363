//! Records kept beside a draft, one of each kind per draft: the rectification ledger
//! (`ledgers`), the opinions received (`opinions`), the talks held (`talks`) and the
//! criticism given and received (`criticism`). Each is stored as
//! `{"format": "duizhao.<name>", "version": N, "saved_ms": …, "<name>": {…}}` under
//! `duizhao/<name>/<draft id>`, names its draft inside, and goes with it into backups
//! (the file's `<list>` field). Pure encoding here; [`super::LocalStore`] reads and
//! writes them.

use super::codec::DecodeError;
use serde::de::DeserializeOwned;
use serde::Serialize;

/// The kinds of record kept beside a draft, as data (to name them to the user).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Ledger,
    Opinions,
    Talks,
    Criticism,
}

/// A kind of record beside a draft.
pub trait Beside: Serialize + DeserializeOwned + Clone + PartialEq + 'static {
    /// Which kind it is.
    const KIND: Kind;
    /// The record's name: in its format, its key and its field.
    const NAME: &'static str;
    /// Its field in backup files.
    const LIST: &'static str;
    /// The version this build writes.
    const VERSION: u32;
    /// The draft it belongs to.
    fn draft_id(&self) -> &str;
    fn set_draft_id(&mut self, id: &str);
    /// Whether what was read can be edited by (its item ids); it may repair what it
    /// can (a missing next id).
    fn fit(&mut self) -> bool {
        true
    }
}

/// `impl Beside` for a record type with a `draft_id` field: its kind, its name, its field in
/// backup files, its version and, for records of items, the method that checks
/// their ids.
macro_rules! beside {
    ($t:ty, $kind:ident, $name:literal, $list:literal, $version:literal $(, $fit:ident)?) => {
        impl $crate::storage::beside::Beside for $t {
            const KIND: $crate::storage::beside::Kind = $crate::storage::beside::Kind::$kind;
            const NAME: &'static str = $name;
            const LIST: &'static str = $list;
            const VERSION: u32 = $version;
            fn draft_id(&self) -> &str {
                &self.draft_id
            }
            fn set_draft_id(&mut self, id: &str) {
                self.draft_id = id.to_string();
            }
            $(fn fit(&mut self) -> bool {
                self.$fit()
            })?
        }
    };
}
pub(crate) use beside;

/// The key of a draft's record of this kind (with an empty id: the prefix of all).
pub fn key<T: Beside>(draft_id: &str) -> String {
    format!("{}{}/{draft_id}", super::PREFIX, T::NAME)
}

/// The prefix of the history versions of a draft's record of this kind: copies of
/// the record as it was stored, each kept before an import replaced it.
pub fn history_prefix<T: Beside>(draft_id: &str) -> String {
    format!("{}snap-{}/{draft_id}/", super::PREFIX, T::NAME)
}

/// The key of a history version of a draft's record of this kind, kept at `saved_ms`
/// (ordered by time, like draft snapshots).
pub fn history_key<T: Beside>(draft_id: &str, saved_ms: f64) -> String {
    format!(
        "{}{:015}",
        history_prefix::<T>(draft_id),
        saved_ms.max(0.0) as u64
    )
}

/// The prefixes of the history versions of every record beside one draft.
pub fn history_prefixes_of(draft_id: &str) -> [String; 4] {
    use crate::domain::{criticism::Criticism, ledger::Ledger, opinions::Opinions, talks::Talks};
    [
        history_prefix::<Ledger>(draft_id),
        history_prefix::<Opinions>(draft_id),
        history_prefix::<Talks>(draft_id),
        history_prefix::<Criticism>(draft_id),
    ]
}

/// A record's inside as JSON (as a backup file holds it).
pub fn json<T: Beside>(r: &T) -> String {
    serde_json::to_string(r).expect("a record always serializes")
}

/// Encodes a record as stored.
pub fn encode<T: Beside>(r: &T, saved_ms: f64) -> String {
    format!(
        "{{\"format\":\"duizhao.{}\",\"version\":{},\"saved_ms\":{},\"{}\":{}}}",
        T::NAME,
        T::VERSION,
        super::codec::ms(saved_ms),
        T::NAME,
        json(r)
    )
}

/// Reads a record's inside (stored or in a backup file): it must name its draft.
/// (Any text is accepted, here and in imported files: it is always shown as text.)
pub fn from_json<T: Beside>(json: &str) -> Result<T, DecodeError> {
    let mut r: T = serde_json::from_str(json).map_err(|e| DecodeError::Corrupt(e.to_string()))?;
    if r.draft_id().trim().is_empty() {
        return Err(DecodeError::Corrupt(format!(
            "a {} names no draft",
            T::NAME
        )));
    }
    if !r.fit() {
        return Err(DecodeError::Corrupt(format!(
            "a {} with repeated or malformed item ids",
            T::NAME
        )));
    }
    Ok(r)
}

/// Decodes a stored record.
pub fn decode<T: Beside>(raw: &str) -> Result<T, DecodeError> {
    let format = format!("duizhao.{}", T::NAME);
    let (inside, _, _) = super::codec::open_record(raw, &format, T::VERSION)?;
    from_json(inside.get())
}

/// The keys of every record beside one draft.
pub fn keys_of(draft_id: &str) -> [String; 4] {
    use crate::domain::{criticism::Criticism, ledger::Ledger, opinions::Opinions, talks::Talks};
    [
        key::<Ledger>(draft_id),
        key::<Opinions>(draft_id),
        key::<Talks>(draft_id),
        key::<Criticism>(draft_id),
    ]
}

/// Tests every kind shares: a record round-trips, newer versions and other formats
/// are refused, one that names no draft is refused, and markup typed in is kept.
#[cfg(test)]
pub(crate) fn check_kind<T: Beside + std::fmt::Debug>(r: T, fixture: &str) {
    let raw = encode(&r, 5.0);
    assert_eq!(decode::<T>(&raw).unwrap(), r);
    assert_eq!(
        key::<T>(r.draft_id()),
        format!("duizhao/{}/{}", T::NAME, r.draft_id())
    );
    let newer = raw.replace(
        &format!("\"version\":{}", T::VERSION),
        &format!("\"version\":{}", T::VERSION + 1),
    );
    assert_eq!(decode::<T>(&newer), Err(DecodeError::Newer(T::VERSION + 1)));
    assert!(decode::<T>("{\"format\":\"duizhao.draft\",\"version\":1}").is_err());
    let mut orphan = r.clone();
    orphan.set_draft_id(" ");
    assert!(decode::<T>(&encode(&orphan, 1.0)).is_err());
    // The fixture of version 1 still reads, and says what it held.
    let old = decode::<T>(fixture).expect("the version 1 fixture reads");
    assert!(!old.draft_id().is_empty());
    assert_eq!(decode::<T>(&encode(&old, 1.0)).unwrap(), old);
}
