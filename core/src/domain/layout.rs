//! Pages: the rendered material set line by line on A4 pages as GB/T 9704 sets them
//! (22 lines of 28 characters), and the 整改清单 attachment on landscape pages with its
//! header on every page. The preview draws these pages and they are what prints, so the
//! screen and the paper have the same lines, the same breaks and the same page count, and
//! the page numbers print in every browser (they are part of the page, not of a CSS
//! margin box).
//!
//! Widths are counted in twentieths of a character (`EM`): a Chinese character or
//! full-width mark is one character, an ASCII character a little over half of one, so a
//! line never holds more than the 156 mm the type area has. A line that holds less is
//! spread to the full width (every line of a paragraph but its last).

use super::anchor::Section;
use super::render::{Attachment, Block, Document, Run};

/// One character's width.
pub const EM: u32 = 20;
/// Lines on a portrait page.
pub const LINES_PER_PAGE: usize = 22;
/// A body line: 28 characters.
pub const LINE_WIDTH: u32 = 28 * EM;
/// A title line: 2号 (22 pt) type in the 156 mm line holds 20 characters.
const TITLE_WIDTH: u32 = 20 * EM;
/// The first line of a paragraph starts two characters in.
const INDENT: u32 = 2 * EM;
/// The 署名 and the date end four characters from the right.
const SIGNATURE_RIGHT: u32 = 4 * EM;

/// Heights on the landscape attachment pages, in hundredths of a point: the 156 mm high
/// type area; a table line of 小四 (12 pt) type on an 18 pt line; a cell's padding and
/// border; a line of the 3号 grid (28.95 pt) for the 附件 mark, the title and the space
/// under it.
pub const TABLE_AREA: u32 = 44_220;
pub const TABLE_LINE: u32 = 1_800;
pub const CELL_EXTRA: u32 = 700;
pub const GRID_LINE: u32 = 2_895;

/// The mark over the attachment's title (GB/T 9704: 3号黑体, on the first line).
pub const ATTACHMENT_MARK: &str = "附件";

/// What a face is used for in the material.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FontRole {
    /// 正文 (and headings of levels 3 and 4): 仿宋
    Body,
    /// 标题: 小标宋
    Title,
    /// 一级标题: 黑体
    Hei,
    /// 二级标题 and the bold leads: 楷体
    Kai,
}

/// Each role's faces, the official one first, then the fallbacks in the order the style
/// sheet lists them (`--font-fangsong` …; a test keeps the two the same).
pub const FONT_CHAINS: [(FontRole, &[&str]); 4] = [
    (
        FontRole::Body,
        &[
            "仿宋_GB2312",
            "仿宋",
            "FangSong",
            "STFangsong",
            "Noto Serif CJK SC",
            "Source Han Serif SC",
        ],
    ),
    (
        FontRole::Title,
        &[
            "方正小标宋简体",
            "FZXiaoBiaoSong-B05S",
            "小标宋",
            "华文中宋",
            "STZhongsong",
            "SimSun",
            "Noto Serif CJK SC",
        ],
    ),
    (
        FontRole::Hei,
        &[
            "黑体",
            "SimHei",
            "STHeiti",
            "Noto Sans CJK SC",
            "Source Han Sans SC",
        ],
    ),
    (
        FontRole::Kai,
        &[
            "楷体_GB2312",
            "楷体",
            "KaiTi",
            "STKaiti",
            "AR PL UKai CN",
            "Noto Serif CJK SC",
        ],
    ),
];

/// How a line is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// 2号 小标宋, centred.
    Title,
    /// 3号 楷体, centred (the post and name of an individual).
    Subtitle,
    /// A numbered heading, level 1 (黑体) to 4.
    Heading(u8),
    /// 3号 仿宋.
    Body,
    /// The 署名 and the date.
    Signature,
    /// An empty line.
    Blank,
}

/// One line of a portrait page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub style: Style,
    pub runs: Vec<Run>,
    /// The first line of a paragraph or heading: two characters in.
    pub indent: bool,
    /// Spread to the full width.
    pub justify: bool,
    /// Space kept at the right, in `EM`ths (the 署名 and the date); `None` when the line
    /// is not right-aligned.
    pub right: Option<u32>,
    /// The section a heading starts (for links back to the editor).
    pub section: Option<Section>,
}

impl Line {
    pub fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }
}

/// A row of the 整改清单 on one page: each cell's lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub cells: Vec<Vec<String>>,
}

impl Row {
    /// Lines of its tallest cell.
    pub fn lines(&self) -> usize {
        self.cells.iter().map(Vec::len).max().unwrap_or(1).max(1)
    }
    /// Its height, in hundredths of a point.
    pub fn height(&self) -> u32 {
        self.lines() as u32 * TABLE_LINE + CELL_EXTRA
    }
}

/// A landscape page of the 整改清单.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TablePage {
    /// The first page carries the 附件 mark and the title.
    pub first: bool,
    pub title: String,
    pub header: Row,
    pub widths: Vec<u32>,
    pub rows: Vec<Row>,
}

/// What a page holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Content {
    /// A portrait page of the material: at most `LINES_PER_PAGE` lines.
    Text(Vec<Line>),
    /// A landscape page of the attachment.
    Table(TablePage),
}

/// One page, numbered from 1 (the attachment goes on counting).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    pub number: usize,
    pub content: Content,
}

impl Page {
    /// Odd pages carry their number on the right, even ones on the left.
    pub fn odd(&self) -> bool {
        self.number % 2 == 1
    }
}

/// The width of one character, in `EM`ths. ASCII is counted wider than the half width
/// it has in 仿宋_GB2312, since the faces a browser falls back to draw digits and Latin
/// letters proportionally: a line is better a little short (it is spread) than over the
/// margin.
pub fn advance(c: char) -> u32 {
    match c {
        ' ' => 7,
        '%' | '@' | '&' | '#' | 'M' | 'W' | 'm' | 'w' => EM,
        'A'..='Z' => 15,
        c if c.is_ascii() => 13,
        _ => EM,
    }
}

fn width(s: &str) -> u32 {
    s.chars().map(advance).sum()
}

/// Marks a line never starts with.
fn no_start(c: char) -> bool {
    "，。、；：？！）》」』】〕〉”’…—·％,.;:?!)]}%".contains(c)
}
/// Marks a line never ends with.
fn no_end(c: char) -> bool {
    "（《「『【〔〈“‘([{".contains(c)
}
fn in_word(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

/// Breaks runs of text into lines: the first at most `first` wide, the others `rest`.
/// A line does not start with a closing mark or end with an opening one, and an ASCII
/// word or number stays whole, unless it is longer than a line.
pub fn break_runs(runs: &[Run], first: u32, rest: u32) -> Vec<Vec<Run>> {
    let chars: Vec<(char, bool)> = runs
        .iter()
        .flat_map(|r| r.text.chars().map(move |c| (c, r.strong)))
        .collect();
    let mut lines = Vec::new();
    let (mut start, mut w, mut i) = (0, 0, 0);
    while i < chars.len() {
        let cap = if lines.is_empty() { first } else { rest };
        let a = advance(chars[i].0);
        if w + a <= cap || i == start {
            w += a;
            i += 1;
            continue;
        }
        let mut b = i;
        loop {
            if b <= start + 1 {
                b = i;
                break;
            }
            let (c, p) = (chars[b].0, chars[b - 1].0);
            if no_start(c) || no_end(p) || (in_word(c) && in_word(p)) {
                b -= 1;
            } else {
                break;
            }
        }
        lines.push(to_runs(&chars[start..b]));
        start = b;
        w = chars[b..i].iter().map(|&(c, _)| advance(c)).sum();
    }
    if start < chars.len() || lines.is_empty() {
        lines.push(to_runs(&chars[start..]));
    }
    lines
}

fn to_runs(chars: &[(char, bool)]) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    for &(c, strong) in chars {
        match runs.last_mut() {
            Some(r) if r.strong == strong => r.text.push(c),
            _ => runs.push(Run {
                text: c.to_string(),
                strong,
            }),
        }
    }
    runs
}

/// Breaks plain text (a table cell) into lines `cap` wide.
pub fn break_text(text: &str, cap: u32) -> Vec<String> {
    let run = [Run {
        text: text.to_string(),
        strong: false,
    }];
    break_runs(&run, cap, cap)
        .into_iter()
        .map(|l| l.into_iter().map(|r| r.text).collect())
        .collect()
}

/// Where a title may break into two lines without splitting a word: after the person
/// or the team, after the year, after the meeting, before the material's name.
const TITLE_BREAKS_AFTER: [&str; 5] = ["同志", "班子", "年度", "生活会", "专题"];

/// A title in lines of about equal length (GB/T 9704 asks for a balanced shape, each
/// line a whole phrase): two lines break between phrases where the two come out most
/// even; otherwise the lines are made as even as the width allows.
pub fn title_lines(text: &str) -> Vec<String> {
    let total = width(text);
    let n = total.div_ceil(TITLE_WIDTH).max(1);
    if n == 2 {
        let best = TITLE_BREAKS_AFTER
            .iter()
            .flat_map(|w| text.match_indices(w).map(move |(i, _)| i + w.len()))
            .filter(|&at| at < text.len())
            .map(|at| (width(&text[..at]), at))
            .filter(|&(w, _)| w <= TITLE_WIDTH && total - w <= TITLE_WIDTH)
            .min_by_key(|&(w, _)| w.abs_diff(total - w));
        if let Some((_, at)) = best {
            return vec![text[..at].to_string(), text[at..].to_string()];
        }
    }
    // The narrowest lines that still make `n` of them.
    let mut cap = total.div_ceil(n);
    while n > 1 && cap < TITLE_WIDTH {
        let lines = break_text(text, cap);
        if lines.len() as u32 == n {
            return lines;
        }
        cap += EM / 2;
    }
    break_text(text, TITLE_WIDTH)
}

/// Lines that go on a page together, and whether they stay with what follows.
struct Unit {
    lines: Vec<Line>,
    /// The lines are not split over two pages.
    together: bool,
    /// The last line stays on a page with the next unit's first line (headings).
    keep: bool,
    /// Never opens a page on its own: the 附件说明 and the 署名 take the last two lines
    /// of text with them to a new page (GB/T 9704 does not leave the signature alone).
    tail: bool,
}

fn plain(text: String) -> Vec<Run> {
    vec![Run {
        text,
        strong: false,
    }]
}

fn line(style: Style, runs: Vec<Run>) -> Line {
    Line {
        style,
        runs,
        indent: false,
        justify: false,
        right: None,
        section: None,
    }
}

fn blank() -> Unit {
    Unit {
        lines: vec![line(Style::Blank, Vec::new())],
        together: true,
        keep: false,
        tail: false,
    }
}

/// A paragraph's lines: the first indented, all but the last spread to the width.
fn paragraph(style: Style, runs: &[Run], section: Option<Section>) -> Vec<Line> {
    let broken = break_runs(runs, LINE_WIDTH - INDENT, LINE_WIDTH);
    let n = broken.len();
    broken
        .into_iter()
        .enumerate()
        .map(|(i, runs)| Line {
            style,
            runs,
            indent: i == 0,
            justify: i + 1 < n,
            right: None,
            section: if i == 0 { section.clone() } else { None },
        })
        .collect()
}

fn units(doc: &Document) -> Vec<Unit> {
    let mut out = Vec::new();
    let centred = |style, lines: Vec<String>| Unit {
        lines: lines.into_iter().map(|l| line(style, plain(l))).collect(),
        together: true,
        keep: true,
        tail: false,
    };
    out.push(centred(Style::Title, title_lines(&doc.title)));
    out.push(blank());
    if let Some(s) = &doc.subtitle {
        out.push(centred(Style::Subtitle, break_text(s, LINE_WIDTH)));
        out.push(blank());
    }
    for b in &doc.blocks {
        match b {
            Block::Heading {
                level,
                number,
                text,
                section,
            } => out.push(Unit {
                lines: paragraph(
                    Style::Heading(*level),
                    &plain(format!("{number}{text}")),
                    section.clone(),
                ),
                together: true,
                keep: true,
                tail: false,
            }),
            Block::Paragraph(runs) => out.push(Unit {
                lines: paragraph(Style::Body, runs, None),
                together: false,
                keep: false,
                tail: false,
            }),
            Block::Note(text) => {
                out.push(blank());
                out.push(Unit {
                    lines: paragraph(Style::Body, &plain(text.clone()), None),
                    together: true,
                    keep: false,
                    tail: true,
                });
            }
            Block::Signature { name, date } => {
                out.push(blank());
                let lines = signature(name, date.as_deref())
                    .into_iter()
                    .map(|(text, right)| Line {
                        right: Some(right),
                        ..line(Style::Signature, plain(text))
                    })
                    .collect();
                out.push(Unit {
                    lines,
                    together: true,
                    keep: false,
                    tail: true,
                });
            }
        }
    }
    out
}

/// The 署名 and the date, each with the space it keeps at the right (in `EM`ths): the
/// wider of the two ends four characters from the right, the other is centred over or
/// under it.
pub fn signature(name: &str, date: Option<&str>) -> Vec<(String, u32)> {
    let wide = width(name).max(date.map_or(0, width));
    std::iter::once(name)
        .chain(date)
        .map(|s| (s.to_string(), SIGNATURE_RIGHT + (wide - width(s)) / 2))
        .collect()
}

/// How many lines a unit needs on the page it starts: all of it when it stays together,
/// else one; for a heading also what it stays with.
fn needs(units: &[Unit], at: usize) -> usize {
    let mut n = 0;
    for u in &units[at..] {
        if u.keep {
            n += u.lines.len();
            continue;
        }
        n += if u.together { u.lines.len() } else { 1 };
        break;
    }
    n
}

/// The material's pages: the body on portrait pages, then the attachment on landscape
/// ones. A heading never ends a page (it moves on with the line after it), a page is
/// never started with an empty line, lines kept together are not split, and the 署名
/// never opens a page without text before it.
pub fn paginate(doc: &Document) -> Vec<Page> {
    let units = units(doc);
    let mut pages: Vec<Vec<Line>> = Vec::new();
    let mut page: Vec<Line> = Vec::new();
    for (at, unit) in units.iter().enumerate() {
        if unit.lines.len() == 1 && unit.lines[0].style == Style::Blank {
            if !page.is_empty() && page.len() < LINES_PER_PAGE {
                page.push(unit.lines[0].clone());
            }
            continue;
        }
        let need = needs(&units, at);
        if !page.is_empty() && page.len() + need > LINES_PER_PAGE && need <= LINES_PER_PAGE {
            let mut moved = Vec::new();
            if unit.tail {
                // The last two lines of text come along (with the empty lines between),
                // and so does a heading they would leave at the foot of the page.
                let mut texts = 0;
                while page.len() > 1 {
                    let last = &page[page.len() - 1];
                    let heading = matches!(last.style, Style::Heading(_));
                    if texts >= 2 && !heading {
                        break;
                    }
                    if last.style != Style::Blank {
                        texts += 1;
                    }
                    moved.insert(0, page.pop().unwrap_or_else(|| unreachable!()));
                }
                while moved.first().is_some_and(|l| l.style == Style::Blank) {
                    moved.remove(0);
                }
            }
            pages.push(std::mem::replace(&mut page, moved));
        }
        for l in &unit.lines {
            if page.len() == LINES_PER_PAGE {
                pages.push(std::mem::take(&mut page));
            }
            page.push(l.clone());
        }
    }
    // The last page does not end on empty lines.
    while page.last().is_some_and(|l| l.style == Style::Blank) {
        page.pop();
    }
    if !page.is_empty() || pages.is_empty() {
        pages.push(page);
    }
    let mut out: Vec<Page> = pages
        .into_iter()
        .enumerate()
        .map(|(i, lines)| Page {
            number: i + 1,
            content: Content::Text(lines),
        })
        .collect();
    if let Some(a) = &doc.attachment {
        for t in table_pages(a) {
            out.push(Page {
                number: out.len() + 1,
                content: Content::Table(t),
            });
        }
    }
    out
}

/// The 整改清单 alone on its landscape pages, numbered from 1 (printed on its own).
pub fn paginate_attachment(doc: &Document) -> Vec<Page> {
    doc.attachment
        .as_ref()
        .map(table_pages)
        .unwrap_or_default()
        .into_iter()
        .enumerate()
        .map(|(i, t)| Page {
            number: i + 1,
            content: Content::Table(t),
        })
        .collect()
}

/// The 整改清单 on landscape pages: the 附件 mark and title on the first, the header row
/// on every one; a row moves on whole to the next page, unless it is taller than a page.
pub fn table_pages(a: &Attachment) -> Vec<TablePage> {
    let cells = |texts: &[String]| Row {
        cells: texts
            .iter()
            .zip(&a.widths)
            .map(|(t, w)| break_text(t, w * EM))
            .collect(),
    };
    let header = cells(&a.header);
    let new_page = |first: bool| TablePage {
        first,
        title: a.title.clone(),
        header: header.clone(),
        widths: a.widths.clone(),
        rows: Vec::new(),
    };
    // The 附件 mark, the title and the line under it.
    let room = |first: bool| TABLE_AREA - header.height() - if first { 3 * GRID_LINE } else { 0 };
    let mut pages = Vec::new();
    let mut page = new_page(true);
    let mut used = 0;
    for r in &a.rows {
        let mut row = cells(r);
        loop {
            let left = room(page.first) - used;
            if row.height() <= left {
                used += row.height();
                page.rows.push(row);
                break;
            }
            let whole_fits_a_page = row.height() <= room(false);
            let no_line_fits = left < TABLE_LINE + CELL_EXTRA;
            if !page.rows.is_empty() && (whole_fits_a_page || no_line_fits) {
                pages.push(std::mem::replace(&mut page, new_page(false)));
                used = 0;
                continue;
            }
            // Taller than a page: what fits here, the rest on the next.
            let fit = ((left - CELL_EXTRA) / TABLE_LINE).max(1) as usize;
            let rest = Row {
                cells: row
                    .cells
                    .iter_mut()
                    .map(|c| c.split_off(fit.min(c.len())))
                    .collect(),
            };
            page.rows.push(row);
            pages.push(std::mem::replace(&mut page, new_page(false)));
            used = 0;
            row = rest;
        }
    }
    pages.push(page);
    pages
}

/// All lines of the material's portrait pages as text, one a line, pages apart by a
/// blank line (for tests and checks of the layout).
pub fn page_texts(pages: &[Page]) -> Vec<Vec<String>> {
    pages
        .iter()
        .map(|p| match &p.content {
            Content::Text(lines) => lines.iter().map(Line::text).collect(),
            Content::Table(t) => t
                .rows
                .iter()
                .map(|r| {
                    r.cells
                        .iter()
                        .map(|c| c.concat())
                        .collect::<Vec<_>>()
                        .join("|")
                })
                .collect(),
        })
        .collect()
}

/// What a browser's print engine can do with the material's pages, from the Chromium
/// version of its engine (None for another engine: Firefox).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PrintEngine {
    /// Named pages (CSS `page`, Chromium 85): the 整改清单 on landscape pages. Chromium
    /// 81 claims the property but prints no named pages, so the version decides; for
    /// another engine, None: ask the browser (`CSS.supports`).
    pub landscape: Option<bool>,
    /// Portrait and landscape pages in one job, each at its size. Before Chromium 117 a
    /// kernel lays every page out at the first page's width and shrinks the whole print
    /// to about 70 % (printed in real headless Chromium 86, 92, 110 and 116; 117, 118,
    /// 119, 123 and 156 print each page at its size).
    pub mixed: bool,
}

/// The first Chromium that prints named pages.
pub const LANDSCAPE_FROM: u32 = 85;

/// The first Chromium seen to print portrait and landscape pages in one job.
pub const MIXED_PAGES_FROM: u32 = 117;

impl PrintEngine {
    /// The engine a user agent names: its Chromium version (`Chrome/NN`, which Chrome,
    /// Edge and the domestic browsers built on Chromium carry).
    pub fn of_user_agent(ua: &str) -> PrintEngine {
        let chromium = ua.find("Chrome/").and_then(|at| {
            ua[at + "Chrome/".len()..]
                .split('.')
                .next()?
                .parse::<u32>()
                .ok()
        });
        match chromium {
            Some(v) => PrintEngine {
                landscape: Some(v >= LANDSCAPE_FROM),
                mixed: v >= MIXED_PAGES_FROM,
            },
            None => PrintEngine {
                landscape: None,
                mixed: true,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_print_engine_follows_the_chromium_version() {
        let ua = |v: &str| {
            format!("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v} Safari/537.36")
        };
        let of = |v: &str| PrintEngine::of_user_agent(&ua(v));
        assert_eq!(
            of("81.0.4044.0"),
            PrintEngine {
                landscape: Some(false),
                mixed: false
            }
        );
        assert_eq!(
            of("86.0.4240.0"),
            PrintEngine {
                landscape: Some(true),
                mixed: false
            }
        );
        assert_eq!(
            of("116.0.5845.0"),
            PrintEngine {
                landscape: Some(true),
                mixed: false
            }
        );
        assert_eq!(
            of("117.0.5938.0"),
            PrintEngine {
                landscape: Some(true),
                mixed: true
            }
        );
        // Edge names its Chromium too; Firefox names none.
        let edge = format!("{} Edg/110.0.1587.41", ua("110.0.0.0"));
        assert!(!PrintEngine::of_user_agent(&edge).mixed);
        let firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
        assert_eq!(
            PrintEngine::of_user_agent(firefox),
            PrintEngine {
                landscape: None,
                mixed: true
            }
        );
    }
    use crate::domain::checklist::Checklist;
    use crate::domain::draft::MaterialKind;
    use crate::domain::render::render;
    use crate::domain::sample;

    fn runs(s: &str) -> Vec<Run> {
        plain(s.to_string())
    }

    fn texts(lines: &[Vec<Run>]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.iter().map(|r| r.text.as_str()).collect())
            .collect()
    }

    #[test]
    fn the_font_chains_are_the_style_sheets() {
        let css = include_str!("../../../style/app.css");
        for (role, var) in [
            (FontRole::Body, "--font-fangsong"),
            (FontRole::Title, "--font-title"),
            (FontRole::Hei, "--font-hei"),
            (FontRole::Kai, "--font-kai"),
        ] {
            let line = css
                .lines()
                .find(|l| l.trim_start().starts_with(var))
                .unwrap_or_else(|| panic!("{var}"));
            let faces: Vec<&str> = line
                .split(':')
                .nth(1)
                .unwrap()
                .split(',')
                .map(|f| f.trim().trim_end_matches(';').trim_matches('"'))
                .filter(|f| !matches!(*f, "serif" | "sans-serif"))
                .collect();
            let chain = FONT_CHAINS.iter().find(|(r, _)| *r == role).unwrap().1;
            assert_eq!(faces, chain, "{var}");
        }
    }

    #[test]
    fn a_line_holds_28_characters_and_the_first_26() {
        let s = "一二三四五六七八九十".repeat(8);
        let lines = texts(&break_runs(&runs(&s), LINE_WIDTH - INDENT, LINE_WIDTH));
        assert_eq!(lines[0].chars().count(), 26);
        assert_eq!(lines[1].chars().count(), 28);
        assert_eq!(lines.concat(), s);
    }

    #[test]
    fn no_line_starts_with_a_closing_mark_or_ends_with_an_opening_one() {
        // The 29th character is a comma: the 28th goes down with it.
        let s = format!("{}，后文", "字".repeat(28));
        let lines = texts(&break_runs(&runs(&s), LINE_WIDTH, LINE_WIDTH));
        assert_eq!(lines, [&"字".repeat(27), "字，后文"]);
        let s = format!("{}“引文”", "字".repeat(27));
        let lines = texts(&break_runs(&runs(&s), LINE_WIDTH, LINE_WIDTH));
        assert_eq!(lines, [&"字".repeat(27), "“引文”"]);
        // An ASCII number stays whole.
        let s = format!("{}2022年", "字".repeat(27));
        let lines = texts(&break_runs(&runs(&s), LINE_WIDTH, LINE_WIDTH));
        assert_eq!(lines, [&"字".repeat(27), "2022年"]);
    }

    #[test]
    fn bold_leads_stay_bold_across_a_break() {
        let r = vec![
            Run {
                text: "一是".repeat(15),
                strong: true,
            },
            Run {
                text: "正文".into(),
                strong: false,
            },
        ];
        let lines = break_runs(&r, LINE_WIDTH, LINE_WIDTH);
        assert_eq!(lines.len(), 2);
        assert!(lines[0].iter().all(|r| r.strong));
        assert_eq!(lines[1][0].text, "一是");
        assert!(lines[1][0].strong && !lines[1][1].strong);
    }

    #[test]
    fn a_long_title_breaks_between_phrases_as_evenly_as_it_can() {
        assert_eq!(
            title_lines("某市生态环境局党组领导班子2022年度民主生活会对照检查材料"),
            [
                "某市生态环境局党组领导班子",
                "2022年度民主生活会对照检查材料"
            ]
        );
        assert_eq!(
            title_lines("王明同志2022年度民主生活会个人对照检查材料"),
            ["王明同志2022年度", "民主生活会个人对照检查材料"]
        );
        // No phrase break fits: lines of about equal width.
        let t = "某某某某某某某某某某某某某某某某某某某某某某某某某某";
        let lines = title_lines(t);
        assert_eq!(lines.len(), 2);
        assert!(
            width(&lines[0]).abs_diff(width(&lines[1])) <= EM,
            "{lines:?}"
        );
        assert_eq!(lines.concat(), t);
        // A short title stays on one line.
        assert_eq!(title_lines("对照检查材料"), ["对照检查材料"]);
    }

    fn long(kind: MaterialKind) -> Document {
        let c = Checklist::for_year(2022);
        let mut d = sample::complete(kind, c);
        // About 20 pages: every problem's detail written five times over.
        for p in &mut d.problems {
            p.detail = p.detail.repeat(5);
        }
        render(&d, c)
    }

    #[test]
    fn pages_hold_22_lines_and_headings_never_end_a_page() {
        for kind in [MaterialKind::Individual, MaterialKind::Team] {
            let doc = long(kind);
            let pages = paginate(&doc);
            let text: Vec<&Vec<Line>> = pages
                .iter()
                .filter_map(|p| match &p.content {
                    Content::Text(l) => Some(l),
                    Content::Table(_) => None,
                })
                .collect();
            assert!(text.len() >= 10, "{} pages", text.len());
            for (n, lines) in text.iter().enumerate() {
                assert!(lines.len() <= LINES_PER_PAGE);
                assert_ne!(lines[0].style, Style::Blank, "page {} starts empty", n + 1);
                let last = lines.last().unwrap();
                assert!(
                    !matches!(last.style, Style::Heading(_)),
                    "page {} ends with the heading {}",
                    n + 1,
                    last.text()
                );
                if let Some(next) = text.get(n + 1) {
                    page_ends_well(n, lines, next);
                }
            }
            // Every character of the body is on a page, in order.
            let body: String = doc
                .blocks
                .iter()
                .map(|b| match b {
                    Block::Heading { number, text, .. } => format!("{number}{text}"),
                    Block::Paragraph(r) => r.iter().map(|r| r.text.as_str()).collect(),
                    Block::Note(t) => t.clone(),
                    Block::Signature { name, date } => {
                        format!("{name}{}", date.clone().unwrap_or_default())
                    }
                })
                .collect();
            let laid: String = text.iter().flat_map(|l| l.iter().map(Line::text)).collect();
            assert_eq!(
                laid,
                format!("{}{}", doc.title, doc.subtitle.unwrap_or_default()) + &body
            );
            // Page numbers follow on into the attachment.
            for (i, p) in pages.iter().enumerate() {
                assert_eq!(p.number, i + 1);
            }
        }
    }

    /// A page (the `n`th, 0-based) before `next` is full, or short as a rule allows:
    /// at most two lines before a heading, unless headings moving on with their first
    /// line need more; or the signature with the last lines of text moved on.
    fn page_ends_well(n: usize, lines: &[Line], next: &[Line]) {
        // A page before a heading is at most two lines short, unless the
        // headings moving on with their first line need more than three.
        let chain = 1 + next
            .iter()
            .take_while(|l| matches!(l.style, Style::Heading(_)))
            .count();
        if chain > 1 {
            assert!(
                LINES_PER_PAGE - lines.len() <= 2.max(chain - 1),
                "page {} short: {:?} before {:?}",
                n + 1,
                lines.iter().map(Line::text).collect::<Vec<_>>(),
                next.iter().map(Line::text).collect::<Vec<_>>()
            );
        }
        // Otherwise a page is full, unless a heading, or the signature
        // with the last lines of text, moved on.
        // (the 署名 takes the last two lines of text with it, the 附件说明
        // among them, and the empty lines between)
        let texts_before_signature = next
            .iter()
            .take_while(|l| l.style != Style::Signature)
            .filter(|l| l.style != Style::Blank)
            .count();
        let signature_moved = next.iter().any(|l| l.style == Style::Signature)
            && (LINES_PER_PAGE - lines.len() <= 4 || texts_before_signature <= 2);
        if next[0].style != Style::Heading(1) && lines.len() < LINES_PER_PAGE {
            assert!(
                matches!(next[0].style, Style::Heading(_) | Style::Signature)
                    || lines.last().unwrap().style == Style::Blank
                    || signature_moved,
                "page {} short before {}",
                n + 1,
                next[0].text()
            );
        }
    }

    #[test]
    fn the_attachment_repeats_its_header_and_keeps_rows_whole() {
        let doc = long(MaterialKind::Team);
        let mut a = doc.attachment.clone().unwrap();
        // Enough rows for three pages.
        let rows = a.rows.clone();
        for _ in 0..6 {
            a.rows.extend(rows.iter().cloned());
        }
        for (i, r) in a.rows.iter_mut().enumerate() {
            r[0] = (i + 1).to_string();
        }
        let pages = table_pages(&a);
        assert!(pages.len() >= 3, "{} pages", pages.len());
        assert!(pages[0].first && pages[1..].iter().all(|p| !p.first));
        let mut seen = 0;
        for p in &pages {
            assert_eq!(p.header.cells[0], ["序号"]);
            let used: u32 = p.header.height()
                + p.rows.iter().map(Row::height).sum::<u32>()
                + if p.first { 3 * GRID_LINE } else { 0 };
            assert!(used <= TABLE_AREA, "{used}");
            for r in &p.rows {
                seen += 1;
                // Whole rows: the number cell says which.
                assert_eq!(r.cells[0], [seen.to_string()]);
            }
        }
        assert_eq!(seen, a.rows.len());
        // A cell never overflows its column.
        for p in &pages {
            for r in &p.rows {
                for (c, w) in r.cells.iter().zip(&p.widths) {
                    assert!(c.iter().all(|l| width(l) <= w * EM), "{c:?}");
                }
            }
        }
    }

    #[test]
    fn a_row_taller_than_a_page_goes_on_over_the_next() {
        let doc = long(MaterialKind::Individual);
        let base = doc.attachment.clone().unwrap();
        let text = "很长的整改措施".repeat(200);
        // Alone, and after rows that leave the page from nearly full to nearly empty.
        for before in 0..12 {
            let mut a = base.clone();
            a.rows = base.rows.iter().cycle().take(before).cloned().collect();
            let mut tall = base.rows[0].clone();
            tall[2] = text.clone();
            a.rows.push(tall);
            let pages = table_pages(&a);
            assert!(pages.len() >= 2);
            for p in &pages {
                let used: u32 = p.header.height()
                    + p.rows.iter().map(Row::height).sum::<u32>()
                    + if p.first { 3 * GRID_LINE } else { 0 };
                assert!(used <= TABLE_AREA, "{before} rows before: {used}");
            }
            let all: String = pages
                .iter()
                .flat_map(|p| p.rows.iter().map(|r| r.cells[2].concat()))
                .skip(before)
                .collect();
            assert_eq!(all, text, "{before} rows before");
        }
    }

    #[test]
    fn the_signature_never_stands_alone_on_a_page() {
        // A closing paragraph of every length from 1 to 44 lines: wherever the page
        // breaks, the signature's page has a line of the material's text.
        for n in 1..=44 {
            let doc = Document {
                title: "标题".into(),
                subtitle: None,
                blocks: vec![
                    Block::Heading {
                        level: 1,
                        number: "一、".into(),
                        text: "表态".into(),
                        section: None,
                    },
                    Block::Paragraph(plain("字".repeat(28 * n - 2))),
                    Block::Note("附件：整改清单".into()),
                    Block::Signature {
                        name: "王明".into(),
                        date: Some("2023年1月12日".into()),
                    },
                ],
                attachment: None,
            };
            let pages = paginate(&doc);
            let Content::Text(last) = &pages.last().unwrap().content else {
                panic!()
            };
            assert!(
                last.iter()
                    .any(|l| l.style == Style::Body && l.text().starts_with('字')),
                "{n} lines: {:?}",
                last.iter().map(Line::text).collect::<Vec<_>>()
            );
            for p in &pages {
                let Content::Text(lines) = &p.content else {
                    panic!()
                };
                assert!(lines.len() <= LINES_PER_PAGE);
                assert_ne!(lines[0].style, Style::Blank);
                assert!(!matches!(lines.last().unwrap().style, Style::Heading(_)));
            }
            let text: String = pages
                .iter()
                .flat_map(|p| match &p.content {
                    Content::Text(l) => l.iter().map(Line::text).collect::<Vec<_>>(),
                    Content::Table(_) => Vec::new(),
                })
                .collect();
            assert_eq!(
                text,
                format!(
                    "标题一、表态{}附件：整改清单王明2023年1月12日",
                    "字".repeat(28 * n - 2)
                )
            );
        }
    }

    #[test]
    fn the_signature_ends_four_characters_from_the_right_centred_over_the_date() {
        let doc = Document {
            title: "标题".into(),
            subtitle: None,
            blocks: vec![Block::Signature {
                name: "王明".into(),
                date: Some("2023年1月12日".into()),
            }],
            attachment: None,
        };
        let pages = paginate(&doc);
        let Content::Text(lines) = &pages[0].content else {
            panic!()
        };
        let date = lines.last().unwrap();
        assert_eq!(date.text(), "2023年1月12日");
        assert_eq!(date.right, Some(SIGNATURE_RIGHT));
        let name = &lines[lines.len() - 2];
        assert_eq!(
            name.right,
            Some(SIGNATURE_RIGHT + (width("2023年1月12日") - width("王明")) / 2)
        );
    }
}
