//! A byte a character: how the single file carries its packed parts as text.
//!
//! `dist/duizhao.html` is declared `windows-1252` (what browsers also read for
//! `latin1` and `iso-8859-1`, the WHATWG Encoding standard's single-byte table), so
//! every byte of the file is one character of the page: bytes below 0x80 and from
//! 0xA0 are the characters of the same code, and 0x80 to 0x9F are the 32 characters
//! of [`HIGH`]. A data block (`<script type="text/plain">`) can then hold the packed
//! bytes themselves, all but four: NUL (the parser reads it as U+FFFD), CR (read as
//! a line feed), `<` (it could start `</script` or `<!--`), and the escape byte
//! itself. Each of these is written as [`ESCAPE`] and the byte plus 0x40. The
//! overhead is about 1.6 %, where base-122 in a UTF-8 page had 14 %.
//!
//! The page's loader reads a block's text back to its bytes with [`DECODER_JS`] (each
//! character back to its byte, the escapes undone), then has the browser inflate them
//! (`DecompressionStream`). Everything else in the file
//! must be ASCII: [`page_bytes`] writes the page's other non-ASCII text as character
//! references and refuses it inside a script.

/// The escape byte (`=`).
pub const ESCAPE: u8 = 0x3d;

/// The bytes written escaped: NUL, CR, `<` and the escape byte.
pub const ESCAPED: [u8; 4] = [0x00, 0x0d, 0x3c, ESCAPE];

/// windows-1252's characters for the bytes 0x80 to 0x9F (the WHATWG index; the five
/// bytes the code page leaves undefined are the C1 controls of the same code).
pub const HIGH: [u16; 32] = [
    0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
    0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/// The bytes of a data block holding `bytes`.
pub fn encode(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() + bytes.len() / 60);
    for &b in bytes {
        if ESCAPED.contains(&b) {
            out.extend([ESCAPE, b + 0x40]);
        } else {
            out.push(b);
        }
    }
    out
}

/// The text a browser reads from these bytes of a windows-1252 page.
pub fn as_read(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9f => char::from_u32(u32::from(HIGH[usize::from(b - 0x80)])).expect("a char"),
            _ => char::from(b),
        })
        .collect()
}

/// Decodes the text of a data block (as the page reads it) back to its bytes (the
/// Rust twin of [`DECODER_JS`]).
pub fn decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len());
    let mut escaped = false;
    for ch in text.chars() {
        let c = ch as u32;
        let b = match c {
            0..=0x7f | 0xa0..=0xff => c as u8,
            _ => 0x80 + HIGH.iter().position(|&h| u32::from(h) == c)? as u8,
        };
        if escaped {
            out.push(b.checked_sub(0x40)?);
            escaped = false;
        } else if b == ESCAPE {
            escaped = true;
        } else {
            out.push(b);
        }
    }
    (!escaped).then_some(out)
}

/// `latin(text, out)` in the page: the same as [`decode`], into the byte array `out`
/// (exactly as long as the bytes), which it returns.
pub const DECODER_JS: &str = "const latin = (s, out) => {
const hi = [0x20ac,0x81,0x201a,0x192,0x201e,0x2026,0x2020,0x2021,0x2c6,0x2030,0x160,0x2039,0x152,0x8d,0x17d,0x8f,0x90,0x2018,0x2019,0x201c,0x201d,0x2022,0x2013,0x2014,0x2dc,0x2122,0x161,0x203a,0x153,0x9d,0x17e,0x178];
const n = s.length, len = out.length;
let k = 0;
for (let i = 0; i < n; i++) {
let c = s.charCodeAt(i);
if (c > 0xff) {
const j = hi.indexOf(c);
if (j < 0) throw new Error(\"latin: a character no byte reads as\");
c = 0x80 + j;
} else if (c === 0x3d) c = s.charCodeAt(++i) - 0x40;
if (k < len) out[k] = c;
k++;
}
if (k !== len) throw new Error(\"latin: \" + k + \" of \" + len + \" bytes\");
return out;
};";

/// The page's text as windows-1252 bytes: ASCII as it is, any other character as a
/// character reference (`&#x4E2D;`), which HTML reads in text and attributes but not
/// inside a script or a style: there it is refused.
pub fn page_bytes(html: &str) -> crate::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(html.len());
    let mut raw_text = false;
    let lower = html.to_ascii_lowercase();
    for (i, ch) in html.char_indices() {
        if lower[i..].starts_with("<script") || lower[i..].starts_with("<style") {
            raw_text = true;
        } else if lower[i..].starts_with("</script") || lower[i..].starts_with("</style") {
            raw_text = false;
        }
        if ch.is_ascii() {
            out.push(ch as u8);
        } else if raw_text {
            return Err(format!("a character outside ASCII in a script or style: {ch:?}").into());
        } else {
            out.extend(format!("&#x{:X};", ch as u32).bytes());
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(len: usize, mut x: u32) -> Vec<u8> {
        (0..len)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                x as u8
            })
            .collect()
    }

    #[test]
    fn every_byte_round_trips_through_what_the_page_reads() {
        let all: Vec<u8> = (0..=255u8).chain((0..=255u8).rev()).collect();
        for bytes in [
            all,
            sample(5000, 9),
            vec![ESCAPE; 9],
            vec![0; 3],
            b"</script><!--".to_vec(),
        ] {
            let block = encode(&bytes);
            // Nothing the HTML parser would change or end the block on.
            assert!(!block.iter().any(|b| [0x00, 0x0d, 0x3c].contains(b)));
            assert_eq!(decode(&as_read(&block)).unwrap(), bytes);
        }
        // A cut escape, or a character no byte reads as, is refused.
        assert_eq!(decode("="), None);
        assert_eq!(decode("\u{4e2d}"), None);
    }

    #[test]
    fn is_nearly_a_byte_a_byte() {
        let bytes = sample(100_000, 3);
        assert!(encode(&bytes).len() < 101_700);
    }

    #[test]
    fn the_table_is_windows_1252_as_the_encoding_standard_gives_it() {
        // Spot checks against the WHATWG index: 0x80 €, 0x85 …, 0x99 ™, 0x9F Ÿ, and the
        // undefined 0x81 as U+0081.
        assert_eq!(
            as_read(&[0x80, 0x85, 0x99, 0x9f, 0x81, 0xe9]),
            "€…™Ÿ\u{81}é"
        );
        let mut sorted = HIGH.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), 32);
    }

    #[test]
    fn the_page_text_is_ascii_with_references_outside_scripts() {
        let page = page_bytes("<title>对照</title><script>go()</script>").unwrap();
        assert_eq!(
            page,
            b"<title>&#x5BF9;&#x7167;</title><script>go()</script>".to_vec()
        );
        assert!(page_bytes("<script>alert('对')</script>").is_err());
        assert!(page_bytes("<STYLE>p::after{content:'照'}</STYLE>").is_err());
    }

    #[test]
    fn the_page_decoder_agrees_with_the_rust_one() {
        // Node is on every machine that builds duizhao (npm's wasm-opt needs it).
        let bytes: Vec<u8> = (0..=255u8).chain(sample(5000, 17)).collect();
        let text = as_read(&encode(&bytes));
        let script = format!(
            "{DECODER_JS}\nconst s = require('fs').readFileSync(0, 'utf8');\nprocess.stdout.write(Buffer.from(latin(s, new Uint8Array({}))).toString('hex'));",
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
