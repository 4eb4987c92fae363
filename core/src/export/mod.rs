//! The material as files to hand on: a Word file (`docx`, packed by `zip`) and plain
//! text (`text`, also what "copy the whole material" puts on the clipboard). Pure Rust
//! over the rendered document: no browser here (checked by `tests/architecture.rs`).

pub mod docx;
pub mod text;
pub mod zip;
