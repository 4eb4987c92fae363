//! 【待补】 left in a text: a fact the user still has to give.

use super::prelude::*;

pub(crate) fn text(out: &mut Vec<Finding>, section: &Section, field: &FieldId, text: &str) {
    if rules::has_placeholder(text) {
        out.push(finding(
            Kind::Placeholder,
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
    fn placeholders_and_empty_texts_anywhere() {
        let mut d = good(MaterialKind::Individual);
        assert!(hit(&d, "placeholder").is_none());
        assert!(hit(&d, "empty_text").is_none());
        d.measures[2].text = format!("{}【待补】", d.measures[2].text);
        let f = hit(&d, "placeholder").expect("a placeholder in a measure");
        assert_eq!(
            f.anchor.field,
            FieldId::Measure(d.measures[2].id.clone(), MeasurePart::Text)
        );
        d.causes[1].text.clear();
        let f = hit(&d, "empty_text").expect("an empty cause");
        assert_eq!(f.anchor.section, Section::Causes);
    }
}
