//! The material as plain text: paragraphs indented with two ideographic spaces, a blank
//! line between the title and the body, the 署名 and date on lines of their own, and the
//! 整改清单 as tab-separated rows (it pastes into a spreadsheet or a Word table).

use crate::domain::layout::ATTACHMENT_MARK;
use crate::domain::{Block, Document};

const INDENT: &str = "\u{3000}\u{3000}";

/// The whole material, or with `attachment_only` the 整改清单 alone.
pub fn text(doc: &Document, attachment_only: bool) -> String {
    let mut out = String::new();
    if !attachment_only {
        out.push_str(&doc.title);
        out.push_str("\n\n");
        if let Some(s) = &doc.subtitle {
            out.push_str(s);
            out.push_str("\n\n");
        }
        for b in &doc.blocks {
            match b {
                Block::Heading { number, text, .. } => {
                    out.push_str(INDENT);
                    out.push_str(number);
                    out.push_str(text);
                }
                Block::Paragraph(runs) => {
                    out.push_str(INDENT);
                    for r in runs {
                        out.push_str(&r.text);
                    }
                }
                Block::Note(t) => {
                    out.push('\n');
                    out.push_str(INDENT);
                    out.push_str(t);
                }
                Block::Signature { name, date } => {
                    out.push('\n');
                    out.push_str(name);
                    if let Some(d) = date {
                        out.push('\n');
                        out.push_str(d);
                    }
                }
            }
            out.push('\n');
        }
    }
    if let Some(a) = &doc.attachment {
        if !attachment_only {
            out.push('\n');
        }
        out.push_str(ATTACHMENT_MARK);
        out.push('\n');
        out.push_str(&a.title);
        out.push_str("\n\n");
        out.push_str(&a.header.join("\t"));
        out.push('\n');
        for r in &a.rows {
            // A tab or line break inside a cell would break the row.
            let cells: Vec<String> = r.iter().map(|c| c.replace(['\t', '\n'], " ")).collect();
            out.push_str(&cells.join("\t"));
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{render, sample, Checklist, MaterialKind};

    #[test]
    fn plain_text_has_every_part_indented_and_the_list_as_rows() {
        let c = Checklist::for_year(2022);
        let d = sample::complete(MaterialKind::Individual, c);
        let doc = render(&d, c);
        let t = text(&doc, false);
        assert!(t.starts_with("王明同志2022年度民主生活会个人对照检查材料\n\n"));
        assert!(t.contains("\n\u{3000}\u{3000}二、存在的问题\n"));
        assert!(t.contains("\u{3000}\u{3000}附件：整改清单\n"));
        assert!(t.contains("\n附件\n整改清单\n\n序号\t问题\t整改措施\t责任人\t完成时限\t状态\n1\t"));
        assert_eq!(t.matches("\n1\t").count(), 1);
        let only = text(&doc, true);
        assert!(only.starts_with("附件\n整改清单\n"));
        assert!(!only.contains("存在的问题"));
    }
}
