//! LZMA for the single file, and the decoder module that unpacks it in the page.
//!
//! The app's wasm, glue and style travel LZMA-compressed (liblzma's `.lzma` format,
//! through the `xz2` crate): about a fifth smaller than the best gzip (zopfli).
//! Browsers inflate only gzip and deflate, so the page also carries `unpack`
//! (`unpack/`), a wasm module of a few kilobytes that decodes LZMA; it travels
//! gzip-compressed, which the browser inflates itself.

use crate::Result;
use std::io::Write;

/// Builds the decoder module (`unpack/`) for wasm32 and optimizes it with wasm-opt:
/// its bytes.
pub fn decoder_module() -> Result<Vec<u8>> {
    let root = crate::root();
    crate::tools::run(crate::tools::cmd("cargo").current_dir(&root).args([
        "build",
        "--release",
        "--target",
        "wasm32-unknown-unknown",
        "-p",
        "unpack",
    ]))?;
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    let built = target.join("wasm32-unknown-unknown/release/unpack.wasm");
    let optimized = target.join("unpack.opt.wasm");
    crate::tools::run(
        crate::tools::cmd("wasm-opt")
            .arg("-O3")
            .arg("--strip-debug")
            .arg("--strip-producers")
            .arg(&built)
            .arg("-o")
            .arg(&optimized),
    )?;
    Ok(std::fs::read(optimized)?)
}

/// The smallest `.lzma` stream liblzma makes of `bytes` (preset 9, extreme, with
/// a dictionary as large as the input: the decoder holds the whole output anyway).
pub fn lzma(bytes: &[u8]) -> Result<Vec<u8>> {
    use xz2::stream::{LzmaOptions, Stream};
    /// `LZMA_PRESET_EXTREME`: a slower search for a few more bytes.
    const EXTREME: u32 = 1 << 31;
    let mut options = LzmaOptions::new_preset(9 | EXTREME)?;
    // No position bits: wasm code is not aligned, and this saves about 0.3 %.
    options
        .dict_size((bytes.len() as u32).next_power_of_two().max(4096))
        .position_bits(0);
    let stream = Stream::new_lzma_encoder(&options)?;
    let mut encoder = xz2::write::XzEncoder::new_stream(Vec::new(), stream);
    encoder.write_all(bytes)?;
    Ok(encoder.finish()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unpacked(packed: &[u8], len: usize) -> std::result::Result<Vec<u8>, unpack::Corrupt> {
        let mut out = vec![0; len];
        unpack::lzma(packed, &mut out).map(|()| out)
    }

    /// Bytes with some repetition, as in code: runs, repeats at varied distances and
    /// noise.
    fn sample(len: usize, seed: u32) -> Vec<u8> {
        let mut x = seed | 1;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x
        };
        let mut out = Vec::with_capacity(len);
        while out.len() < len {
            let r = next();
            match r % 4 {
                0 if out.len() > 10 => {
                    let dist = 1 + (next() as usize) % out.len().min(70_000);
                    let n = 2 + (next() as usize) % 300;
                    for _ in 0..n {
                        out.push(out[out.len() - dist]);
                    }
                }
                1 => out.extend(std::iter::repeat_n(r as u8, (r >> 8) as usize % 40)),
                _ => out.push((r >> 16) as u8),
            }
        }
        out.truncate(len);
        out
    }

    #[test]
    fn the_page_decoder_unpacks_what_liblzma_packs() {
        for (len, seed) in [(0, 1), (1, 2), (5, 3), (300, 4), (70_000, 5), (400_000, 6)] {
            let bytes = sample(len, seed);
            let packed = lzma(&bytes).unwrap();
            assert_eq!(unpacked(&packed, len).unwrap(), bytes, "{len} bytes");
        }
        let text = "民主生活会对照检查材料。".repeat(2000).into_bytes();
        let packed = lzma(&text).unwrap();
        assert!(packed.len() < text.len() / 50);
        assert_eq!(unpacked(&packed, text.len()).unwrap(), text);
    }

    #[test]
    fn the_page_decoder_reads_a_data_block_as_the_page_hands_it_over() {
        // The page passes the block's text as UTF-8 (TextEncoder).
        let all: Vec<u8> = (0..=255u8).collect();
        for bytes in [
            all,
            sample(5000, 11),
            vec![0u8; 50],
            b"==<<\r\r".to_vec(),
            vec![],
        ] {
            let text = crate::latin::as_read(&crate::latin::encode(&bytes));
            let mut out = vec![0; bytes.len()];
            unpack::latin(text.as_bytes(), &mut out).unwrap();
            assert_eq!(out, bytes);
        }
        // A wrong length, a cut escape, or bytes that are not this encoding, are refused.
        let text = crate::latin::as_read(&crate::latin::encode(&sample(100, 3)));
        assert!(unpack::latin(text.as_bytes(), &mut [0; 101]).is_err());
        assert!(unpack::latin(text.as_bytes(), &mut [0; 99]).is_err());
        assert!(unpack::latin(b"=", &mut [0; 1]).is_err());
        assert!(unpack::latin(&[0xff, 0x41], &mut [0; 1]).is_err());
        assert!(unpack::latin(&[0xc3], &mut [0; 1]).is_err());
        // A character no byte reads as (中), and overlong forms of one that is.
        assert!(unpack::latin("中".as_bytes(), &mut [0; 1]).is_err());
        assert!(unpack::latin(&[0xc1, 0x81], &mut [0; 1]).is_err());
        assert!(unpack::latin(&[0xe0, 0x83, 0xa9], &mut [0; 1]).is_err());
    }

    #[test]
    fn damaged_or_mismatched_input_is_refused_not_mis_decoded() {
        let bytes = sample(50_000, 7);
        let packed = lzma(&bytes).unwrap();
        // A size that does not match.
        assert!(unpacked(&packed, bytes.len() + 1).is_err());
        // Cut short.
        assert!(unpacked(&packed[..packed.len() / 2], bytes.len()).is_err());
        // Not LZMA at all, and empty.
        assert!(unpacked(&bytes[..1000], 1000).is_err());
        assert!(unpacked(&[], 10).is_err());
        // Flipped bits decode to something else or fail, and never run wild.
        for k in [20, 100, 1000, packed.len() / 2] {
            let mut bad = packed.clone();
            bad[k] ^= 0x5a;
            assert_ne!(
                unpacked(&bad, bytes.len()).ok(),
                Some(bytes.clone()),
                "byte {k}"
            );
        }
    }
}
