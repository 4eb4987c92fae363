//! Half-width punctuation in Chinese text (a comma or parenthesis typed in English).

use super::prelude::*;

pub(crate) fn text(out: &mut Vec<Finding>, section: &Section, field: &FieldId, text: &str) {
    if let Some(c) = rules::half_width_mark(text) {
        out.push(finding(
            Kind::HalfWidthPunct(c),
            section.clone(),
            field.clone(),
            text,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checks::testing::*;

    #[test]
    fn half_width_punctuation_and_relative_years() {
        let mut d = good(MaterialKind::Individual);
        assert!(hit(&d, "half_width_punct").is_none());
        assert!(hit(&d, "relative_year").is_none());
        d.problems[0].detail = d.problems[0].detail.replacen('，', ",", 1);
        assert_eq!(
            hit(&d, "half_width_punct").map(|f| f.kind),
            Some(Kind::HalfWidthPunct(','))
        );
        d.measures[0].text = format!("明年{}", d.measures[0].text);
        assert_eq!(
            hit(&d, "relative_year").map(|f| f.kind),
            Some(Kind::RelativeYear("明年".into()))
        );
        // A 2022年度 meeting held in 2023 reads 明年 as 2024: flagged.
        d.profile.meeting_date = "2023-01-12".into();
        assert!(hit(&d, "relative_year").is_some());
        // Held in December 2022, 明年 is 2023 as the writer meant.
        d.profile.meeting_date = "2022-12-20".into();
        assert!(hit(&d, "relative_year").is_none());
    }
}
