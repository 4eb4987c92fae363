//! The unit's own checklists (a year the app does not carry yet, or a notice worded
//! otherwise): stored records `{"format": "duizhao.checklist", "version": 1,
//! "saved_ms": …, "checklist": {…}}` under `duizhao/checklist/<id>`. Pure encoding
//! here; [`super::LocalStore`] reads and writes them, and backup files carry them
//! (`backup`, version 3).

use super::codec::DecodeError;
use crate::domain::Checklist;

/// The format name of a stored checklist record.
pub const CHECKLIST_FORMAT: &str = "duizhao.checklist";
/// The version this build writes.
pub const CHECKLIST_VERSION: u32 = 1;

/// The key of one of the unit's checklists.
pub fn checklist_key(id: &str) -> String {
    format!("{}checklist/{id}", super::PREFIX)
}

/// Encodes one of the unit's checklists as a stored record.
pub fn encode_checklist(c: &Checklist, saved_ms: f64) -> String {
    format!(
        "{{\"format\":\"{CHECKLIST_FORMAT}\",\"version\":{CHECKLIST_VERSION},\"saved_ms\":{},\"checklist\":{}}}",
        super::codec::ms(saved_ms),
        checklist_json(c)
    )
}

/// A checklist as JSON.
pub fn checklist_json(c: &Checklist) -> String {
    serde_json::to_string(c).expect("a checklist always serializes")
}

/// Reads a checklist (the inside of a record or of a backup file) and checks it as
/// one the unit typed in: valid, with an id. (Any text is accepted, here and in
/// imported files: it is always shown as text.)
pub fn checklist_from_json(json: &str) -> Result<Checklist, DecodeError> {
    let c: Checklist =
        serde_json::from_str(json).map_err(|e| DecodeError::Corrupt(e.to_string()))?;
    if c.custom_id.trim().is_empty() {
        return Err(DecodeError::Corrupt(
            "a unit's checklist without an id".into(),
        ));
    }
    c.validate_custom().map_err(|e| DecodeError::Corrupt(e.0))?;
    Ok(c)
}

/// Decodes a stored checklist record.
pub fn decode_checklist(raw: &str) -> Result<Checklist, DecodeError> {
    let (inside, _, _) = super::codec::open_record(raw, CHECKLIST_FORMAT, CHECKLIST_VERSION)?;
    checklist_from_json(inside.get())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn own() -> Checklist {
        let mut c = Checklist::for_year(2025).copy_as_custom("u7", 2026);
        c.aspects.truncate(3);
        c.aspects[0].wordings[0].zh = "在带头学习贯彻本年度通知精神方面".into();
        c
    }

    #[test]
    fn a_units_checklist_round_trips() {
        let c = own();
        let raw = encode_checklist(&c, 12.0);
        assert!(raw.contains("\"format\":\"duizhao.checklist\""));
        assert_eq!(decode_checklist(&raw).unwrap(), c);
        assert_eq!(c.key(), "custom:u7");
        assert_eq!(c.year, 2026);
        assert_eq!(checklist_key("u7"), "duizhao/checklist/u7");
    }

    #[test]
    fn bad_records_are_refused() {
        let c = own();
        assert!(matches!(
            decode_checklist("{\"format\":\"duizhao.draft\",\"version\":1}"),
            Err(DecodeError::WrongFormat(_))
        ));
        let newer = encode_checklist(&c, 1.0).replace("\"version\":1", "\"version\":9");
        assert_eq!(decode_checklist(&newer), Err(DecodeError::Newer(9)));
        let mut no_id = c.clone();
        no_id.custom_id.clear();
        assert!(decode_checklist(&encode_checklist(&no_id, 1.0)).is_err());
        let mut empty = c.clone();
        empty.aspects.clear();
        assert!(decode_checklist(&encode_checklist(&empty, 1.0)).is_err());
        // What the unit typed is stored, read back and imported as it was typed
        // (and always shown as text).
        let mut script = c.clone();
        script.aspects[1].short_zh = "<img src=x onerror=alert(1)>".into();
        let file = super::super::backup::encode_backup_with(&[], &[script.clone()], 1.0);
        assert_eq!(
            super::super::backup::decode_backup_all(&file)
                .unwrap()
                .checklists,
            vec![script.clone()]
        );
        assert_eq!(
            decode_checklist(&encode_checklist(&script, 1.0)).unwrap(),
            script
        );
        assert!(decode_checklist("not json").is_err());
    }
}
