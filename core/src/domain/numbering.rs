//! Heading numbers of the four GB/T 9704 levels: 一、 （一） 1. （1）.

/// A Chinese numeral for 1..=99 (一 … 九十九).
pub fn chinese(n: usize) -> String {
    const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0 => D[0].to_string(),
        1..=9 => D[n].to_string(),
        10..=19 => format!("十{}", if n.is_multiple_of(10) { "" } else { D[n % 10] }),
        20..=99 => format!(
            "{}十{}",
            D[n / 10],
            if n.is_multiple_of(10) { "" } else { D[n % 10] }
        ),
        _ => n.to_string(),
    }
}

/// The number of the `n`-th heading (from 1) at `level` (1 to 4).
pub fn heading_number(level: u8, n: usize) -> String {
    match level {
        1 => format!("{}、", chinese(n)),
        2 => format!("（{}）", chinese(n)),
        3 => format!("{n}."),
        _ => format!("（{n}）"),
    }
}

/// "一是" "二是" … for inline enumeration inside a paragraph.
pub fn ordinal_lead(n: usize) -> String {
    format!("{}是", chinese(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals() {
        assert_eq!(chinese(1), "一");
        assert_eq!(chinese(10), "十");
        assert_eq!(chinese(11), "十一");
        assert_eq!(chinese(20), "二十");
        assert_eq!(chinese(36), "三十六");
    }

    #[test]
    fn levels() {
        assert_eq!(heading_number(1, 2), "二、");
        assert_eq!(heading_number(2, 3), "（三）");
        assert_eq!(heading_number(3, 4), "4.");
        assert_eq!(heading_number(4, 5), "（5）");
        assert_eq!(ordinal_lead(2), "二是");
    }
}
