//! Numbering the user typed inside paragraphs skips a level (（1） right under a
//! 二级 heading), read off the rendered material.

use super::prelude::*;
use crate::domain::render::{Block, Document};

pub(crate) fn document(doc: &Document, out: &mut Vec<Finding>) {
    let mut level = 0u8;
    let mut section = Section::Intro;
    for b in &doc.blocks {
        match b {
            Block::Heading {
                level: l,
                section: s,
                ..
            } => {
                level = *l;
                if let Some(s) = s {
                    section = s.clone();
                }
            }
            Block::Paragraph(runs) => {
                let text: String = runs.iter().map(|r| r.text.as_str()).collect();
                // Inline leads (一是……) are not headings.
                let start = runs
                    .iter()
                    .find(|r| !r.strong)
                    .map(|r| r.text.as_str())
                    .unwrap_or("");
                let own = if runs.len() > 1 { start } else { text.as_str() };
                if let Some(l) = manual_level(own) {
                    if l > level + 1 {
                        out.push(finding(
                            Kind::HeadingSkipsLevel,
                            section.clone(),
                            FieldId::StepHeading,
                            own,
                        ));
                    }
                    level = l;
                }
            }
            Block::Note(_) | Block::Signature { .. } => {}
        }
    }
}

/// The manual numbering level a paragraph starts with, if any.
fn manual_level(text: &str) -> Option<u8> {
    let t = text.trim_start();
    let mut cs = t.chars();
    let first = cs.next()?;
    const CN: &str = "一二三四五六七八九十";
    if first == '（' || first == '(' {
        let inner: String = cs.take_while(|c| *c != '）' && *c != ')').collect();
        if !inner.is_empty() && inner.chars().all(|c| CN.contains(c)) {
            return Some(2);
        }
        if !inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit()) {
            return Some(4);
        }
        return None;
    }
    if CN.contains(first) {
        let rest: String = t.chars().skip_while(|c| CN.contains(*c)).take(1).collect();
        return (rest == "、").then_some(1);
    }
    if first.is_ascii_digit() {
        let rest: String = t
            .chars()
            .skip_while(|c| c.is_ascii_digit())
            .take(1)
            .collect();
        return (rest == "." || rest == "．" || rest == "、").then_some(3);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checks::testing::*;

    #[test]
    fn numbering_that_skips_a_level() {
        let mut d = good(MaterialKind::Individual);
        d.causes[0].text = "（1）只学不用。（2）学用脱节。".into();
        // （1） is level 4 right under a level-2 heading.
        assert!(fires(&d, Kind::HeadingSkipsLevel));
        d.causes[0].text = "1. 只学不用。".into();
        assert!(!fires(&d, Kind::HeadingSkipsLevel));
        assert_eq!(manual_level("一、总体情况"), Some(1));
        assert_eq!(manual_level("（二）原因"), Some(2));
        assert_eq!(manual_level("3．措施"), Some(3));
        assert_eq!(manual_level("(4)细节"), Some(4));
        assert_eq!(manual_level("一是学习"), None);
        assert_eq!(manual_level("2022年"), None);
    }
}
