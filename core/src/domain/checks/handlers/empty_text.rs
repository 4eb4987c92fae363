//! A text of the material left empty: a part of an item of 上年度整改, a problem's
//! detail, a cause's analysis, a measure's text, the details of an answer 有, a
//! required part of the year's checklist. One finding per item, at its first empty part.

use super::prelude::*;

fn push(out: &mut Vec<Finding>, section: Section, field: FieldId, subject: &str) {
    out.push(finding(Kind::EmptyText, section, field, subject));
}

pub(crate) fn last_year_item(i: &LastYearItem, out: &mut Vec<Finding>) {
    let first_empty = [
        (LastYearPart::Problem, &i.problem),
        (LastYearPart::Measure, &i.measure),
        (LastYearPart::Result, &i.result),
    ]
    .into_iter()
    .find(|(_, text)| text.trim().is_empty());
    if let Some((part, _)) = first_empty {
        let field = FieldId::LastYear(i.id.clone(), part);
        push(out, Section::LastYear, field, &i.problem);
    }
}

pub(crate) fn problem(at: &At<Problem>, out: &mut Vec<Finding>) {
    if at.item.detail.trim().is_empty() {
        out.push(detail_finding(Kind::EmptyText, at));
    }
}

pub(crate) fn cause(at: &At<Cause>, out: &mut Vec<Finding>) {
    if at.item.text.trim().is_empty() {
        out.push(cause_finding(Kind::EmptyText, at.item));
    }
}

pub(crate) fn measure(at: &At<Measure>, out: &mut Vec<Finding>) {
    if at.item.text.trim().is_empty() {
        out.push(measure_finding(Kind::EmptyText, at.item));
    }
}

/// The details of a category of 需要向组织说明的事项 answered 有.
pub(crate) fn details(out: &mut Vec<Finding>, field: FieldId, details: &str, title: &str) {
    if details.trim().is_empty() {
        push(out, Section::Explanations, field, title);
    }
}

/// The year's own free-text parts: a required one must be written (and each gets the
/// writing rules).
pub(crate) fn parts(cx: &Cx, out: &mut Vec<Finding>) {
    for part in &cx.checklist.text_parts {
        let section = Section::Text(part.id.clone());
        if !cx.sections.contains(&section) {
            continue;
        }
        let field = FieldId::PartText(part.id.clone());
        let text = cx.draft.part_texts.get(&part.id).map_or("", String::as_str);
        if text.trim().is_empty() && !part.optional {
            push(out, section.clone(), field.clone(), &part.zh);
        }
        super::texts::text(out, section, field, text);
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::anchor::{FieldId, LastYearPart, ProblemPart};
    use crate::domain::checks::testing::*;

    #[test]
    fn each_item_is_found_at_its_first_empty_part() {
        let mut d = good(MaterialKind::Individual);
        d.last_year[0].measure.clear();
        d.last_year[0].result.clear();
        d.problems[1].detail.clear();
        let empty: Vec<FieldId> = check(&d, c())
            .into_iter()
            .filter(|f| f.kind == Kind::EmptyText)
            .map(|f| f.anchor.field)
            .collect();
        let (item, problem) = (d.last_year[0].id.clone(), d.problems[1].id.clone());
        assert_eq!(
            empty,
            vec![
                FieldId::LastYear(item, LastYearPart::Measure),
                FieldId::Problem(problem, ProblemPart::Detail),
            ]
        );
    }

    #[test]
    fn a_required_part_must_be_written_and_an_optional_one_need_not() {
        let c23 = Checklist::builtin("2023-local").unwrap();
        let d = sample::complete(MaterialKind::Individual, c23);
        let part = &c23.text_parts[0];
        let mut without = d.clone();
        without.part_texts.remove(&part.id);
        let empty = |d: &Draft| {
            check(d, c23)
                .into_iter()
                .any(|f| f.kind == Kind::EmptyText && f.subject == part.zh)
        };
        assert_eq!(empty(&without), !part.optional);
        assert!(!empty(&d));
    }
}
