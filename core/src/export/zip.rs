//! A ZIP archive of stored (uncompressed) entries: what a .docx is. Word and LibreOffice
//! read stored entries; compressing them would need a deflate encoder in the wasm for a
//! file of a few dozen kilobytes.

/// The CRC-32 (IEEE) of `data`; the 256-entry table is made on each call (a few
/// thousand operations, against the wasm bytes a stored table would take).
pub fn crc32(data: &[u8]) -> u32 {
    let mut table = [0u32; 256];
    for (i, t) in table.iter_mut().enumerate() {
        let mut c = i as u32;
        for _ in 0..8 {
            c = if c & 1 == 1 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
        }
        *t = c;
    }
    !data.iter().fold(!0u32, |c, &b| {
        table[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8)
    })
}

/// Writes an archive of the given entries (name, content), in order.
pub fn store(entries: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    // 1 January 2023, 00:00 in MS-DOS form: the archive says nothing of when it was made.
    let (time, date) = (0u16, (43u16 << 9) | (1 << 5) | 1);
    for (name, data) in entries {
        let offset = out.len() as u32;
        let crc = crc32(data);
        let size = data.len() as u32;
        let head = |sig: u32, central: bool| {
            let mut h = Vec::new();
            h.extend(sig.to_le_bytes());
            if central {
                h.extend(20u16.to_le_bytes()); // made by
            }
            h.extend(20u16.to_le_bytes()); // version needed
            h.extend(0x0800u16.to_le_bytes()); // UTF-8 names
            h.extend(0u16.to_le_bytes()); // stored
            h.extend(time.to_le_bytes());
            h.extend(date.to_le_bytes());
            h.extend(crc.to_le_bytes());
            h.extend(size.to_le_bytes());
            h.extend(size.to_le_bytes());
            h.extend((name.len() as u16).to_le_bytes());
            h.extend(0u16.to_le_bytes()); // extra
            if central {
                h.extend(0u16.to_le_bytes()); // comment
                h.extend(0u16.to_le_bytes()); // disk
                h.extend(0u16.to_le_bytes()); // internal attributes
                h.extend(0u32.to_le_bytes()); // external attributes
                h.extend(offset.to_le_bytes());
            }
            h.extend(name.as_bytes());
            h
        };
        out.extend(head(0x0403_4b50, false));
        out.extend(data);
        central.extend(head(0x0201_4b50, true));
    }
    let at = out.len() as u32;
    let n = entries.len() as u16;
    out.extend(&central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0u8; 4]); // disk numbers
    out.extend(n.to_le_bytes());
    out.extend(n.to_le_bytes());
    out.extend((central.len() as u32).to_le_bytes());
    out.extend(at.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

/// The entries of an archive of stored entries (what `store` writes), by name, each
/// checked against its CRC-32: for the tests that open an exported file.
pub fn stored_entries(zip: &[u8]) -> Result<Vec<(String, Vec<u8>)>, String> {
    let mut out = Vec::new();
    let mut at = 0;
    while zip.len() >= at + 30 && zip[at..].starts_with(b"PK\x03\x04") {
        let u16_at = |i: usize| usize::from(u16::from_le_bytes([zip[at + i], zip[at + i + 1]]));
        let u32_at = |i: usize| {
            u32::from_le_bytes([
                zip[at + i],
                zip[at + i + 1],
                zip[at + i + 2],
                zip[at + i + 3],
            ])
        };
        if u16_at(8) != 0 {
            return Err("a compressed entry".into());
        }
        let (crc, size) = (u32_at(14), u32_at(18) as usize);
        let (name_len, extra) = (u16_at(26), u16_at(28));
        let name = String::from_utf8(zip[at + 30..at + 30 + name_len].to_vec())
            .map_err(|e| e.to_string())?;
        let start = at + 30 + name_len + extra;
        let data = zip.get(start..start + size).ok_or("a short entry")?;
        if crc32(data) != crc {
            return Err(format!("{name}: CRC-32 does not match"));
        }
        out.push((name, data.to_vec()));
        at = start + size;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn an_archive_has_its_entries_and_a_central_directory() {
        let zip = store(&[("a.txt", b"hello".to_vec()), ("b/c.xml", b"<x/>".to_vec())]);
        assert_eq!(&zip[..4], b"PK\x03\x04");
        let end = zip.len() - 22;
        assert_eq!(&zip[end..end + 4], b"PK\x05\x06");
        assert_eq!(u16::from_le_bytes([zip[end + 10], zip[end + 11]]), 2);
        let dir = u32::from_le_bytes(zip[end + 16..end + 20].try_into().unwrap()) as usize;
        assert_eq!(&zip[dir..dir + 4], b"PK\x01\x02");
        assert!(zip.windows(5).any(|w| w == b"hello"));
        let read = stored_entries(&zip).unwrap();
        assert_eq!(read[0], ("a.txt".to_string(), b"hello".to_vec()));
        assert_eq!(read[1], ("b/c.xml".to_string(), b"<x/>".to_vec()));
    }
}
