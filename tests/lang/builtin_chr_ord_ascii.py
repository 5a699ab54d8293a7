# chr/ord over ranges, ascii() escapes, repr of control chars and surrogates, hex/oct/bin formatting of code points
for cp in list(range(0, 40)) + [127, 128, 159, 160, 173, 255, 256, 0x2028, 0xd800, 0xdfff, 0xfeff, 0xfffd, 0xffff, 0x10000, 0x1f600, 0xe0000, 0x10ffff]:
    c = chr(cp)
    print(cp, repr(c), ascii(c), c.isprintable(), ord(c) == cp, f'{cp:#06x}', f'U+{cp:04X}')
s = ''.join(chr(i) for i in range(0x20, 0x7f))
print(s, ascii(s) == repr(s))
print(ascii('\x00\x07\x08\t\n\x0b\x0c\r\x1b'), repr('\x00\x07\x08\t\n\x0b\x0c\r\x1b'))
print(ascii(b'\xff'), ascii(['é', ('ü',)]), ascii({'ñ': 'ç'}), ascii(1.5), ascii(None))
print([ord(c) for c in 'Aé€😀'], ''.join(map(chr, [72, 233, 8364, 128512])), sum(map(ord, 'abc')))
