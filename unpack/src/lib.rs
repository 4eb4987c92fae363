//! The LZMA decoder that the single file's loader runs before anything else.
//!
//! `dist/duizhao.html` carries the app's wasm, its JS glue and its style compressed
//! with LZMA (`xtask/src/pack.rs`), about a fifth smaller than gzip. Browsers
//! inflate only gzip and deflate natively, so this crate, built for wasm32 as a
//! module of a few kilobytes with no allocator and no standard library, decodes
//! them. [`lzma`] reads the `.lzma` ("LZMA alone") format that liblzma writes:
//! a 13-byte header (properties, dictionary size, size or "unknown"), then the
//! range-coded stream, which may end with an end marker. The caller knows the
//! unpacked size and passes an output buffer of exactly that size, which also
//! serves as the dictionary (the whole output stays in memory).
//!
//! Corrupt input gives [`Corrupt`], never a read or write outside the two slices
//! and never an endless loop: every step writes at least one byte or stops.
#![cfg_attr(target_arch = "wasm32", no_std)]

/// The input is not an LZMA stream of the expected size.
#[derive(Debug, PartialEq, Eq)]
pub struct Corrupt;

/// A probability, in 1/2048ths, that the next bit is 0; every one starts at ½.
type Prob = u16;
const HALF: Prob = 1024;

/// The range decoder over the compressed bytes.
struct Range<'a> {
    src: &'a [u8],
    at: usize,
    range: u32,
    code: u32,
}

impl Range<'_> {
    /// The next input byte; past the end, zero (the caller then reports [`Corrupt`]).
    #[inline(always)]
    fn byte(&mut self) -> u32 {
        let b = self.src.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        u32::from(b)
    }

    #[inline(always)]
    fn normalize(&mut self) {
        if self.range < 1 << 24 {
            self.range <<= 8;
            self.code = (self.code << 8) | self.byte();
        }
    }

    /// One bit with an adaptive probability.
    #[inline(always)]
    fn bit(&mut self, p: &mut Prob) -> usize {
        let bound = (self.range >> 11) * u32::from(*p);
        let bit = if self.code < bound {
            self.range = bound;
            *p += (2048 - *p) >> 5;
            0
        } else {
            self.range -= bound;
            self.code -= bound;
            *p -= *p >> 5;
            1
        };
        self.normalize();
        bit
    }

    /// `n` bits, most significant first, through a binary tree of probabilities.
    fn tree(&mut self, probs: &mut [Prob], n: u32) -> usize {
        let mut m = 1;
        for _ in 0..n {
            m = (m << 1) | self.bit(&mut probs[m]);
        }
        m - (1 << n)
    }

    /// `n` bits, least significant first, through a binary tree of probabilities.
    fn tree_reverse(&mut self, probs: &mut [Prob], n: u32) -> u32 {
        let (mut m, mut sym) = (1, 0);
        for i in 0..n {
            let b = self.bit(&mut probs[m]);
            m = (m << 1) | b;
            sym |= (b as u32) << i;
        }
        sym
    }

    /// `n` bits of even probability.
    fn direct(&mut self, n: u32) -> u32 {
        let mut d = 0;
        for _ in 0..n {
            self.range >>= 1;
            let b = if self.code >= self.range {
                self.code -= self.range;
                1
            } else {
                0
            };
            d = (d << 1) | b;
            self.normalize();
        }
        d
    }
}

/// The probabilities of a match length (2 to 273, returned from 0).
struct Length {
    choice: Prob,
    choice2: Prob,
    low: [[Prob; 8]; 16],
    mid: [[Prob; 8]; 16],
    high: [Prob; 256],
}

impl Length {
    const NEW: Length = Length {
        choice: HALF,
        choice2: HALF,
        low: [[HALF; 8]; 16],
        mid: [[HALF; 8]; 16],
        high: [HALF; 256],
    };

    fn decode(&mut self, rc: &mut Range, pos_state: usize) -> usize {
        if rc.bit(&mut self.choice) == 0 {
            rc.tree(&mut self.low[pos_state], 3)
        } else if rc.bit(&mut self.choice2) == 0 {
            8 + rc.tree(&mut self.mid[pos_state], 3)
        } else {
            16 + rc.tree(&mut self.high, 8)
        }
    }
}

/// Literal coders: `0x300` probabilities for each of up to 2^(lc+lp) contexts.
const MAX_LC_LP: u32 = 4;
const LITERALS: usize = 0x300 << MAX_LC_LP;

/// Output bytes decoded per call of [`Decoder::run`]. In the page, a wasm function
/// starts in the browser's baseline compiler and its optimized code serves only the
/// calls after it is ready, so the decoder is called many times, not once.
const STEP: usize = 1 << 14;

/// The adaptive probabilities of the LZMA model.
struct Model {
    is_match: [Prob; 12 << 4],
    is_rep: [Prob; 12],
    is_rep_g0: [Prob; 12],
    is_rep_g1: [Prob; 12],
    is_rep_g2: [Prob; 12],
    is_rep0_long: [Prob; 12 << 4],
    slots: [[Prob; 64]; 4],
    special: [Prob; 115],
    align: [Prob; 16],
    length: Length,
    rep_length: Length,
    literals: [Prob; LITERALS],
}

/// The decoder between two calls of [`Decoder::run`].
struct Decoder<'a> {
    rc: Range<'a>,
    model: Model,
    lc: u32,
    lp_mask: usize,
    pb_mask: usize,
    pos: usize,
    state: usize,
    reps: [u32; 4],
    ended: bool,
}

impl<'a> Decoder<'a> {
    fn new(src: &'a [u8]) -> Result<Self, Corrupt> {
        let props = u32::from(*src.first().ok_or(Corrupt)?);
        if props >= 9 * 5 * 5 || src.len() < 18 || src[13] != 0 {
            return Err(Corrupt);
        }
        let (lc, lp, pb) = (props % 9, props / 9 % 5, props / 45);
        if lc + lp > MAX_LC_LP {
            return Err(Corrupt);
        }
        let mut rc = Range {
            src,
            at: 14,
            range: u32::MAX,
            code: 0,
        };
        for _ in 0..4 {
            rc.code = (rc.code << 8) | rc.byte();
        }
        Ok(Decoder {
            rc,
            model: Model {
                is_match: [HALF; 12 << 4],
                is_rep: [HALF; 12],
                is_rep_g0: [HALF; 12],
                is_rep_g1: [HALF; 12],
                is_rep_g2: [HALF; 12],
                is_rep0_long: [HALF; 12 << 4],
                slots: [[HALF; 64]; 4],
                special: [HALF; 115],
                align: [HALF; 16],
                length: Length::NEW,
                rep_length: Length::NEW,
                literals: [HALF; LITERALS],
            },
            lc,
            lp_mask: (1 << lp) - 1,
            pb_mask: (1 << pb) - 1,
            pos: 0,
            state: 0,
            reps: [0; 4],
            ended: false,
        })
    }

    /// Decodes until `end` bytes of `out` are written (a match may run past it) or
    /// the end marker.
    #[inline(never)]
    fn run(&mut self, out: &mut [u8], end: usize) -> Result<(), Corrupt> {
        let rc = &mut self.rc;
        let m = &mut self.model;
        let (mut pos, mut state) = (self.pos, self.state);
        let [mut rep0, mut rep1, mut rep2, mut rep3] = self.reps;
        while pos < end {
            let pos_state = pos & self.pb_mask;
            if rc.bit(&mut m.is_match[(state << 4) + pos_state]) == 0 {
                // A literal byte, coded in the context of the byte before it and,
                // after a match, of the byte at the last distance.
                let prev = if pos > 0 { out[pos - 1] as usize } else { 0 };
                let context = ((pos & self.lp_mask) << self.lc) + (prev >> (8 - self.lc));
                let probs = &mut m.literals[0x300 * context..][..0x300];
                let mut sym = 1;
                if state >= 7 {
                    let at = pos.wrapping_sub(rep0 as usize + 1);
                    let mut matched = *out.get(at).ok_or(Corrupt)? as usize;
                    while sym < 0x100 {
                        let match_bit = (matched >> 7) & 1;
                        matched <<= 1;
                        let b = rc.bit(&mut probs[((1 + match_bit) << 8) + sym]);
                        sym = (sym << 1) | b;
                        if match_bit != b {
                            break;
                        }
                    }
                }
                while sym < 0x100 {
                    sym = (sym << 1) | rc.bit(&mut probs[sym]);
                }
                out[pos] = sym as u8;
                pos += 1;
                state = match state {
                    0..=3 => 0,
                    4..=9 => state - 3,
                    _ => state - 6,
                };
                continue;
            }
            let len;
            if rc.bit(&mut m.is_rep[state]) == 0 {
                // A match at a new distance.
                rep3 = rep2;
                rep2 = rep1;
                rep1 = rep0;
                len = m.length.decode(rc, pos_state);
                state = if state < 7 { 7 } else { 10 };
                let slot = rc.tree(&mut m.slots[len.min(3)], 6) as u32;
                rep0 = if slot < 4 {
                    slot
                } else {
                    let bits = (slot >> 1) - 1;
                    let base = (2 | (slot & 1)) << bits;
                    if slot < 14 {
                        base + rc.tree_reverse(&mut m.special[(base - slot) as usize..], bits)
                    } else {
                        base.wrapping_add(rc.direct(bits - 4) << 4)
                            .wrapping_add(rc.tree_reverse(&mut m.align, 4))
                    }
                };
                if rep0 == u32::MAX {
                    // The end marker.
                    self.ended = true;
                    break;
                }
            } else {
                // A match at one of the last four distances.
                if rc.bit(&mut m.is_rep_g0[state]) == 0 {
                    if rc.bit(&mut m.is_rep0_long[(state << 4) + pos_state]) == 0 {
                        // One byte at the last distance.
                        state = if state < 7 { 9 } else { 11 };
                        let at = pos.wrapping_sub(rep0 as usize + 1);
                        out[pos] = *out.get(at).ok_or(Corrupt)?;
                        pos += 1;
                        continue;
                    }
                } else {
                    let dist;
                    if rc.bit(&mut m.is_rep_g1[state]) == 0 {
                        dist = rep1;
                    } else {
                        if rc.bit(&mut m.is_rep_g2[state]) == 0 {
                            dist = rep2;
                        } else {
                            dist = rep3;
                            rep3 = rep2;
                        }
                        rep2 = rep1;
                    }
                    rep1 = rep0;
                    rep0 = dist;
                }
                len = m.rep_length.decode(rc, pos_state);
                state = if state < 7 { 8 } else { 11 };
            }
            let dist = rep0 as usize + 1;
            if dist > pos {
                return Err(Corrupt);
            }
            // A match may not run past the end of the data.
            let stop = pos + len + 2;
            if stop > out.len() {
                return Err(Corrupt);
            }
            while pos < stop {
                out[pos] = out[pos - dist];
                pos += 1;
            }
        }
        self.pos = pos;
        self.state = state;
        self.reps = [rep0, rep1, rep2, rep3];
        Ok(())
    }
}

/// Decodes the `.lzma` stream `src` into `out`, which must be exactly as long as
/// the unpacked data.
pub fn lzma(src: &[u8], out: &mut [u8]) -> Result<(), Corrupt> {
    let mut decoder = Decoder::new(src)?;
    while decoder.pos < out.len() && !decoder.ended {
        let end = (decoder.pos + STEP).min(out.len());
        decoder.run(out, end)?;
    }
    if decoder.pos == out.len() && decoder.rc.at <= src.len() {
        Ok(())
    } else {
        Err(Corrupt)
    }
}

/// windows-1252's characters for the bytes 0x80 to 0x9F (`xtask/src/latin.rs`,
/// which encodes, has the same table).
const HIGH: [u16; 32] = [
    0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
    0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/// The escape byte: the byte after it is an escaped one plus 0x40.
const ESCAPE: u8 = 0x3d;

/// Decodes a data block of the windows-1252 page, handed over as UTF-8 (every
/// character is one of windows-1252's: one to three bytes), into `out`, which must be
/// exactly as long as the bytes it holds.
pub fn latin(text: &[u8], out: &mut [u8]) -> Result<(), Corrupt> {
    let next = |i: usize| match text.get(i) {
        Some(&c) if c & 0xc0 == 0x80 => Ok(u32::from(c & 0x3f)),
        _ => Err(Corrupt),
    };
    let (mut i, mut k, mut escaped) = (0usize, 0usize, false);
    while i < text.len() {
        let b = text[i];
        let (c, n) = if b < 0x80 {
            (u32::from(b), 1)
        } else if b & 0xe0 == 0xc0 {
            ((u32::from(b & 0x1f) << 6) | next(i + 1)?, 2)
        } else if b & 0xf0 == 0xe0 {
            (
                (u32::from(b & 0x0f) << 12) | (next(i + 1)? << 6) | next(i + 2)?,
                3,
            )
        } else {
            return Err(Corrupt);
        };
        i += n;
        let byte = match c {
            // Overlong forms are refused: each character has one length.
            0..=0x7f if n == 1 => c as u8,
            0xa0..=0xff if n == 2 => c as u8,
            _ => {
                let at = HIGH
                    .iter()
                    .position(|&h| u32::from(h) == c)
                    .ok_or(Corrupt)?;
                if n != if c < 0x800 { 2 } else { 3 } {
                    return Err(Corrupt);
                }
                0x80 + at as u8
            }
        };
        let byte = if escaped {
            escaped = false;
            byte.checked_sub(0x40).ok_or(Corrupt)?
        } else if byte == ESCAPE {
            escaped = true;
            continue;
        } else {
            byte
        };
        *out.get_mut(k).ok_or(Corrupt)? = byte;
        k += 1;
    }
    if k == out.len() && !escaped {
        Ok(())
    } else {
        Err(Corrupt)
    }
}

/// The module's export, for the loader in `xtask/src/inline.rs`.
#[cfg(target_arch = "wasm32")]
mod wasm {
    #[panic_handler]
    fn panic(_: &core::panic::PanicInfo) -> ! {
        core::arch::wasm32::unreachable()
    }

    /// Decodes the data block's text (UTF-8) at `text` into the `packed` bytes there,
    /// then unpacks them into `out`: 1 when it all went through, 0 when anything is
    /// corrupt. The three regions do not overlap.
    #[no_mangle]
    pub extern "C" fn unpack_text(
        text: *const u8,
        text_len: usize,
        packed: *mut u8,
        packed_len: usize,
        out: *mut u8,
        out_len: usize,
    ) -> u32 {
        // SAFETY: the loader passes three disjoint regions of this module's memory
        // that it has just grown for them. This module has no allocator and no static
        // data that could lie there, and nothing else refers to that memory while this
        // runs.
        #[allow(unsafe_code)]
        let (text, packed, out) = unsafe {
            (
                core::slice::from_raw_parts(text, text_len),
                core::slice::from_raw_parts_mut(packed, packed_len),
                core::slice::from_raw_parts_mut(out, out_len),
            )
        };
        let ok = super::latin(text, packed).is_ok() && super::lzma(packed, out).is_ok();
        u32::from(ok)
    }
}
