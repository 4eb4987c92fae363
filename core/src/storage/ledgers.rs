//! Rectification ledgers (整改台账), one beside each draft that has one: stored records
//! `{"format": "duizhao.ledger", "version": 1, "saved_ms": …, "ledger": {…}}` under
//! `duizhao/ledger/<draft id>`, and backup files' `ledgers` (version 4 on). The
//! encoding is the one of every record beside a draft (`beside`).

use crate::domain::ledger::Ledger;

super::beside::beside!(Ledger, Ledger, "ledger", "ledgers", 1);

#[cfg(test)]
mod tests {
    use super::super::backup::{decode_backup_all, encode_backup_full, Records};
    use super::super::beside;
    use super::*;
    use crate::domain::ledger::EntryStatus;
    use crate::domain::{sample, Checklist, MaterialKind};

    #[test]
    fn a_ledger_round_trips_with_any_text_typed() {
        let d = sample::complete(MaterialKind::Team, Checklist::for_year(2022));
        let mut l = Ledger::for_draft(&d);
        let id = l.entries[0].measure_id.clone();
        l.add_note(&id, "2023-02-01", "召开专题会议部署");
        l.set_status(&id, EntryStatus::Done, "2023-03-01");
        beside::check_kind(
            l.clone(),
            include_str!("../../tests/fixtures/ledger-v1.json"),
        );
        // A measure typed as “推行<OA>审批” is stored and read back, and imported
        // from a backup file as it was typed.
        let mut typed = l.clone();
        typed.entries[0].measure = "推行<OA>审批".into();
        assert_eq!(
            beside::decode::<Ledger>(&beside::encode(&typed, 1.0)).unwrap(),
            typed
        );
        let records = Records {
            ledgers: vec![typed],
            ..Default::default()
        };
        let file = encode_backup_full(std::slice::from_ref(&d), &[], &records, 1.0);
        let back = decode_backup_all(&file).unwrap();
        assert_eq!(back.records, records);
        assert!(back.left_out.is_empty());
    }
}
