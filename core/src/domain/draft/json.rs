//! A draft as JSON, keeping the fields this version does not know (`Draft::extra`).

use super::Draft;

impl Draft {
    /// Reads a draft from JSON, keeping the fields this version does not know.
    pub fn from_json(json: &str) -> Result<Draft, serde_json::Error> {
        use serde_json::value::RawValue;
        let mut d: Draft = serde_json::from_str(json)?;
        let all: std::collections::BTreeMap<String, &RawValue> = serde_json::from_str(json)?;
        let known = known_fields();
        for (k, v) in all {
            if !known.iter().any(|f| f == &k) {
                d.extra.insert(k, v.get().to_string());
            }
        }
        Ok(d)
    }

    /// Writes a draft as JSON, with the unknown fields it was read with.
    pub fn to_json(&self) -> String {
        let mut out = serde_json::to_string(self).expect("a draft always serializes");
        if !self.extra.is_empty() {
            out.pop(); // the closing brace
            for (k, v) in &self.extra {
                out.push(',');
                out.push_str(&serde_json::to_string(k).expect("a string serializes"));
                out.push(':');
                out.push_str(v);
            }
            out.push('}');
        }
        out
    }
}

/// The field names a draft is written with (read off a serialized default draft).
fn known_fields() -> &'static [String] {
    static KNOWN: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    KNOWN.get_or_init(|| {
        let json = serde_json::to_string(&Draft::default()).expect("a draft always serializes");
        let map: std::collections::BTreeMap<String, serde::de::IgnoredAny> =
            serde_json::from_str(&json).expect("its own output parses");
        map.into_keys().collect()
    })
}
