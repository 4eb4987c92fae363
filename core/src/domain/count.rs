//! Character counts as cadres count them: every Chinese character, letter, digit
//! and punctuation mark is one; white space is not counted.

/// The number of counted characters in `text`.
pub fn chars(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

/// A target range for a part of the material; never a hard limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Target {
    pub min: usize,
    pub max: usize,
}

/// Where a count stands against its target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    Under,
    Within,
    Over,
}

impl Target {
    pub const fn new(min: usize, max: usize) -> Self {
        Target { min, max }
    }

    pub fn fit(&self, n: usize) -> Fit {
        if n < self.min {
            Fit::Under
        } else if n > self.max {
            Fit::Over
        } else {
            Fit::Within
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_characters_count_one_each_and_spaces_not_at_all() {
        assert_eq!(chars("对照检查"), 4);
        assert_eq!(chars("一是 学习\n不够，2次。"), 10);
        assert_eq!(chars(""), 0);
    }

    #[test]
    fn targets_are_ranges() {
        let t = Target::new(10, 20);
        assert_eq!(t.fit(3), Fit::Under);
        assert_eq!(t.fit(10), Fit::Within);
        assert_eq!(t.fit(21), Fit::Over);
    }
}
