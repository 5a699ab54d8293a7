# unicode strings: length, indexing, case mapping of accented letters
s = "héllo wörld"
print(len(s), s[1], s[7], s[-4:], s.upper(), s.title())
print("ÀÉÎÕÜ".lower(), "àéîõü".upper(), "ñ".upper(), "Ñ".lower())
print("ÇA VA".lower(), "élan".capitalize(), "ÿ".upper())
e = "日本語テキスト"
print(len(e), e[0], e[2:4], e[::-1], e.find("テ"), "本" in e)
emoji = "a😀b🎉c"
print(len(emoji), emoji[1], emoji[3], emoji[::2], list(emoji))
print(ord("é"), chr(233), ord("😀"), hex(ord("日")))
mixed = "Zürich, Straße, Ελλάδα, Москва"
print(mixed.upper())
print(mixed.lower())
print(mixed.split(", "), [len(w) for w in mixed.split(", ")])
print("Ελλάδα".upper(), "ΣΊΣΥΦΟΣ".lower())
print(sorted("éaèbz"), "é" > "z", "a" < "é")
print("é".isalpha(), "é".islower(), "É".isupper(), "日".isalpha(), "٣".isdigit())
print("ａｂｃ".upper(), len("ａｂｃ"))
print("x" + "ü" * 3 + "y", "ü".center(5, "*"), "ø".join("abc"))
print(repr("é"), repr("\u200b"), repr("日本"), ascii("é日"))
print("straße".find("ß"), "straße".replace("ß", "ss"), "straße".count("s"))
print(str(len("\U0001F600\U0001F601")), "\U0001F600" < "\U0001F601")
print("ǆemal".title(), "ﬁsh".upper())
print("{:^9}|".format("日本"), f"{'ö':>3}|")
print("".join(chr(c) for c in range(0x3b1, 0x3b6)), [ord(c) for c in "añ€"])
