return utf8.char(72, 228, 8364, 0x10FFFF), utf8.len("\xff")
