//! The records beside a draft as the material sees them: the 导语's counts that
//! follow the opinions and talks, and what the records still lack on the check page.

use super::Desk;
use crate::domain::criticism::Criticism;
use crate::domain::ledger::Ledger;
use crate::domain::opinions::Opinions;
use crate::domain::talks::Talks;
use crate::domain::{Draft, Intro, MaterialKind};
use crate::storage::{DraftMeta, KeyValue};

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
    let Some((opinions, talks)) = changed_counts(i, kind, counts) else {
        return false;
    };
    match kind {
        MaterialKind::Team => i.opinions_team = opinions,
        MaterialKind::Individual => i.opinions_person = opinions,
    }
    i.talks = talks;
    true
}

/// The 导语's (writer's opinions, talks) once the counts the records give are put in,
/// when that changes them; read without changing or copying anything.
pub fn changed_counts(i: &Intro, kind: MaterialKind, counts: Counts) -> Option<(u32, u32)> {
    let mine = match kind {
        MaterialKind::Team => i.opinions_team,
        MaterialKind::Individual => i.opinions_person,
    };
    let now = (mine, i.talks);
    let want = (
        counts.opinions.unwrap_or(now.0),
        counts.talks.unwrap_or(now.1),
    );
    (want != now).then_some(want)
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

/// A measure past its deadline and not done, in one of the drafts' ledgers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Overdue {
    pub draft_id: String,
    /// The draft's title in the list.
    pub title: String,
    pub measure: String,
    /// The deadline as the material writes it.
    pub deadline: String,
}

impl<K: KeyValue> Desk<'_, K> {
    /// Every measure past its deadline on `today` and not done, in the ledgers of the
    /// drafts listed (each ledger brought up to its draft as it now stands: a measure
    /// removed or its deadline moved), in the order of the stored ledgers.
    pub fn overdue(&self, list: &[DraftMeta], today: &str) -> Vec<Overdue> {
        let (ledgers, _) = self.store.records::<Ledger>();
        let mut out = Vec::new();
        for mut l in ledgers {
            let Some(m) = list.iter().find(|m| m.id == l.draft_id) else {
                continue;
            };
            if let Ok(Some(d)) = self.store.load_draft(&l.draft_id) {
                l.sync(&d);
            }
            out.extend(l.overdue(today).map(|e| Overdue {
                draft_id: l.draft_id.clone(),
                title: m.title.clone(),
                measure: e.measure.clone(),
                deadline: e.deadline.material_text(),
            }));
        }
        out
    }

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
        let same = Counts {
            opinions: Some(12),
            talks: Some(7),
        };
        assert_eq!(changed_counts(&d.intro, d.kind, same), None);
        let more = Counts {
            talks: Some(9),
            ..same
        };
        assert_eq!(changed_counts(&d.intro, d.kind, more), Some((12, 9)));
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
    fn overdue_measures_follow_the_draft_as_it_stands_and_skip_drafts_not_listed() {
        use crate::domain::{sample, Checklist, Deadline};
        use crate::storage::store::meta_of;
        let b = Bench::new();
        let mut d = sample::complete(MaterialKind::Individual, Checklist::for_year(2022));
        d.measures[0].deadline = Deadline::Date("2023-03-31".into());
        b.store.save_record(&Ledger::for_draft(&d), 1.0).unwrap();
        b.store.save_draft(&d, 1.0).unwrap();
        let list = vec![meta_of(&d, 0)];
        let o = b.desk(|k| k.overdue(&list, "2023-04-01"));
        assert_eq!(o.len(), 1);
        assert_eq!(o[0].deadline, "2023年3月底前");
        assert_eq!(
            (o[0].draft_id.as_str(), o[0].title.clone()),
            (d.id.as_str(), d.display_name())
        );
        assert!(b.desk(|k| k.overdue(&list, "2023-03-30")).is_empty());
        // The deadline moved in the draft: the ledger follows before it is read.
        d.measures[0].deadline = Deadline::Date("2023-06-30".into());
        b.store.save_draft(&d, 2.0).unwrap();
        assert!(b.desk(|k| k.overdue(&list, "2023-04-01")).is_empty());
        // A draft not in the list (in the 回收站) is left out.
        assert!(b.desk(|k| k.overdue(&[], "2024-01-01")).is_empty());
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
