//! The meeting year the calendar is preparing. Notices for a year's 民主生活会 come in
//! September to December and the meetings run to February or March, so a day in
//! September to December of Y, or in January to March of Y+1, prepares Y年度; a day
//! in April to August is after the season, and a new draft is for the meeting held
//! most recently (the year before).

use super::draft::parse_date;

/// The meeting year being prepared on a day (`YYYY-MM-DD`); none for a day that is
/// not a date.
pub fn meeting_year(today: &str) -> Option<u32> {
    let (y, m, _) = parse_date(today)?;
    Some(match m {
        9..=12 => y,
        _ => y - 1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_season_runs_from_september_to_march() {
        assert_eq!(meeting_year("2026-12-07"), Some(2026));
        assert_eq!(meeting_year("2026-09-01"), Some(2026));
        assert_eq!(meeting_year("2027-01-15"), Some(2026));
        assert_eq!(meeting_year("2027-03-31"), Some(2026));
        // After the season: the meeting held most recently.
        assert_eq!(meeting_year("2027-04-01"), Some(2026));
        assert_eq!(meeting_year("2027-08-31"), Some(2026));
        assert_eq!(meeting_year("2027-09-01"), Some(2027));
        assert_eq!(meeting_year("not a day"), None);
    }
}
