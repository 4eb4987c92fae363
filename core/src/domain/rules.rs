//! The text rules behind the quality checks: word lists as data
//! (`data/checks.json`, embedded at build time) and the small text tests made from
//! them. Each test answers one question a 组织部门 reviewer asks of a paragraph.

use super::draft::MaterialKind;

/// The word lists, as `data/checks.json` holds them.
#[derive(Debug)]
pub struct Rules {
    /// Set phrases that, without a fact, make a problem boilerplate.
    pub set_phrases: &'static [&'static str],
    /// Words that mark a concrete example or occasion.
    pub example_markers: &'static [&'static str],
    /// Characters before 时 that make a word, not an occasion (及时, 同时, 按时).
    pub not_occasion_before_shi: &'static [&'static str],
    /// Fixed political terms with a number in them (两个确立, 八项规定): not figures.
    pub political_number_terms: &'static [&'static str],
    /// Idioms with a numeral in them (一刀切, 三令五申): not figures either.
    pub numeral_idioms: &'static [&'static str],
    /// Words of achievement or praise.
    pub praise_words: &'static [&'static str],
    /// Strengths dressed up as faults (要求过高, 加班加点): praise all the same.
    pub disguised_praise: &'static [&'static str],
    /// Words that open a hope or a suggestion (希望, 建议) at the start of a sentence
    /// or clause: criticism that only wishes (以希望代替批评).
    pub wish_openers: &'static [&'static str],
    /// Phrases of a hope addressed to someone, anywhere (希望你, 今后要, 进一步加强).
    pub wish_phrases: &'static [&'static str],
    /// Words that state a shortcoming.
    pub shortcoming_words: &'static [&'static str],
    /// Words by which an individual owns a problem (我, 本人).
    pub own_words_individual: &'static [&'static str],
    /// Words by which a team owns a problem (班子, 党组, 我们).
    pub own_words_team: &'static [&'static str],
    /// Subjects that are someone else: the team, a section, some colleagues.
    pub others_subjects: &'static [&'static str],
    /// The first person singular.
    pub singular_first_person: &'static [&'static str],
    /// Words with 我 in them that are not the writer (自我批评, 我为群众办实事).
    pub not_first_person: &'static [&'static str],
    /// What may follow 我 and make it plural or the unit (我们, 我局).
    pub plural_first_person_after_wo: &'static [&'static str],
    /// Objective reasons offered as causes: workload, conditions, higher levels.
    pub objective_excuses: &'static [&'static str],
    /// Words that reject an objective reason as an excuse (借口, 为由).
    pub excuse_rejections: &'static [&'static str],
    /// Words of a subjective, ideological root (理想信念, 党性, 宗旨).
    pub root_words: &'static [&'static str],
    /// Words that make a measure checkable: a frequency, a time, a quantity, a deliverable.
    pub measure_checkable: &'static [&'static str],
    /// Relative year words, ambiguous in a material read in another year.
    pub relative_years: &'static [&'static str],
    /// Half-width punctuation that Chinese text writes full width.
    pub half_width_punct: &'static [&'static str],
    /// The ground each theme of an aspect covers, as `theme:word` (政治:请示报告): a
    /// problem moved to another checklist goes to the aspect whose themes its words
    /// name most.
    pub theme_words: &'static [&'static str],
    /// The usual number of problems under one aspect (reference §2.2: 2–3).
    pub usual_problems_per_aspect: u32,
}

// A struct literal of every list, written by build.rs: a list missing from the file
// or not known here does not compile.
include!(concat!(env!("OUT_DIR"), "/rules_data.rs"));

/// The word lists.
pub fn rules() -> &'static Rules {
    &RULES
}

fn any_in(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.contains(w))
}

/// The text with fixed terms and idioms that contain numerals taken out.
pub fn without_fixed_terms(text: &str) -> String {
    let r = rules();
    let mut t = text.to_string();
    for w in r.political_number_terms.iter().chain(r.numeral_idioms) {
        if t.contains(*w) {
            t = t.replace(*w, "　");
        }
    }
    t
}

/// Whether the text has a figure: a digit, or a Chinese numeral with a measure word
/// (三次, 两个月), not counting fixed terms such as 两个确立 or 八项规定.
pub fn has_number(text: &str) -> bool {
    has_figure(&without_fixed_terms(text))
}

/// [`has_number`] of a text whose fixed terms are already taken out.
fn has_figure(t: &str) -> bool {
    if t.chars()
        .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
    {
        return true;
    }
    const NUMS: &str = "一二两三四五六七八九十百千半";
    const MEASURES: &str = "次个项件人名天月年周批场份条家所户元万篇期轮遍趟起处台辆";
    let cs: Vec<char> = t.chars().collect();
    // 一个, and 一 after 每/这/那/某/同/又/再 (每一件, 同一个, 又一次) are no figure.
    let not_a_figure = |i: usize| {
        cs[i] == '一' && (cs[i + 1] == '个' || i > 0 && "每这那某同又再".contains(cs[i - 1]))
    };
    (0..cs.len().saturating_sub(1))
        .any(|i| NUMS.contains(cs[i]) && MEASURES.contains(cs[i + 1]) && !not_a_figure(i))
}

/// Whether the text has a concrete fact: a figure, an example marker, or an occasion
/// ("研究执法装备采购时，…": 时 closing a clause, not 及时, 同时 and the like).
pub fn is_concrete(text: &str) -> bool {
    has_number(text) || any_in(text, rules().example_markers) || has_occasion(text)
}

fn has_occasion(text: &str) -> bool {
    let not_before = rules().not_occasion_before_shi;
    text.match_indices("时，").any(|(at, _)| {
        let before = text[..at].chars().next_back();
        before.is_some_and(|c| !not_before.iter().any(|w| w.starts_with(c)))
    })
}

/// Whether the writer owns the text: 我/本人 for an individual, 班子/党组/我们 for a team.
pub fn owned(text: &str, kind: MaterialKind) -> bool {
    let r = rules();
    match kind {
        MaterialKind::Individual => any_in(text, r.own_words_individual),
        MaterialKind::Team => any_in(text, r.own_words_team),
    }
}

/// A problem that is only set phrases: no fact of its own, or set phrases that no
/// one owns.
pub fn is_boilerplate(summary: &str, detail: &str, kind: MaterialKind) -> bool {
    let text = format!("{summary}{detail}");
    let set = any_in(&text, rules().set_phrases);
    !is_concrete(&text) || (set && !owned(&text, kind))
}

/// A problem that reports achievements or praise and states no shortcoming, or a
/// strength dressed up as a fault (明批暗褒: 要求过高, 加班加点).
pub fn is_achievement(text: &str) -> bool {
    let r = rules();
    (any_in(text, r.praise_words) && !any_in(text, r.shortcoming_words))
        || any_in(text, r.disguised_praise)
}

/// Criticism that only hopes or suggests (希望你今后…, 建议在工作中…) and names no
/// shortcoming (以希望代替批评): a wish opens a sentence or a clause, or is addressed
/// to someone, and no word of a shortcoming follows. 建议 as a noun inside a clause
/// (对基层提出的建议一概搁置) is not a wish.
pub fn is_wish(text: &str) -> bool {
    let r = rules();
    if any_in(text, r.shortcoming_words) {
        return false;
    }
    let opens = text
        .split(['，', '。', '；', '：', '！', ',', ';'])
        .any(|clause| {
            r.wish_openers
                .iter()
                .any(|w| clause.trim_start().starts_with(w))
        });
    opens || any_in(text, r.wish_phrases)
}

/// In an individual material: a problem whose subject is someone else (班子, 分管科室,
/// 部分同志) and that the writer does not own with 我/本人.
pub fn is_others_problem(text: &str) -> bool {
    let r = rules();
    // 我县, 我局 name the unit, not the writer.
    let own = is_first_person_singular(text) || any_in(text, &r.own_words_individual[1..]);
    !own && any_in(text, r.others_subjects)
}

/// The text without what stands inside quotation marks (“我讲你听” is not the writer).
fn without_quotes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0u32;
    for c in text.chars() {
        match c {
            '“' => depth += 1,
            '”' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// In a team material: a problem whose subject is a section, a subordinate unit or
/// some colleagues, and that the team does not own (以下级代替班子).
pub fn is_subordinates_problem(text: &str) -> bool {
    let r = rules();
    !any_in(text, r.own_words_team)
        && r.others_subjects
            .iter()
            .filter(|w| {
                !r.own_words_team
                    .iter()
                    .any(|t| w.contains(t) || t.contains(**w))
            })
            .any(|w| text.contains(w))
}

/// In a team material: a problem written as 我 (not 我们, 我局 and the like).
pub fn is_first_person_singular(text: &str) -> bool {
    let r = rules();
    let mut text = without_quotes(text);
    for w in r.not_first_person {
        text = text.replace(*w, "　");
    }
    let text = text.as_str();
    for w in r.singular_first_person {
        for (at, _) in text.match_indices(*w) {
            let rest = &text[at + w.len()..];
            if !r
                .plural_first_person_after_wo
                .iter()
                .any(|p| rest.starts_with(*p))
            {
                return true;
            }
        }
    }
    false
}

/// A cause that blames workload, conditions or higher levels and does not reject
/// them as an excuse, or that names no subjective root and no one who owns it.
pub fn is_objective_cause(text: &str, kind: MaterialKind) -> bool {
    let r = rules();
    (any_in(text, r.objective_excuses) && !any_in(text, r.excuse_rejections))
        || (!has_root(text) && !owned(text, kind))
}

/// Whether a cause reaches a subjective root (理想信念, 党性, 宗旨 …).
pub fn has_root(text: &str) -> bool {
    any_in(text, rules().root_words)
}

/// A cause that only restates its problem: nearly its words, or close to them with
/// no root of its own.
pub fn restates(cause: &str, problem: &str) -> bool {
    let s = similarity(cause, problem);
    s >= 0.6 || (s >= 0.3 && !has_root(cause))
}

/// A measure with nothing to check it by: no figure, frequency, time or deliverable.
pub fn is_vague_measure(text: &str) -> bool {
    // 以上率下 holds 以上, 一件一件 a numeral: idioms check nothing.
    let text = without_fixed_terms(text);
    !has_figure(&text) && !any_in(&text, rules().measure_checkable)
}

/// The first relative year word in the text (今年, 明年), if any.
pub fn relative_year(text: &str) -> Option<&'static str> {
    rules()
        .relative_years
        .iter()
        .find(|w| text.contains(*w))
        .copied()
}

/// Whether a text still holds a blank to fill: 【待补】, or the marks people type for
/// one: ×× (or XX, ＸＸ, ○○), an ellipsis for a count (…次, ……个), （填写）.
pub fn has_placeholder(text: &str) -> bool {
    if text.contains(super::draft::PLACEHOLDER) {
        return true;
    }
    const MARKS: [&str; 7] = ["××", "ＸＸ", "○○", "（填写", "(填写", "（待填", "（此处"];
    if MARKS.iter().any(|m| text.contains(m)) {
        return true;
    }
    let cs: Vec<char> = text.chars().collect();
    const COUNTED: &str = "次个项件人名天月年条家处场篇元户";
    cs.windows(2).enumerate().any(|(i, w)| {
        let ellipsis_count = (w[0] == '…' || w[0] == '⋯') && COUNTED.contains(w[1]);
        // XX beside Chinese (XX县, 第XX次), not in a Latin word.
        let xx = w == ['X', 'X']
            && (cs.get(i + 2).is_some_and(|c| is_cjk(*c))
                || i.checked_sub(1)
                    .and_then(|j| cs.get(j))
                    .is_some_and(|c| is_cjk(*c)));
        ellipsis_count || xx
    })
}

/// How many words of these themes a text names (each word once).
pub fn theme_score(text: &str, themes: &[String]) -> usize {
    rules()
        .theme_words
        .iter()
        .filter_map(|tw| tw.split_once(':'))
        .filter(|(t, w)| themes.iter().any(|x| x == t) && text.contains(w))
        .count()
}

/// The years a text dates its facts by (2022年, 2022 年), in order.
pub fn years_named(text: &str) -> Vec<u32> {
    let cs: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 4 < cs.len() {
        let digits = &cs[i..i + 4];
        let before_digit = i > 0 && cs[i - 1].is_ascii_digit();
        if !before_digit && digits.iter().all(char::is_ascii_digit) {
            let mut j = i + 4;
            while j < cs.len() && cs[j] == ' ' {
                j += 1;
            }
            if j < cs.len() && cs[j] == '年' {
                let y: u32 = digits.iter().collect::<String>().parse().unwrap_or(0);
                if (1990..=2100).contains(&y) {
                    out.push(y);
                }
            }
            i += 4;
        } else {
            i += 1;
        }
    }
    out
}

/// For a problem of the `meeting_year` material: the latest year its facts name when
/// every one is two or more years before the meeting year (a fact from an old
/// material). The year before is the meeting's own working year at its start.
pub fn stale_year(text: &str, meeting_year: u32) -> Option<u32> {
    let latest = years_named(text).into_iter().max()?;
    // An old matter said to be still open (截至目前仍, 至今) is a fact of now.
    const STILL: [&str; 5] = ["截至目前", "至今", "目前仍", "仍未", "到现在"];
    let still = STILL.iter().any(|w| text.contains(w));
    (latest + 2 <= meeting_year && !still).then_some(latest)
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}' | '“' | '”' | '‘' | '’')
}

/// The first half-width punctuation mark next to Chinese text, if any.
pub fn half_width_mark(text: &str) -> Option<char> {
    let marks = rules().half_width_punct;
    let cs: Vec<char> = text.chars().collect();
    for (i, &c) in cs.iter().enumerate() {
        if !marks.iter().any(|m| m.chars().eq(std::iter::once(c))) {
            continue;
        }
        // The nearest non-space characters on each side.
        let before = cs[..i].iter().rev().find(|c| !c.is_whitespace());
        let after = cs[i + 1..].iter().find(|c| !c.is_whitespace());
        let cjk_before = before.is_some_and(|c| is_cjk(*c) && *c != '　');
        let cjk_after = after.is_some_and(|c| is_cjk(*c) && *c != '　');
        // "(1)" or "(2023年)" at the start, or "，" style around Chinese text.
        if cjk_before || cjk_after {
            return Some(c);
        }
    }
    None
}

/// The character bigrams of a text, for similarity: digits and numerals become one
/// symbol (a paragraph reworded only in its numbers stays the same), punctuation and
/// space are dropped. Each bigram is one number (its two characters' code points, 21
/// bits each); the set comes sorted.
fn bigrams(text: &str) -> Vec<u64> {
    const NUMS: &str = "一二两三四五六七八九十百千万0123456789０１２３４５６７８９.%％";
    let cs: Vec<u64> = text
        .chars()
        .filter(|c| c.is_alphanumeric())
        .map(|c| if NUMS.contains(c) { '#' } else { c } as u64)
        .collect();
    let mut out: Vec<u64> = cs.windows(2).map(|w| w[0] << 21 | w[1]).collect();
    // A very short text is compared by its characters.
    if cs.len() == 1 {
        out.push(cs[0] << 21 | cs[0]);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The number of bigrams two sorted sets have in common.
fn common(x: &[u64], y: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// A bigram shared by more texts than this names no pair of them (set phrases, the
/// checklist's own words): the pairs stay linear in the bigrams.
const MANY: usize = 64;

/// The pairs of texts (by place, later first, then earlier) that share a bigram at
/// most [`MANY`] of them have, in order: the only pairs that can be alike (two texts
/// alike share a third of their bigrams or more, never only the commonest ones).
/// Up to `MANY` texts, every pair that shares a bigram. Sorting the bigrams of all
/// texts finds them, instead of comparing every pair.
fn candidates(grams: &[&[u64]]) -> Vec<(usize, usize)> {
    // A bigram (42 bits) and the text's place (22 bits) in one number.
    const PLACE: u64 = (1 << 22) - 1;
    let mut at: Vec<u64> = Vec::new();
    for (i, g) in grams.iter().enumerate() {
        for b in g.iter() {
            at.push(b << 22 | i as u64);
        }
    }
    at.sort_unstable();
    let mut pairs: Vec<u64> = Vec::new();
    for run in at.chunk_by(|a, b| a >> 22 == b >> 22) {
        if run.len() <= MANY {
            for (k, later) in run.iter().enumerate() {
                for earlier in &run[..k] {
                    pairs.push((later & PLACE) << 32 | earlier & PLACE);
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    let mut out = Vec::with_capacity(pairs.len());
    for p in pairs {
        out.push(((p >> 32) as usize, (p & PLACE) as usize));
    }
    out
}

/// How alike two texts are, 0 to 1 (Dice's coefficient over character bigrams, with
/// numbers made equal).
pub fn similarity(a: &str, b: &str) -> f64 {
    let (x, y) = (bigrams(a), bigrams(b));
    if x.is_empty() || y.is_empty() {
        return 0.0;
    }
    2.0 * common(&x, &y) as f64 / (x.len() + y.len()) as f64
}

/// The share of `short`'s bigrams that `long` holds, 0 to 1.
pub fn containment(short: &str, long: &str) -> f64 {
    let (x, y) = (bigrams(short), bigrams(long));
    if x.is_empty() {
        return 0.0;
    }
    common(&x, &y) as f64 / x.len() as f64
}

/// For each problem's text, the first of last year's problems it repeats (年年提):
/// nearly all of last year's words are in it again (last year's problem of 8
/// characters or more). Compared only where they share a bigram few texts have
/// ([`candidates`]).
pub fn repeated(last_year: &[&str], problems: &[String]) -> Vec<Option<usize>> {
    let long_enough = |t: &str| t.chars().filter(|c| c.is_alphanumeric()).count() >= 8;
    let grams: Vec<Vec<u64>> = last_year
        .iter()
        .copied()
        .chain(problems.iter().map(String::as_str))
        .map(bigrams)
        .collect();
    let all: Vec<&[u64]> = grams.iter().map(Vec::as_slice).collect();
    let old = last_year.len();
    let mut found = vec![None; problems.len()];
    for (later, earlier) in candidates(&all) {
        let (Some(p), true) = (later.checked_sub(old), earlier < old) else {
            continue;
        };
        let (x, y) = (&grams[earlier], &grams[later]);
        if found[p].is_none()
            && long_enough(last_year[earlier])
            && !x.is_empty()
            && common(x, y) as f64 / x.len() as f64 >= 0.75
        {
            found[p] = Some(earlier);
        }
    }
    found
}

/// The threshold above which two texts count as the same text used twice.
pub const SAME_TEXT: f64 = 0.62;

/// The characters a comparison looks at: letters and digits, numbers made one symbol.
fn normalized(text: &str) -> Vec<char> {
    const NUMS: &str = "一二两三四五六七八九十百千万0123456789０１２３４５６７８９";
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .map(|c| if NUMS.contains(c) { '#' } else { c })
        .collect()
}

/// The longest common subsequence of two texts over the longer one's length, 0 to 1:
/// high for one paragraph used as a template with a few nouns swapped.
fn lcs_ratio(a: &[char], b: &[char]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let mut prev = vec![0u32; b.len() + 1];
    let mut cur = vec![0u32; b.len() + 1];
    for ca in a {
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = if ca == cb {
                prev[j] + 1
            } else {
                prev[j + 1].max(cur[j])
            };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    f64::from(prev[b.len()]) / a.len().max(b.len()) as f64
}

/// What the same-text comparison needs of a text, computed once.
#[derive(Clone, Debug)]
pub struct Print {
    grams: Vec<u64>,
    chars: Vec<char>,
}

impl Print {
    pub fn new(text: &str) -> Print {
        Print {
            grams: bigrams(text),
            chars: normalized(text),
        }
    }

    /// Whether two texts are the same or nearly the same (both long enough to tell):
    /// alike in their words, or one template with a few words swapped.
    pub fn same(&self, other: &Print) -> bool {
        if self.chars.len() < 12 || other.chars.len() < 12 {
            return false;
        }
        let (x, y) = (&self.grams, &other.grams);
        let s = 2.0 * common(x, y) as f64 / (x.len() + y.len()) as f64;
        s >= SAME_TEXT || (s >= 0.35 && lcs_ratio(&self.chars, &other.chars) >= 0.45)
    }
}

/// For each text of a list, the first earlier one that is the same or nearly the
/// same text (each text's print made once; compared only where they share a bigram
/// few texts have, [`candidates`]).
pub fn earlier_twins(texts: &[String]) -> Vec<Option<usize>> {
    let prints: Vec<Print> = texts.iter().map(|t| Print::new(t)).collect();
    let grams: Vec<&[u64]> = prints.iter().map(|p| p.grams.as_slice()).collect();
    let mut found = vec![None; prints.len()];
    for (later, earlier) in candidates(&grams) {
        if found[later].is_none() && prints[earlier].same(&prints[later]) {
            found[later] = Some(earlier);
        }
    }
    found
}

/// Whether two texts are the same or nearly the same; see [`Print::same`].
pub fn same_text(a: &str, b: &str) -> bool {
    Print::new(a).same(&Print::new(b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// Every problem text of every built-in checklist's samples, and the large draft's
    /// (the same texts many times over, reworded).
    fn many_texts() -> Vec<String> {
        use crate::domain::{checklist, sample, MaterialKind};
        let mut texts = Vec::new();
        for c in checklist::all() {
            for kind in [MaterialKind::Team, MaterialKind::Individual] {
                let d = sample::complete(kind, c);
                texts.extend(
                    d.problems
                        .iter()
                        .map(|p| format!("{}{}", p.summary, p.detail)),
                );
                texts.extend(d.last_year.iter().map(|l| l.problem.clone()));
            }
        }
        let large = sample::large(checklist::all().next().unwrap(), 40_000);
        texts.extend(
            large
                .problems
                .iter()
                .map(|p| format!("{}{}", p.summary, p.detail)),
        );
        texts
    }

    #[test]
    fn up_to_many_texts_every_pair_sharing_a_bigram_is_a_candidate() {
        let texts: Vec<String> = many_texts().into_iter().take(MANY).collect();
        let grams: Vec<Vec<u64>> = texts.iter().map(|t| bigrams(t)).collect();
        let all: Vec<&[u64]> = grams.iter().map(Vec::as_slice).collect();
        let mut want = Vec::new();
        for later in 0..texts.len() {
            for earlier in 0..later {
                if common(&grams[earlier], &grams[later]) > 0 {
                    want.push((later, earlier));
                }
            }
        }
        assert_eq!(candidates(&all), want);
    }

    #[test]
    fn twins_and_repeats_are_those_every_pair_compared_finds() {
        // Far more texts than MANY, with copies and last year's problems planted.
        let mut texts = many_texts();
        let n = texts.len();
        assert!(n > 3 * MANY, "{n}");
        for k in [7, n / 3, n / 2, n - 1] {
            texts[k] = texts[k / 2].replace('。', "，") + "等";
        }
        let last_year: Vec<String> = vec![
            "理论学习不够深入系统".into(),
            texts[11].chars().take(30).collect(),
            "短".into(),
        ];
        texts[n / 4] = format!("我{}，{}", last_year[0], texts[n / 4]);
        let twins = earlier_twins(&texts);
        let prints: Vec<Print> = texts.iter().map(|t| Print::new(t)).collect();
        for (later, found) in twins.iter().enumerate() {
            let want = (0..later).find(|&o| prints[o].same(&prints[later]));
            assert_eq!(*found, want, "text {later}");
        }
        assert!(twins.iter().filter(|t| t.is_some()).count() >= 4);
        let old: Vec<&str> = last_year.iter().map(String::as_str).collect();
        let repeated = repeated(&old, &texts);
        for (p, found) in repeated.iter().enumerate() {
            let want = old.iter().position(|l| {
                l.chars().filter(|c| c.is_alphanumeric()).count() >= 8
                    && containment(l, &texts[p]) >= 0.75
            });
            assert_eq!(*found, want, "problem {p}");
        }
        assert_eq!(repeated[n / 4], Some(0));
        assert_eq!(repeated[11], Some(1));
    }

    #[test]
    fn the_word_lists_load_and_have_no_empty_or_repeated_word() {
        let r = rules();
        for (name, list) in [
            ("set_phrases", r.set_phrases),
            ("example_markers", r.example_markers),
            ("political_number_terms", r.political_number_terms),
            ("praise_words", r.praise_words),
            ("shortcoming_words", r.shortcoming_words),
            ("others_subjects", r.others_subjects),
            ("objective_excuses", r.objective_excuses),
            ("root_words", r.root_words),
            ("measure_checkable", r.measure_checkable),
            ("relative_years", r.relative_years),
        ] {
            assert!(!list.is_empty(), "{name}");
            let set: HashSet<&&str> = list.iter().collect();
            assert_eq!(set.len(), list.len(), "{name} repeats a word");
            assert!(list.iter().all(|w| !w.trim().is_empty()), "{name}");
        }
        assert!(r.usual_problems_per_aspect >= 1);
    }

    #[test]
    fn blanks_people_type_are_placeholders() {
        for t in [
            "【待补】",
            "走访××户",
            "第XX次会议",
            "督办…次",
            "共……个",
            "（填写数字）",
        ] {
            assert!(has_placeholder(t), "{t}");
        }
        for t in ["XXL", "说明……。", "2025年共5次", "李某受贿案", "等……"] {
            assert!(!has_placeholder(t), "{t}");
        }
    }

    #[test]
    fn facts_from_two_years_before_are_stale() {
        assert_eq!(
            years_named("2022年3月、2023 年共5次，20250次"),
            vec![2022, 2023]
        );
        assert_eq!(stale_year("2022年11月，我…", 2025), Some(2022));
        assert_eq!(stale_year("2023年和2022年", 2025), Some(2023));
        assert_eq!(stale_year("2022年以来至2025年5月", 2025), None);
        assert_eq!(stale_year("2024年12月", 2025), None);
        assert_eq!(stale_year("没有年份", 2025), None);
    }

    #[test]
    fn political_number_terms_are_not_figures() {
        assert!(!has_number(
            "增强“四个意识”、坚定“四个自信”、做到“两个维护”"
        ));
        assert!(!has_number(
            "严格执行中央八项规定精神，落实“三会一课”和“一岗双责”"
        ));
        assert!(has_number("全年落实“三会一课”仅3次"));
        assert!(has_number("到基层调研两次"));
        assert!(!has_number("一个中心、两个基本点"));
    }

    #[test]
    fn numbers_do_not_make_two_paragraphs_different() {
        let a = "我今年到联系乡镇调研6次，多数是听汇报、看现场，与群众面对面交流少。";
        let b = "我今年到联系乡镇调研9次，多数是听汇报、看现场，与群众面对面交流少。";
        assert!(same_text(a, b));
        let c = "我在处理某企业超标排放问题时有过犹豫，拖了近2周才立案，没有做到敢于较真碰硬。";
        assert!(!same_text(a, c));
        // One template, a few nouns swapped.
        let m1 = "2023年4月底前制定老旧小区改造居民参与办法，每个项目开工前至少召开2次居民议事会，本人每季度带队抽查3个项目。";
        let m2 = "2023年4月底前制定建筑工地扬尘督导办法，每个工地开工前至少开展2次防尘交底，本人每季度带队抽查3个工地。";
        assert!(same_text(m1, m2));
    }

    #[test]
    fn the_first_person_singular_is_told_from_the_plural() {
        assert!(is_first_person_singular("我在研究项目时听取意见不够"));
        assert!(!is_first_person_singular("我们在研究项目时听取意见不够"));
        assert!(!is_first_person_singular("我局班子在研究项目时"));
        assert!(!is_first_person_singular("班子开展批评与自我批评辣味不足"));
        assert!(!is_first_person_singular(
            "班子做群众工作还停留在“我讲你听”"
        ));
    }

    #[test]
    fn half_width_marks_are_found_only_beside_chinese() {
        assert_eq!(half_width_mark("调研6次,多数是听汇报"), Some(','));
        assert_eq!(half_width_mark("（见附件）：A, B and C"), None);
        assert_eq!(half_width_mark("2023-06-30"), None);
        assert_eq!(half_width_mark("是否到位?"), Some('?'));
    }
}
