//! The criticism given and received at the meeting (批评与自我批评), beside each draft that has it: stored records
//! `{"format": "duizhao.criticism", "version": 1, "saved_ms": …, "criticism": {…}}` under
//! `duizhao/criticism/<draft id>`, and backup files' `criticism` (version 5 on). The encoding
//! is the one of every record beside a draft (`beside`).

use crate::domain::criticism::Criticism;

super::beside::beside!(Criticism, Criticism, "criticism", "criticism", 1, ids_fit);

#[cfg(test)]
mod tests {
    use super::super::beside;
    use super::*;

    #[test]
    fn criticism_round_trips_and_the_first_version_reads() {
        let mut c = Criticism::for_draft("d1");
        let k = c.add_colleague();
        c.colleague_mut(&k).unwrap().given = "会上讲<原则>多".into();
        c.add_received(&k);
        let fixture = include_str!("../../tests/fixtures/criticism-v1.json");
        beside::check_kind(c, fixture);
        let old: Criticism = beside::decode(fixture).unwrap();
        assert_eq!(old.colleagues[0].received[0].answer, "tp1");
        let f: Vec<_> = old.flawed().map(|(_, f)| f).collect();
        assert!(f.is_empty(), "{f:?}");
    }
}
