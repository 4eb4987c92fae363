//! The material as a Word file (.docx), made in the browser: the document part written
//! here from the rendered material, the fixed parts from `data/docx/`, packed by
//! `zip::store`. The layout follows the printed pages: A4, margins
//! 37/26/35/28 mm, 3号 仿宋_GB2312 on an exact 28.95 pt line, a line grid of 22 lines and
//! 28 characters a line by a character spacing of −0.25 pt (a character grid would do in
//! Word, but LibreOffice widens 3号 type to two cells of a 28-character grid), headings as Word heading styles (黑体, 楷体 bold, 仿宋 bold, 仿宋),
//! a first-line indent of two characters, "— n —" page numbers in 4号 宋体, odd pages on
//! the right and even on the left; the 整改清单 in a landscape section of its own, its
//! header row repeated on every page and no row split over two.

use super::zip;
use crate::domain::layout::{signature, title_lines, ATTACHMENT_MARK, EM};
use crate::domain::{Attachment, Block, Document};

/// What goes into the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// The material and its 整改清单.
    Whole,
    /// The 整改清单 alone, numbered from 1.
    AttachmentOnly,
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// The parts that do not change with the material, as data (`data/docx/`): the styles
/// (仿宋_GB2312 3号 on an exact 28.95 pt line, the heading styles, the bold lead, the
/// table's 小四), the font table with each official face's fallback, odd and even
/// footers with the page number, and the package's wiring.
const PARTS: [(&str, &str); 8] = [
    (
        "[Content_Types].xml",
        include_str!("../../data/docx/content-types.xml"),
    ),
    ("_rels/.rels", include_str!("../../data/docx/rels.xml")),
    (
        "word/_rels/document.xml.rels",
        include_str!("../../data/docx/document.xml.rels"),
    ),
    (
        "word/styles.xml",
        include_str!("../../data/docx/styles.xml"),
    ),
    (
        "word/settings.xml",
        include_str!("../../data/docx/settings.xml"),
    ),
    (
        "word/fontTable.xml",
        include_str!("../../data/docx/fontTable.xml"),
    ),
    (
        "word/footer1.xml",
        include_str!("../../data/docx/footer-odd.xml"),
    ),
    (
        "word/footer2.xml",
        include_str!("../../data/docx/footer-even.xml"),
    ),
];

/// A 28.95 pt line, in twentieths of a point (the document grid's pitch).
const LINE: u32 = 579;
/// One character of the 28-character line (156 mm / 28), in twips.
const CHAR: u32 = 316;
/// A character of the 整改清单's 小四 (12 pt) type, in twips.
const TABLE_CHAR: u32 = 240;
/// The landscape type area is 225 mm wide.
const TABLE_WIDTH: u32 = 12_756;
/// A table cell's left and right padding together.
const CELL_PAD: u32 = 140;

/// Text as XML character data: escaped, and without the control characters XML forbids.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if (c as u32) < 0x20 && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

fn run(text: &str, rpr: &str) -> String {
    let rpr = if rpr.is_empty() {
        String::new()
    } else {
        format!("<w:rPr>{rpr}</w:rPr>")
    };
    format!(
        r#"<w:r>{rpr}<w:t xml:space="preserve">{}</w:t></w:r>"#,
        esc(text)
    )
}

/// A paragraph under construction: its properties and its runs.
struct Para {
    ppr: String,
    runs: String,
}

impl Para {
    fn new(ppr: impl Into<String>, runs: impl Into<String>) -> Para {
        Para {
            ppr: ppr.into(),
            runs: runs.into(),
        }
    }
    fn styled(style: &str, text: &str) -> Para {
        Para::new(format!(r#"<w:pStyle w:val="{style}"/>"#), run(text, ""))
    }
    /// Kept on a page with the next paragraph (after the style, as the schema orders).
    fn keep_with_next(&mut self) {
        let at = if self.ppr.starts_with("<w:pStyle") {
            self.ppr.find("/>").map_or(0, |i| i + 2)
        } else {
            0
        };
        self.ppr.insert_str(at, "<w:keepNext/>");
    }
    fn xml(&self) -> String {
        format!("<w:p><w:pPr>{}</w:pPr>{}</w:p>", self.ppr, self.runs)
    }
}

const NO_INDENT: &str = r#"<w:ind w:firstLineChars="0" w:firstLine="0"/>"#;

/// A section's page: portrait for the material, landscape for the 整改清单. The footer
/// sits so that the middle of "— n —" is 7 mm under the type area.
fn sect(landscape: bool, restart: bool) -> String {
    let (size, margins) = if landscape {
        (
            r#"<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>"#,
            r#"<w:pgMar w:top="1587" w:right="1984" w:bottom="1474" w:left="2098" w:header="851" w:footer="935" w:gutter="0"/>"#,
        )
    } else {
        (
            r#"<w:pgSz w:w="11906" w:h="16838"/>"#,
            r#"<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="1446" w:gutter="0"/>"#,
        )
    };
    let numbering = if restart {
        r#"<w:pgNumType w:start="1"/>"#
    } else {
        ""
    };
    format!(
        r#"<w:sectPr><w:footerReference w:type="default" r:id="rIdOdd"/><w:footerReference w:type="even" r:id="rIdEven"/>{size}{margins}{numbering}<w:docGrid w:type="lines" w:linePitch="{LINE}"/></w:sectPr>"#
    )
}

fn material(doc: &Document, out: &mut Vec<Para>) {
    // The title breaks where the pages break it (between phrases, evenly).
    let title = title_lines(&doc.title)
        .iter()
        .map(|l| run(l, ""))
        .collect::<Vec<_>>()
        .join("<w:r><w:br/></w:r>");
    out.push(Para::new(r#"<w:pStyle w:val="Title"/>"#, title));
    out.push(Para::new(NO_INDENT, ""));
    if let Some(s) = &doc.subtitle {
        out.push(Para::styled("Subtitle", s));
        out.push(Para::new(NO_INDENT, ""));
    }
    for b in &doc.blocks {
        match b {
            Block::Heading {
                level,
                number,
                text,
                ..
            } => out.push(Para::styled(
                &format!("Heading{level}"),
                &format!("{number}{text}"),
            )),
            Block::Paragraph(runs) => out.push(Para::new(
                "",
                runs.iter()
                    .map(|r| {
                        if r.strong {
                            run(&r.text, r#"<w:rStyle w:val="Lead"/>"#)
                        } else {
                            run(&r.text, "")
                        }
                    })
                    .collect::<String>(),
            )),
            // As on the pages: the 附件说明 and the 署名 stay with the last lines of text.
            Block::Note(text) => {
                if let Some(last) = out.last_mut() {
                    last.keep_with_next();
                }
                out.push(Para::new("<w:keepNext/>", ""));
                out.push(Para::new("", run(text, "")));
            }
            Block::Signature { name, date } => {
                if let Some(last) = out.last_mut() {
                    last.keep_with_next();
                }
                out.push(Para::new("<w:keepNext/>", ""));
                for (text, right) in signature(name, date.as_deref()) {
                    out.push(Para::new(
                        format!(
                            r#"<w:keepNext/><w:ind w:right="{}" w:rightChars="{}" w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="right"/>"#,
                            right * CHAR / EM,
                            right * 100 / EM
                        ),
                        run(&text, ""),
                    ));
                }
            }
        }
    }
}

fn cell(text: &str, width: u32, head: bool) -> String {
    let style = if head { "TableHead" } else { "TableText" };
    let paras: String = text
        .split('\n')
        .map(|t| {
            format!(
                r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{}</w:p>"#,
                run(t, "")
            )
        })
        .collect();
    format!(r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{paras}</w:tc>"#)
}

fn table(a: &Attachment) -> String {
    // The measure column takes what the others leave of the 225 mm line.
    let mut widths: Vec<u32> = a.widths.iter().map(|w| w * TABLE_CHAR + CELL_PAD).collect();
    let others: u32 = widths
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != 2)
        .map(|(_, w)| w)
        .sum();
    if let Some(m) = widths.get_mut(2) {
        *m = TABLE_WIDTH.saturating_sub(others);
    }
    let border =
        |side: &str| format!(r#"<w:{side} w:val="single" w:sz="8" w:space="0" w:color="000000"/>"#);
    let borders: String = ["top", "left", "bottom", "right", "insideH", "insideV"]
        .iter()
        .map(|s| border(s))
        .collect();
    let grid: String = widths
        .iter()
        .map(|w| format!(r#"<w:gridCol w:w="{w}"/>"#))
        .collect();
    let row = |cells: &[String], head: bool| {
        let props = if head {
            "<w:cantSplit/><w:tblHeader/>"
        } else {
            "<w:cantSplit/>"
        };
        let cells: String = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| cell(c, *w, head))
            .collect();
        format!("<w:tr><w:trPr>{props}</w:trPr>{cells}</w:tr>")
    };
    let rows: String = a.rows.iter().map(|r| row(r, false)).collect();
    format!(
        r#"<w:tbl><w:tblPr><w:tblW w:w="{TABLE_WIDTH}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="70" w:type="dxa"/><w:right w:w="70" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{}{rows}</w:tbl>"#,
        row(&a.header, true)
    )
}

fn document(doc: &Document, scope: Scope) -> String {
    let mut body = String::new();
    if scope == Scope::Whole {
        let mut paras = Vec::new();
        material(doc, &mut paras);
        if doc.attachment.is_some() {
            // The portrait section ends with the material's last paragraph.
            if let Some(last) = paras.last_mut() {
                last.ppr.push_str(&sect(false, false));
            }
        }
        body.extend(paras.iter().map(Para::xml));
    }
    let last_sect = match &doc.attachment {
        Some(a) => {
            body.push_str(&Para::styled("Mark", ATTACHMENT_MARK).xml());
            body.push_str(&Para::styled("Title", &a.title).xml());
            body.push_str(&Para::new(NO_INDENT, "").xml());
            body.push_str(&table(a));
            // Word ends a body with a paragraph; this one takes no room.
            body.push_str(&format!(
                r#"<w:p><w:pPr><w:spacing w:line="20" w:lineRule="exact"/>{NO_INDENT}<w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>"#
            ));
            sect(true, scope == Scope::AttachmentOnly)
        }
        None => sect(false, false),
    };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{body}{last_sect}</w:body></w:document>"#
    )
}

/// The .docx file of a rendered material.
pub fn docx(doc: &Document, scope: Scope) -> Vec<u8> {
    let body = document(doc, scope);
    let mut entries: Vec<(&str, Vec<u8>)> = PARTS
        .iter()
        .map(|(name, xml)| (*name, xml.as_bytes().to_vec()))
        .collect();
    entries.insert(3, ("word/document.xml", body.into_bytes()));
    zip::store(&entries)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{render, sample, Checklist, MaterialKind};

    fn doc(kind: MaterialKind) -> Document {
        let c = Checklist::for_year(2022);
        let mut d = sample::complete(kind, c);
        d.profile.meeting_date = "2023-01-12".into();
        d.problems[0].detail.push_str("（含<尖括号>与&符号）");
        render(&d, c)
    }

    /// The entries of the file, as text.
    fn entries(file: &[u8]) -> Vec<(String, String)> {
        zip::stored_entries(file)
            .unwrap()
            .into_iter()
            .map(|(n, d)| (n, String::from_utf8(d).unwrap()))
            .collect()
    }

    fn part(file: &[(String, String)], name: &str) -> String {
        file.iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("{name} missing"))
            .1
            .clone()
    }

    #[test]
    fn the_package_has_its_parts_and_well_formed_escaped_text() {
        let d = doc(MaterialKind::Individual);
        let file = entries(&docx(&d, Scope::Whole));
        let names: Vec<&str> = file.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names[0], "[Content_Types].xml");
        for p in [
            "word/document.xml",
            "word/styles.xml",
            "word/footer1.xml",
            "word/footer2.xml",
        ] {
            assert!(names.contains(&p), "{p}");
        }
        let body = part(&file, "word/document.xml");
        assert!(body.contains("（含&lt;尖括号&gt;与&amp;符号）"));
        // Every open tag is closed: as many <w:p> / <w:p ...> as </w:p> or <w:p/>.
        let opens = body.matches("<w:p>").count() + body.matches("<w:p ").count();
        assert_eq!(opens, body.matches("</w:p>").count());
        // The text in order, as the rendered document has it.
        let mut at = 0;
        for b in &d.blocks {
            if let Block::Heading { number, text, .. } = b {
                let want = esc(&format!("{number}{text}"));
                let found = body[at..].find(&want).unwrap_or_else(|| panic!("{want}"));
                at += found;
            }
        }
    }

    #[test]
    fn the_layout_is_the_official_one() {
        let file = entries(&docx(&doc(MaterialKind::Team), Scope::Whole));
        let body = part(&file, "word/document.xml");
        let styles = part(&file, "word/styles.xml");
        // A4 portrait with 37/26/35/28 mm margins, then the landscape 整改清单.
        assert!(body.contains(r#"<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587""#));
        assert!(body.contains(r#"w:orient="landscape""#));
        assert!(body.find("w:orient").unwrap() > body.find("附件：整改清单").unwrap());
        // A grid of 22 lines; 28 characters a line by a -0.25 pt character spacing
        // (LibreOffice widens a character to two cells of a character grid when the
        // type is bigger than the cell, as 3号 is in a 28-character grid).
        assert!(body.contains(r#"<w:docGrid w:type="lines" w:linePitch="579"/>"#));
        assert!(styles.contains(r#"<w:spacing w:val="-5"/><w:sz w:val="32"/>"#));
        // Odd and even footers.
        assert!(part(&file, "word/settings.xml").contains("<w:evenAndOddHeaders/>"));
        assert!(part(&file, "word/footer1.xml").contains(r#"<w:jc w:val="right"/>"#));
        assert!(part(&file, "word/footer2.xml").contains(r#"<w:jc w:val="left"/>"#));
        assert!(part(&file, "word/footer1.xml").contains("PAGE"));
        // 3号 仿宋 on an exact 28.95 pt line, indented two characters; heading styles.
        assert!(styles.contains(r#"w:eastAsia="仿宋_GB2312""#));
        assert!(styles.contains(r#"<w:sz w:val="32"/>"#));
        assert!(styles.contains(r#"w:line="579" w:lineRule="exact""#));
        assert!(styles.contains(r#"w:firstLineChars="200""#));
        for l in 1..=4 {
            assert!(styles.contains(&format!(r#"<w:name w:val="heading {l}"/>"#)));
            assert!(body.contains(&format!(r#"<w:pStyle w:val="Heading{l}"/>"#)) || l > 2);
        }
        // The header row repeats; no row splits.
        assert_eq!(body.matches("<w:tblHeader/>").count(), 1);
        assert!(body.matches("<w:cantSplit/>").count() > 2);
        // Fallbacks for each official face.
        let fonts = part(&file, "word/fontTable.xml");
        assert!(fonts.contains(r#"<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>"#));
    }

    #[test]
    fn the_signature_is_kept_with_the_last_paragraph() {
        let file = entries(&docx(&doc(MaterialKind::Individual), Scope::Whole));
        let body = part(&file, "word/document.xml");
        let note = body.find("附件：整改清单").unwrap();
        // The paragraph before the 附件说明 (the 表态) is kept with what follows.
        let before = &body[..note];
        let last_para = before.rfind("<w:p>").unwrap();
        let prev_para = before[..last_para].rfind("<w:p>").unwrap();
        assert!(before[prev_para..last_para].contains("<w:keepNext/>"));
        // The name (every signature line but the date) too; the date ends the section.
        let name = body.find(">王明<").unwrap();
        let p = body[..name].rfind("<w:p>").unwrap();
        assert!(body[p..name].contains("<w:keepNext/><w:ind"));
    }

    #[test]
    fn the_attachment_alone_is_one_landscape_section_numbered_from_one() {
        let file = entries(&docx(&doc(MaterialKind::Individual), Scope::AttachmentOnly));
        let body = part(&file, "word/document.xml");
        assert_eq!(body.matches("<w:sectPr>").count(), 1);
        assert!(body.contains(r#"w:orient="landscape""#));
        assert!(body.contains(r#"<w:pgNumType w:start="1"/>"#));
        assert!(!body.contains("原因剖析"));
        assert!(body.contains("整改清单"));
    }
}
