//! The opinions received before the meeting (征求意见), one list beside each draft that has one: stored records
//! `{"format": "duizhao.opinions", "version": 1, "saved_ms": …, "opinions": {…}}` under
//! `duizhao/opinions/<draft id>`, and backup files' `opinions` (version 5 on). The encoding
//! is the one of every record beside a draft (`beside`).

use crate::domain::opinions::Opinions;

super::beside::beside!(Opinions, Opinions, "opinions", "opinions", 1, ids_fit);

#[cfg(test)]
mod tests {
    use super::super::beside;
    use super::*;
    use crate::domain::opinions::Claim;

    #[test]
    fn opinions_round_trip_and_the_first_version_reads() {
        let mut l = Opinions::for_draft("d1");
        let id = l.add("2025-12-01");
        let o = l.item_mut(&id).unwrap();
        o.content = "审批<材料>多".into();
        o.claim = Claim::Team;
        let fixture = include_str!("../../tests/fixtures/opinions-v1.json");
        beside::check_kind(l, fixture);
        let old: Opinions = beside::decode(fixture).unwrap();
        assert_eq!(old.items.len(), 3);
        assert_eq!(old.counts(), (2, 0));
        // Ids that cannot be edited by (one twice) are refused; any other text is an
        // id, as the file holds it; a missing next id is raised.
        let mut twice = old.clone();
        twice.items[1].id = "o1".into();
        assert!(beside::decode::<Opinions>(&beside::encode(&twice, 1.0)).is_err());
        let mut dashed = old.clone();
        dashed.items[0].id = "o-1".into();
        assert_eq!(
            beside::decode::<Opinions>(&beside::encode(&dashed, 1.0)),
            Ok(dashed)
        );
        let mut unnumbered = old.clone();
        unnumbered.next = 0;
        let mut back: Opinions = beside::decode(&beside::encode(&unnumbered, 1.0)).unwrap();
        assert_eq!(back.add(""), "o4");
    }
}
