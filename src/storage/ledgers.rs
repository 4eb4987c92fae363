//! Rectification ledgers (整改台账), one beside each draft that has one: stored records
//! `{"format": "duizhao.ledger", "version": 1, "saved_ms": …, "ledger": {…}}` under
//! `duizhao/ledger/<draft id>`. Pure encoding here; [`super::LocalStore`] reads and
//! writes them, and backup files carry them (`backup`, version 4).

use super::codec::DecodeError;
use crate::domain::ledger::Ledger;

/// The format name of a stored ledger record.
pub const LEDGER_FORMAT: &str = "duizhao.ledger";
/// The version this build writes.
pub const LEDGER_VERSION: u32 = 1;

/// The key of a draft's ledger.
pub fn ledger_key(draft_id: &str) -> String {
    format!("{}ledger/{draft_id}", super::PREFIX)
}

/// A ledger as JSON.
pub fn ledger_json(l: &Ledger) -> String {
    serde_json::to_string(l).expect("a ledger always serializes")
}

/// Encodes a ledger as a stored record.
pub fn encode_ledger(l: &Ledger, saved_ms: f64) -> String {
    format!(
        "{{\"format\":\"{LEDGER_FORMAT}\",\"version\":{LEDGER_VERSION},\"saved_ms\":{},\"ledger\":{}}}",
        super::codec::ms(saved_ms),
        ledger_json(l)
    )
}

/// Reads a ledger (the inside of a record or of a backup file): it names its draft.
/// (Text is always shown as text; markup is refused only in files being imported,
/// by `backup::decode_backup_all`, as for drafts.)
pub fn ledger_from_json(json: &str) -> Result<Ledger, DecodeError> {
    let l: Ledger = serde_json::from_str(json).map_err(|e| DecodeError::Corrupt(e.to_string()))?;
    if l.draft_id.trim().is_empty() {
        return Err(DecodeError::Corrupt("a ledger names no draft".into()));
    }
    Ok(l)
}

/// Decodes a stored ledger record.
pub fn decode_ledger(raw: &str) -> Result<Ledger, DecodeError> {
    let (inside, _, _) = super::codec::open_record(raw, LEDGER_FORMAT, LEDGER_VERSION)?;
    ledger_from_json(inside.get())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ledger::EntryStatus;
    use crate::domain::{sample, Checklist, MaterialKind};

    #[test]
    fn a_ledger_round_trips_and_bad_records_are_refused() {
        let d = sample::complete(MaterialKind::Team, Checklist::for_year(2022));
        let mut l = Ledger::for_draft(&d);
        let id = l.entries[0].measure_id.clone();
        l.add_note(&id, "2023-02-01", "召开专题会议部署");
        l.set_status(&id, EntryStatus::Done, "2023-03-01");
        let raw = encode_ledger(&l, 5.0);
        assert_eq!(decode_ledger(&raw).unwrap(), l);
        assert_eq!(ledger_key(&d.id), format!("duizhao/ledger/{}", d.id));
        assert_eq!(
            decode_ledger(&raw.replace("\"version\":1", "\"version\":2")),
            Err(DecodeError::Newer(2))
        );
        assert!(decode_ledger("{\"format\":\"duizhao.draft\",\"version\":1}").is_err());
        // A measure typed as “推行<OA>审批” is stored and read back; markup is refused
        // only in files being imported.
        let mut typed = l.clone();
        typed.entries[0].measure = "推行<OA>审批".into();
        assert_eq!(decode_ledger(&encode_ledger(&typed, 1.0)).unwrap(), typed);
        let file = super::super::backup::encode_backup_full(
            std::slice::from_ref(&d),
            &[],
            &[typed.clone()],
            1.0,
        );
        assert!(matches!(
            super::super::backup::decode_backup_all(&file),
            Err(super::super::ImportError::Invalid(_))
        ));
        let mut orphan = l;
        orphan.draft_id.clear();
        assert!(decode_ledger(&encode_ledger(&orphan, 1.0)).is_err());
    }
}
