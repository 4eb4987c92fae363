//! Turns data files into Rust constants, so that the app carries no JSON parser's
//! code for them: the word lists of the quality checks (`data/checks.json`) and the
//! categories of 需要向组织说明的事项 (`data/explanations.json`).

use std::fmt::Write;

fn main() {
    categories();
    checklists();
    println!("cargo:rerun-if-changed=data/checks.json");
    let text = std::fs::read_to_string("data/checks.json").expect("data/checks.json");
    let v: serde_json::Value = serde_json::from_str(&text).expect("data/checks.json is JSON");
    let map = v.as_object().expect("data/checks.json is an object");
    let mut out = String::from(
        "/// The word lists of `data/checks.json`.\npub static RULES: Rules = Rules {\n",
    );
    for (key, value) in map {
        // The file's own description stays in the file.
        if key == "about" {
            continue;
        }
        match value {
            serde_json::Value::Array(items) => {
                write!(out, "    {key}: &[").unwrap();
                for item in items {
                    let s = item
                        .as_str()
                        .unwrap_or_else(|| panic!("{key}: a list of strings"));
                    write!(out, "{s:?}, ").unwrap();
                }
                out.push_str("],\n");
            }
            serde_json::Value::Number(n) => writeln!(out, "    {key}: {n},").unwrap(),
            serde_json::Value::String(s) => writeln!(out, "    {key}: {s:?},").unwrap(),
            _ => panic!("data/checks.json: {key} is neither a list, a number nor a text"),
        }
    }
    out.push_str("};\n");
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("rules_data.rs");
    std::fs::write(dest, out).unwrap();
}

/// `data/explanations.json`: a list of categories, each an object of texts.
fn categories() {
    println!("cargo:rerun-if-changed=data/explanations.json");
    let text = std::fs::read_to_string("data/explanations.json").expect("data/explanations.json");
    let v: serde_json::Value = serde_json::from_str(&text).expect("data/explanations.json is JSON");
    let list = v["categories"]
        .as_array()
        .expect("data/explanations.json has categories");
    let mut out = String::from("/// The categories of `data/explanations.json`.\npub static CATEGORIES: &[Category] = &[\n");
    for c in list {
        out.push_str("    Category {\n");
        for (key, value) in c.as_object().expect("a category is an object") {
            let s = value
                .as_str()
                .unwrap_or_else(|| panic!("category field {key}: a text"));
            writeln!(out, "        {key}: {s:?},").unwrap();
        }
        out.push_str("    },\n");
    }
    out.push_str("];\n");
    let dest =
        std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("explanations_data.rs");
    std::fs::write(dest, out).unwrap();
}

/// Each year's checklist without the indentation it is written with: the wasm carries
/// it as text and parses it once.
fn checklists() {
    for entry in std::fs::read_dir("data/checklists").expect("data/checklists") {
        let path = entry.expect("a checklist file").path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).expect("a checklist file");
        let v: serde_json::Value = serde_json::from_str(&text).expect("a checklist is JSON");
        let name = path.file_name().expect("a file name").to_string_lossy();
        let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR"))
            .join(format!("checklist-{name}"));
        std::fs::write(out, v.to_string()).expect("write the checklist");
    }
    println!("cargo:rerun-if-changed=data/checklists");
}
