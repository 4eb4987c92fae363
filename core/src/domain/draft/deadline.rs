//! When a measure is due, and the dates a draft holds.

use serde::{Deserialize, Serialize};

/// When a measure is due: a date, 立行立改 (at once) or 长期坚持 (lasting). Stored as
/// the strings drafts have always held: the date as `YYYY-MM-DD` (empty while the
/// user has not picked one), or the word itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Deadline {
    /// A date, `YYYY-MM-DD`; empty until one is picked.
    Date(String),
    /// 立行立改
    AtOnce,
    /// 长期坚持
    Ongoing,
}

impl Default for Deadline {
    fn default() -> Self {
        Deadline::Date(String::new())
    }
}

impl Deadline {
    /// The stored form.
    pub fn as_stored(&self) -> &str {
        match self {
            Deadline::Date(d) => d,
            Deadline::AtOnce => DEADLINE_AT_ONCE,
            Deadline::Ongoing => DEADLINE_ONGOING,
        }
    }

    /// Reads the stored form; any other text is a date (or what the user typed as one).
    pub fn from_stored(s: &str) -> Deadline {
        match s {
            DEADLINE_AT_ONCE => Deadline::AtOnce,
            DEADLINE_ONGOING => Deadline::Ongoing,
            _ => Deadline::Date(s.to_string()),
        }
    }

    /// Whether a deadline was given (a word, or a date that is not empty).
    pub fn is_set(&self) -> bool {
        !matches!(self, Deadline::Date(d) if d.trim().is_empty())
    }

    /// The deadline as the material prints it: "2023年6月底前" for the last day of a
    /// month, "2023年6月15日前" for another day (no leading zeros, never ISO), or the
    /// word itself. A date that does not read as one is printed as the user typed it;
    /// an empty date prints as nothing.
    pub fn material_text(&self) -> String {
        match self {
            Deadline::Date(d) => match parse_date(d) {
                Some((y, m, day)) if day == days_in_month(y, m) => format!("{y}年{m}月底前"),
                Some((y, m, day)) => format!("{y}年{m}月{day}日前"),
                None => d.trim().to_string(),
            },
            other => other.as_stored().to_string(),
        }
    }

    /// Whether this is the date kind (the date input shows).
    pub fn is_date(&self) -> bool {
        matches!(self, Deadline::Date(_))
    }
}

impl Serialize for Deadline {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_stored())
    }
}

impl<'de> Deserialize<'de> for Deadline {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Ok(Deadline::from_stored(&s))
    }
}

/// A `YYYY-MM-DD` date as (year, month, day), when it is a real date.
pub fn parse_date(s: &str) -> Option<(u32, u32, u32)> {
    let mut it = s.trim().splitn(3, '-');
    let y: u32 = it.next()?.parse().ok()?;
    let m: u32 = it.next()?.parse().ok()?;
    let d: u32 = it.next()?.parse().ok()?;
    ((1..=12).contains(&m) && (1..=days_in_month(y, m)).contains(&d) && y >= 1000)
        .then_some((y, m, d))
}

/// A date as the material writes it: 2023年1月12日 (Arabic numerals, the year in
/// full, no leading zeros); none for an empty or unreadable date.
pub fn written_date(iso: &str) -> Option<String> {
    let (y, m, d) = parse_date(iso)?;
    Some(format!("{y}年{m}月{d}日"))
}

/// The number of days in a month of the Gregorian calendar.
pub fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        4 | 6 | 9 | 11 => 30,
        2 if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        2 => 28,
        _ => 31,
    }
}

/// Deadline words a measure may carry instead of a date (material text).
pub const DEADLINE_AT_ONCE: &str = "立行立改";
pub const DEADLINE_ONGOING: &str = "长期坚持";
