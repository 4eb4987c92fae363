//! The usual categories of 需要向组织说明的事项 (individual material), as data
//! (`data/explanations.json`, turned into constants by `build.rs`): each is answered
//! 有 with the details, or 无 with its standard sentence ("经自查，……").

/// One category.
#[derive(Debug)]
pub struct Category {
    pub id: &'static str,
    pub title_zh: &'static str,
    pub title_en: &'static str,
    /// The standard sentence for 无, after self-check (material text).
    pub none_zh: &'static str,
    /// What to write when there is something to explain.
    pub has_hint_zh: &'static str,
    pub has_hint_en: &'static str,
}

// A struct literal per category, written by build.rs: a field missing from the file
// or not known here does not compile.
include!(concat!(env!("OUT_DIR"), "/explanations_data.rs"));

/// The category with this id.
pub fn category(id: &str) -> Option<&'static Category> {
    CATEGORIES.iter().find(|c| c.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_categories_are_complete_and_distinct() {
        assert!(CATEGORIES.len() >= 5);
        let ids: std::collections::BTreeSet<&str> = CATEGORIES.iter().map(|c| c.id).collect();
        assert_eq!(ids.len(), CATEGORIES.len());
        for c in CATEGORIES {
            for t in [
                c.title_zh,
                c.title_en,
                c.none_zh,
                c.has_hint_zh,
                c.has_hint_en,
            ] {
                assert!(!t.trim().is_empty(), "{}", c.id);
            }
            assert!(c.none_zh.starts_with("经自查，"), "{}", c.id);
        }
        for want in [
            "个人有关事项",
            "经商办企业",
            "礼品礼金",
            "公务用车",
            "办公用房",
            "家风",
            "诫勉",
        ] {
            assert!(
                CATEGORIES.iter().any(|c| c.title_zh.contains(want)),
                "{want}"
            );
        }
        assert_eq!(
            category("personal_matters").unwrap().title_zh,
            "个人有关事项报告"
        );
    }
}
