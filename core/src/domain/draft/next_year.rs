//! Next year's draft, carried over from this one with its ledger's results.

use super::*;

impl Draft {
    /// The next year's draft started from this one: the same kind and profile (the
    /// year after, on `checklist`), and in 上年度整改 one item for every measure of
    /// this draft's 整改清单, with the problems it answers and its deadline; with the
    /// draft's rectification ledger, each item's status and result so far come from
    /// it (otherwise it waits as in progress, its result for the user to write). It
    /// links back to this draft.
    pub fn next_year(
        &self,
        id: &str,
        checklist: &Checklist,
        ledger: Option<&crate::domain::ledger::Ledger>,
        now_ms: f64,
    ) -> Draft {
        let mut d = Draft::new(id, self.kind, now_ms);
        d.profile = Profile {
            title: String::new(),
            meeting_date: String::new(),
            ..self.profile.clone()
        };
        d.use_checklist(checklist);
        d.previous_draft = self.id.clone();
        for m in &self.measures {
            let problems: Vec<&str> = m
                .problems
                .iter()
                .filter_map(|pid| self.problems.iter().find(|p| &p.id == pid))
                .map(|p| p.summary.trim())
                .filter(|s| !s.is_empty())
                .collect();
            let item_id = d.new_item_id("l");
            let deadline = match &m.deadline {
                Deadline::Date(date) if date.trim().is_empty() => String::new(),
                Deadline::Date(_) => format!("（完成时限：{}）", m.deadline.material_text()),
                other => format!("（{}）", other.material_text()),
            };
            let entry = ledger.and_then(|l| l.entries.iter().find(|e| e.measure_id == m.id));
            let result = entry.map_or_else(String::new, |e| {
                let mut parts: Vec<String> = e
                    .notes
                    .iter()
                    .map(|n| match written_date(&n.date) {
                        Some(date) => format!("{date}，{}", n.text.trim()),
                        None => n.text.trim().to_string(),
                    })
                    .collect();
                if !e.evidence.trim().is_empty() {
                    parts.push(format!("佐证材料：{}", e.evidence.trim()));
                }
                parts.join("；")
            });
            let done = entry.is_some_and(|e| e.status == crate::domain::ledger::EntryStatus::Done);
            d.last_year.push(LastYearItem {
                id: item_id,
                source: ItemSource::Meeting,
                problem: problems.join("；"),
                measure: format!("{}{deadline}", join_nonempty(&m.summary, &m.text)),
                // Done only where the ledger says so; otherwise in progress until the
                // user says how far it went.
                status: if done {
                    ItemStatus::Done
                } else {
                    ItemStatus::Ongoing
                },
                result,
                next_steps: String::new(),
                campaign: 0,
            });
        }
        d
    }
}

/// `a`, then `b` after a full stop where both have text.
fn join_nonempty(a: &str, b: &str) -> String {
    let (a, b) = (a.trim(), b.trim());
    match (a.is_empty(), b.is_empty()) {
        (false, false) if a.ends_with(['。', '；', '！']) => format!("{a}{b}"),
        (false, false) => format!("{a}。{b}"),
        (false, true) => a.to_string(),
        _ => b.to_string(),
    }
}
