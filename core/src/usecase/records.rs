//! The records beside a draft as the material sees them: the 导语's counts that
//! follow the opinions and talks, and what the records still lack on the check page.

use super::Desk;
use crate::domain::criticism::Criticism;
use crate::domain::opinions::Opinions;
use crate::domain::talks::Talks;
use crate::domain::{Draft, Intro, MaterialKind};
use crate::storage::KeyValue;

/// The 导语's counts the records give, each `None` where its record gives none (not
/// kept, unreadable, or nothing counted yet): then the user types it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Opinions claimed by the material's writer (the team's, or the person's).
    pub opinions: Option<u32>,
    /// Talks held.
    pub talks: Option<u32>,
}

/// The count a record gives after a change, where the 导语 should take it: while the
/// record gives one, and once it stops giving one (its last item deleted), 0 rather
/// than a stale number. `None`: the 导语 keeps what the user typed.
pub fn follow(before: u32, after: u32) -> Option<u32> {
    (after > 0 || before > 0).then_some(after)
}

/// Puts the counts the records give in a draft's 导语 (the others stay as typed): the
/// opinions claimed by the material's writer (the team's in a team material, the
/// person's in an individual one) and the talks held. Returns whether anything changed.
pub fn put_counts(i: &mut Intro, kind: MaterialKind, counts: Counts) -> bool {
    let team = kind == MaterialKind::Team;
    let mine = if team {
        &mut i.opinions_team
    } else {
        &mut i.opinions_person
    };
    let mut changed = false;
    if let Some(n) = counts.opinions.filter(|n| n != mine) {
        *mine = n;
        changed = true;
    }
    if let Some(n) = counts.talks.filter(|n| *n != i.talks) {
        i.talks = n;
        changed = true;
    }
    changed
}

/// What the records around the material still lack, each with how many.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    /// Opinions unclaimed, or claimed and answered by no problem.
    OpinionUnanswered,
    /// Talks whose points no problem answers.
    TalkUnanswered,
    /// Criticism prepared that is empty, praise, a wish or without a fact.
    CriticismFlawed,
    /// Criticism received that no problem or measure answers.
    ReceivedUnanswered,
}

impl Gap {
    /// A stable name, for tests and the page's `data-kind`.
    pub fn code(self) -> &'static str {
        match self {
            Gap::OpinionUnanswered => "opinion_unanswered",
            Gap::TalkUnanswered => "talk_unanswered",
            Gap::CriticismFlawed => "criticism_flawed",
            Gap::ReceivedUnanswered => "received_unanswered",
        }
    }
}

impl<K: KeyValue> Desk<'_, K> {
    /// The counts the draft's stored opinions and talks give (unreadable ones left
    /// alone).
    pub fn counts(&self, draft_id: &str, kind: MaterialKind) -> Counts {
        let opinions = self.store.record::<Opinions>(draft_id).ok().flatten();
        let talks = self.store.record::<Talks>(draft_id).ok().flatten();
        Counts {
            opinions: opinions.map(|o| o.count_for(kind)).filter(|n| *n > 0),
            talks: talks.map(|t| t.held()).filter(|n| *n > 0),
        }
    }

    /// What the draft's records still lack, in the order the check page lists them,
    /// each with how many (only those with some); `None` while no record holds an item.
    pub fn gaps(&self, d: &Draft) -> Option<Vec<(Gap, usize)>> {
        let o = self.store.record::<Opinions>(&d.id).ok().flatten();
        let t = self.store.record::<Talks>(&d.id).ok().flatten();
        let c = self.store.record::<Criticism>(&d.id).ok().flatten();
        let kept = o.as_ref().is_some_and(|o| !o.items.is_empty())
            || t.as_ref().is_some_and(|t| !t.items.is_empty())
            || c.as_ref().is_some_and(|c| !c.colleagues.is_empty());
        if !kept {
            return None;
        }
        let all = [
            (Gap::OpinionUnanswered, o.map_or(0, |o| o.gaps(d).count())),
            (
                Gap::TalkUnanswered,
                t.map_or(0, |t| t.unanswered(d).count()),
            ),
            (
                Gap::CriticismFlawed,
                c.as_ref().map_or(0, |c| c.flawed().count()),
            ),
            (
                Gap::ReceivedUnanswered,
                c.as_ref().map_or(0, |c| c.unanswered(d).count()),
            ),
        ];
        Some(all.into_iter().filter(|(_, n)| *n > 0).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::opinions::{Claim, Opinion};
    use crate::domain::talks::Talk;
    use crate::usecase::testing::Bench;

    #[test]
    fn a_count_follows_its_record_and_goes_back_to_nought_with_the_last_item() {
        assert_eq!(follow(0, 0), None);
        assert_eq!(follow(0, 3), Some(3));
        assert_eq!(follow(3, 0), Some(0));
    }

    #[test]
    fn the_intro_takes_the_counts_the_records_give_and_keeps_the_rest() {
        let mut d = Draft::new("a", MaterialKind::Team, 1.0);
        d.intro.talks = 7;
        assert!(put_counts(
            &mut d.intro,
            d.kind,
            Counts {
                opinions: Some(12),
                talks: None
            }
        ));
        assert_eq!((d.intro.opinions_team, d.intro.talks), (12, 7));
        assert!(!put_counts(
            &mut d.intro,
            d.kind,
            Counts {
                opinions: Some(12),
                talks: None
            }
        ));
        let mut p = Draft::new("b", MaterialKind::Individual, 1.0);
        put_counts(
            &mut p.intro,
            p.kind,
            Counts {
                opinions: Some(4),
                talks: Some(2),
            },
        );
        assert_eq!((p.intro.opinions_person, p.intro.talks), (4, 2));
        assert_eq!(p.intro.opinions_team, 0);
    }

    #[test]
    fn the_counts_come_from_the_stored_records_and_not_from_unreadable_ones() {
        let b = Bench::new();
        let d = Draft::new("a", MaterialKind::Individual, 1.0);
        assert_eq!(b.desk(|k| k.counts("a", d.kind)), Counts::default());
        let mut o = Opinions::for_draft("a");
        for n in 0..3 {
            o.items.push(Opinion {
                id: format!("o{n}"),
                claim: Claim::Person,
                content: "意见".into(),
                ..Default::default()
            });
        }
        b.store.save_record(&o, 1.0).unwrap();
        b.kv.set("duizhao/talks/a", "{bad").unwrap();
        let c = b.desk(|k| k.counts("a", d.kind));
        assert_eq!(c.talks, None);
        assert_eq!(c.opinions, Some(3));
    }

    #[test]
    fn the_gaps_are_listed_only_once_a_record_holds_an_item() {
        let b = Bench::new();
        let d = Draft::new("a", MaterialKind::Individual, 1.0);
        assert_eq!(b.desk(|k| k.gaps(&d)), None);
        let mut t = Talks::for_draft("a");
        t.items.push(Talk {
            id: "t1".into(),
            to_me: "指出的问题".into(),
            ..Default::default()
        });
        b.store.save_record(&t, 1.0).unwrap();
        let gaps = b.desk(|k| k.gaps(&d)).unwrap();
        assert_eq!(gaps, vec![(Gap::TalkUnanswered, 1)]);
        assert_eq!(gaps[0].0.code(), "talk_unanswered");
    }
}
