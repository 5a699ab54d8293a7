# case mappings with special and multi-character results, final sigma, title case digraphs, swapcase round trips
samples = ['ß', 'ẞ', 'ﬁ', 'ﬀ', 'ﬃ', 'ŉ', 'ǰ', 'ΐ', 'İ', 'ı', 'i̇', 'Σ', 'ΣΑΣ', 'ΟΔΟΣ ΟΔΟΣ', 'σς', 'ǅ', 'ǆ', 'Ǆ', 'ᾳ', 'ᾼ', 'ﬓ',
           'Ⓐ', 'ⓐ', 'Ω', 'K', 'Å', 'ſ', 'ͅ', 'Straße', 'ΆΈΉ', 'ǈ', 'ǋ', 'ꭰ', 'Ꭰ', '𐐀', '𐐨', 'µ', 'ÿ', 'Ÿ']
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.casefold()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()),
          s.isupper(), s.islower(), s.istitle(), len(s.upper()))
for s in ['hello WORLD', "o'neil mc-donald", 'ǳemal', '123abc def', 'aBC dEF', 'x' * 3 + 'Σ', 'ΑΣ.', 'ΑΣ1', 'ΑΣ Α', 'Α Σ', 'ΑΣΣ']:
    print(repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase().swapcase()))
print('ǅ'.upper(), 'ǅ'.lower(), 'ǅ'.title(), 'ǅ'.isupper(), 'ǅ'.islower(), 'ǅ'.istitle())
print('ß'.upper().lower(), 'ß'.casefold() == 'ss', 'MASSE'.casefold() == 'Maße'.casefold(), 'ﬁ'.upper() == 'FI')
