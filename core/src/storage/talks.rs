//! The heart-to-heart talks held before the meeting (谈心谈话), beside each draft that has them: stored records
//! `{"format": "duizhao.talks", "version": 1, "saved_ms": …, "talks": {…}}` under
//! `duizhao/talks/<draft id>`, and backup files' `talks` (version 5 on). The encoding
//! is the one of every record beside a draft (`beside`).

use crate::domain::talks::Talks;

super::beside::beside!(Talks, Talks, "talks", "talks", 1, ids_fit);

#[cfg(test)]
mod tests {
    use super::super::beside;
    use super::*;
    use crate::domain::talks::Pairing;

    #[test]
    fn talks_round_trip_and_the_first_version_reads() {
        let mut t = Talks::for_draft("d1");
        let id = t.add(Pairing::Members, "2025-12-01");
        t.item_mut(&id).unwrap().with = "张伟".into();
        let fixture = include_str!("../../tests/fixtures/talks-v1.json");
        beside::check_kind(t, fixture);
        let old: Talks = beside::decode(fixture).unwrap();
        assert_eq!(old.held(), 2);
        assert_eq!(old.items[1].pairing, Pairing::Branch);
    }
}
