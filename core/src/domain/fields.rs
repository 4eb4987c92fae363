//! The fields of the records kept beside a draft (征求意见, 谈心谈话, 批评与自我批评,
//! 整改台账), named by type: a field is an item's id and a [`RecordPart`], read and
//! written through [`RecordFields`] as text (a choice as its code). The record pages
//! bind every field through these, as the draft's fields are bound through its store;
//! nothing reads an item or a part back from an element's id.

pub use super::anchor::RecordPart;
use super::criticism::Criticism;
use super::ledger::{EntryStatus, Ledger};
use super::opinions::{Claim, OpinionSource, Opinions};
use super::talks::{Pairing, Talks};

/// A record whose items' fields are read and written one at a time.
pub trait RecordFields {
    /// What the field holds (a choice as its code); None when the item is gone or
    /// the part is not one of this record's.
    fn field(&self, item: &str, part: RecordPart) -> Option<String>;

    /// Puts what was typed or chosen (`today`: the day a status set to done records).
    /// Texts are kept trimmed, a choice that is not one is the default. Returns
    /// whether the record changed.
    fn put(&mut self, item: &str, part: RecordPart, value: &str, today: &str) -> bool;
}

/// Sets `slot` to `value`; whether it changed.
fn set<T: PartialEq>(slot: &mut T, value: T) -> bool {
    let changed = *slot != value;
    *slot = value;
    changed
}

fn trimmed(value: &str) -> String {
    value.trim().to_string()
}

impl RecordFields for Opinions {
    fn field(&self, item: &str, part: RecordPart) -> Option<String> {
        let o = self.items.iter().find(|o| o.id == item)?;
        Some(match part {
            RecordPart::OpinionSource => o.source.code().to_string(),
            RecordPart::OpinionDate => o.date.clone(),
            RecordPart::OpinionClaim => o.claim.code().to_string(),
            RecordPart::OpinionContent => o.content.clone(),
            RecordPart::OpinionProblem => o.problem.clone(),
            _ => return None,
        })
    }

    fn put(&mut self, item: &str, part: RecordPart, value: &str, _today: &str) -> bool {
        let Some(o) = self.item_mut(item) else {
            return false;
        };
        match part {
            RecordPart::OpinionSource => set(
                &mut o.source,
                OpinionSource::from_code(value).unwrap_or_default(),
            ),
            RecordPart::OpinionDate => set(&mut o.date, value.to_string()),
            RecordPart::OpinionClaim => {
                set(&mut o.claim, Claim::from_code(value).unwrap_or_default())
            }
            RecordPart::OpinionContent => set(&mut o.content, trimmed(value)),
            RecordPart::OpinionProblem => set(&mut o.problem, value.to_string()),
            _ => false,
        }
    }
}

impl RecordFields for Talks {
    fn field(&self, item: &str, part: RecordPart) -> Option<String> {
        let t = self.items.iter().find(|t| t.id == item)?;
        Some(match part {
            RecordPart::TalkPairing => t.pairing.code().to_string(),
            RecordPart::TalkWith => t.with.clone(),
            RecordPart::TalkRole => t.role.clone(),
            RecordPart::TalkDate => t.date.clone(),
            RecordPart::TalkToMe => t.to_me.clone(),
            RecordPart::TalkFromMe => t.from_me.clone(),
            RecordPart::TalkProblem => t.problem.clone(),
            _ => return None,
        })
    }

    fn put(&mut self, item: &str, part: RecordPart, value: &str, _today: &str) -> bool {
        let Some(t) = self.item_mut(item) else {
            return false;
        };
        match part {
            RecordPart::TalkPairing => set(
                &mut t.pairing,
                Pairing::from_code(value).unwrap_or_default(),
            ),
            RecordPart::TalkWith => set(&mut t.with, trimmed(value)),
            RecordPart::TalkRole => set(&mut t.role, trimmed(value)),
            RecordPart::TalkDate => set(&mut t.date, value.to_string()),
            RecordPart::TalkToMe => set(&mut t.to_me, trimmed(value)),
            RecordPart::TalkFromMe => set(&mut t.from_me, trimmed(value)),
            RecordPart::TalkProblem => set(&mut t.problem, value.to_string()),
            _ => false,
        }
    }
}

impl RecordFields for Criticism {
    fn field(&self, item: &str, part: RecordPart) -> Option<String> {
        let colleague = || self.colleagues.iter().find(|k| k.id == item);
        let received = || {
            self.colleagues
                .iter()
                .flat_map(|k| &k.received)
                .find(|r| r.id == item)
        };
        Some(match part {
            RecordPart::ColleagueName => colleague()?.name.clone(),
            RecordPart::ColleaguePost => colleague()?.post.clone(),
            RecordPart::ColleagueGiven => colleague()?.given.clone(),
            RecordPart::ReceivedText => received()?.text.clone(),
            RecordPart::ReceivedAnswer => received()?.answer.clone(),
            _ => return None,
        })
    }

    fn put(&mut self, item: &str, part: RecordPart, value: &str, _today: &str) -> bool {
        match part {
            RecordPart::ColleagueName | RecordPart::ColleaguePost | RecordPart::ColleagueGiven => {
                let Some(k) = self.colleague_mut(item) else {
                    return false;
                };
                let slot = match part {
                    RecordPart::ColleagueName => &mut k.name,
                    RecordPart::ColleaguePost => &mut k.post,
                    _ => &mut k.given,
                };
                set(slot, trimmed(value))
            }
            RecordPart::ReceivedText | RecordPart::ReceivedAnswer => {
                let Some(r) = self.received_mut(item) else {
                    return false;
                };
                if part == RecordPart::ReceivedText {
                    set(&mut r.text, trimmed(value))
                } else {
                    set(&mut r.answer, value.to_string())
                }
            }
            _ => false,
        }
    }
}

impl RecordFields for Ledger {
    fn field(&self, item: &str, part: RecordPart) -> Option<String> {
        let e = self.entries.iter().find(|e| e.measure_id == item)?;
        Some(match part {
            RecordPart::EntryOwner => e.owner.clone(),
            RecordPart::EntryStatus => e.status.code().to_string(),
            RecordPart::EntryEvidence => e.evidence.clone(),
            _ => return None,
        })
    }

    fn put(&mut self, item: &str, part: RecordPart, value: &str, today: &str) -> bool {
        let Some(e) = self.entry_mut(item) else {
            return false;
        };
        match part {
            RecordPart::EntryOwner => set(&mut e.owner, trimmed(value)),
            RecordPart::EntryEvidence => set(&mut e.evidence, trimmed(value)),
            RecordPart::EntryStatus => match EntryStatus::from_code(value) {
                Some(s) if s != e.status => {
                    self.set_status(item, s, today);
                    true
                }
                _ => false,
            },
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sample;
    use crate::domain::{Checklist, MaterialKind};

    fn reads_back(r: &mut dyn RecordFields, item: &str, cases: &[(RecordPart, &str)]) {
        for &(part, value) in cases {
            assert!(r.put(item, part, value, "2026-12-08"), "{part:?}");
            assert_eq!(r.field(item, part).as_deref(), Some(value), "{part:?}");
            // The same value again changes nothing.
            assert!(!r.put(item, part, value, "2026-12-08"), "{part:?}");
            // Not a field of this item: nothing read, nothing written.
            assert_eq!(r.field("x9", part), None);
            assert!(!r.put("x9", part, "x", "2026-12-08"));
        }
    }

    #[test]
    fn every_field_of_every_record_reads_back_what_was_put() {
        let mut o = Opinions::for_draft("d");
        let oid = o.add("2026-12-01");
        let mut t = Talks::for_draft("d");
        let tid = t.add(Pairing::Members, "2026-12-01");
        let mut c = Criticism::for_draft("d");
        let kid = c.add_colleague();
        let rid = c.add_received(&kid).unwrap();
        let draft = sample::complete(MaterialKind::Team, Checklist::for_year(2022));
        let mut l = Ledger::for_draft(&draft);
        let mid = draft.measures[0].id.clone();
        use RecordPart::*;
        reads_back(
            &mut o,
            &oid,
            &[(OpinionSource, "survey"), (OpinionDate, "2026-12-02")],
        );
        reads_back(
            &mut o,
            &oid,
            &[(OpinionClaim, "person"), (OpinionContent, "调研少")],
        );
        reads_back(&mut o, &oid, &[(OpinionProblem, "p1")]);
        reads_back(&mut t, &tid, &[(TalkPairing, "branch"), (TalkWith, "张伟")]);
        reads_back(
            &mut t,
            &tid,
            &[(TalkRole, "副局长"), (TalkDate, "2026-12-03")],
        );
        reads_back(
            &mut t,
            &tid,
            &[(TalkToMe, "批评下属多"), (TalkFromMe, "下基层少")],
        );
        reads_back(&mut t, &tid, &[(TalkProblem, "p2")]);
        reads_back(
            &mut c,
            &kid,
            &[(ColleagueName, "李芳"), (ColleaguePost, "处长")],
        );
        reads_back(&mut c, &kid, &[(ColleagueGiven, "方案两次返工")]);
        reads_back(
            &mut c,
            &rid,
            &[(ReceivedText, "跟进督办少"), (ReceivedAnswer, "m1")],
        );
        reads_back(&mut l, &mid, &[(EntryOwner, "王强"), (EntryStatus, "done")]);
        reads_back(&mut l, &mid, &[(EntryEvidence, "会议纪要")]);
        assert_eq!(l.entries[0].done_date, "2026-12-08");
        assert_eq!(o.field(&oid, RecordPart::TalkWith), None);
        assert!(!o.put(&oid, RecordPart::TalkWith, "x", ""));
    }

    #[test]
    fn texts_are_kept_trimmed_and_unknown_choices_fall_back() {
        let mut o = Opinions::for_draft("d");
        let id = o.add("");
        o.put(&id, RecordPart::OpinionContent, "  调研少 \n", "");
        assert_eq!(o.items[0].content, "调研少");
        o.put(&id, RecordPart::OpinionSource, "letter", "");
        assert_eq!(o.items[0].source, OpinionSource::default());
        let mut c = Criticism::for_draft("d");
        let k = c.add_colleague();
        c.put(&k, RecordPart::ColleagueName, " 张伟 ", "");
        assert_eq!(c.colleagues[0].name, "张伟");
    }

    #[test]
    fn items_are_named_by_whatever_ids_the_record_holds() {
        let mut t = Talks::for_draft("d");
        t.add(Pairing::Secretary, "");
        t.items[0].id = "谈话-2025-1".into();
        assert!(t.put("谈话-2025-1", RecordPart::TalkWith, "张伟", ""));
        assert_eq!(t.items[0].with, "张伟");
    }
}
