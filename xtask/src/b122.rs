//! A dense text encoding of bytes for an inline `<script>` string (after base-122):
//! 7 bits a character, about 14 % overhead where base64 has 33 %.
//!
//! Each 7-bit chunk of the input (most significant bit first, the last one padded
//! with zeros) becomes the character with that code, unless it is one of [`ILLEGAL`]
//! (characters a JS string literal inside an HTML script cannot hold as they are).
//! An illegal chunk and the chunk after it become one character from U+0080 up:
//! `0x80 + (i << 7 | next)`, where `i` is its index in [`ILLEGAL`]; when it is the
//! last chunk, `0x80 + ((8 + i) << 7)`. Every character is below U+0800 (two UTF-8
//! bytes), and none is a line terminator. [`DECODER_JS`] reverses it.

/// NUL, line feed, carriage return, `"`, `\` and `<` (which could start `</script`).
pub const ILLEGAL: [u8; 6] = [0x00, 0x0a, 0x0d, 0x22, 0x5c, 0x3c];

fn chunks(bytes: &[u8]) -> Vec<u8> {
    let bits = bytes.len() * 8;
    let n = bits.div_ceil(7);
    (0..n)
        .map(|k| {
            let mut c = 0u8;
            for b in 0..7 {
                let pos = k * 7 + b;
                let bit = if pos < bits {
                    (bytes[pos / 8] >> (7 - pos % 8)) & 1
                } else {
                    0
                };
                c = (c << 1) | bit;
            }
            c
        })
        .collect()
}

/// Encodes bytes as a string safe inside `"…"` in an inline script.
pub fn encode(bytes: &[u8]) -> String {
    let cs = chunks(bytes);
    let mut out = String::with_capacity(cs.len() + cs.len() / 8);
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        match ILLEGAL.iter().position(|&x| x == c) {
            None => out.push(char::from(c)),
            Some(k) => {
                let code = match cs.get(i + 1) {
                    Some(&next) => {
                        i += 1;
                        0x80 + ((k as u32) << 7 | u32::from(next))
                    }
                    None => 0x80 + ((8 + k as u32) << 7),
                };
                out.push(char::from_u32(code).expect("below U+0800"));
            }
        }
        i += 1;
    }
    out
}

/// Decodes [`encode`]'s output back to `len` bytes (the Rust twin of [`DECODER_JS`]).
pub fn decode(text: &str, len: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(len);
    let (mut acc, mut bits) = (0u32, 0u32);
    let mut put = |c: u32, out: &mut Vec<u8>| {
        acc = (acc << 7 | c) & 0x7fff;
        bits += 7;
        if bits >= 8 {
            bits -= 8;
            if out.len() < len {
                out.push((acc >> bits) as u8);
            }
        }
    };
    for ch in text.chars() {
        let code = ch as u32;
        if code < 0x80 {
            put(code, &mut out);
        } else {
            let v = code - 0x80;
            let hi = (v >> 7) as usize;
            if hi >= 8 {
                put(u32::from(ILLEGAL[hi - 8]), &mut out);
            } else {
                put(u32::from(ILLEGAL[hi]), &mut out);
                put(v & 0x7f, &mut out);
            }
        }
    }
    out
}

/// `b122(text, out)` in the page: the same as [`decode`], into the byte array `out`
/// (as long as the encoded bytes), which it returns.
pub const DECODER_JS: &str = "const b122 = (s, out) => {
const ill = [0, 10, 13, 34, 92, 60], n = s.length, len = out.length;
let acc = 0, bits = 0, k = 0;
for (let i = 0; i < n; i++) {
let c = s.charCodeAt(i), c2 = -1;
if (c >= 0x80) { const v = c - 0x80, hi = v >> 7; if (hi >= 8) c = ill[hi - 8]; else { c = ill[hi]; c2 = v & 0x7f; } }
acc = ((acc << 7) | c) & 0x7fff; bits += 7;
if (bits >= 8) { bits -= 8; if (k < len) out[k++] = acc >> bits; }
if (c2 >= 0) { acc = ((acc << 7) | c2) & 0x7fff; bits += 7; if (bits >= 8) { bits -= 8; if (k < len) out[k++] = acc >> bits; } }
}
if (k !== len) throw new Error(\"b122: \" + k + \" of \" + len + \" bytes\");
return out;
};";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_length_and_byte() {
        let mut x: u32 = 0x1234_5678;
        for len in 0..300 {
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 17;
                    x ^= x << 5;
                    x as u8
                })
                .collect();
            let s = encode(&bytes);
            assert_eq!(decode(&s, len), bytes, "len {len}");
            assert!(!s
                .chars()
                .any(|c| (c as u32) < 0x80 && ILLEGAL.contains(&(c as u8))));
            assert!(s.chars().all(|c| (c as u32) < 0x800));
        }
        // Runs of illegal chunks, and one at the very end.
        for bytes in [
            vec![0u8; 50],
            vec![0xff; 50],
            vec![0x0a; 7],
            b"\"\\<\n\r".to_vec(),
        ] {
            assert_eq!(decode(&encode(&bytes), bytes.len()), bytes);
        }
    }

    #[test]
    fn is_denser_than_base64() {
        let bytes: Vec<u8> = (0..70_000u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        let utf8 = encode(&bytes).len();
        assert!(utf8 * 100 < bytes.len() * 120, "{utf8} for {}", bytes.len());
    }

    #[test]
    fn the_page_decoder_agrees_with_the_rust_one() {
        // Node is on every machine that builds duizhao (npm's wasm-opt needs it).
        let mut x: u32 = 0x9e37_79b9;
        let bytes: Vec<u8> = (0..5000)
            .map(|i| {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                if i % 7 == 0 {
                    0x0a
                } else {
                    x as u8
                }
            })
            .collect();
        let text = encode(&bytes);
        let script = format!(
            "{DECODER_JS}\nconst s = require('fs').readFileSync(0, 'utf8');\nprocess.stdout.write(Buffer.from(b122(s, new Uint8Array({}))).toString('hex'));",
            bytes.len()
        );
        let mut child = std::process::Command::new("node")
            .args(["-e", &script])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("node runs");
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(String::from_utf8_lossy(&out.stdout), hex);
    }
}
