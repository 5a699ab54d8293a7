#!/usr/bin/env python3
"""Write tests/unit/data/unicode_expect.txt: what CPython 3.13 answers for
every code point and for a set of \\N{...} names, in a compact text form read
by tests/unit/test_unicode.c.

Run from the repository root:
    PYENV_VERSION=3.13.0 python3 tools/gen_unicode_expect.py

This is written independently of tools/gen_unicode.py (no shared code): it
states the expected behaviour, the other one encodes tables.

Format (one record a line, '#' starts a comment line):
  P <cp> <flags> <cat> <dec> <dig> <lower> <upper> <title> <fold>
      Properties of code point <cp> (hex) and of every following code point
      up to the next P line, with mappings relative to the code point: a
      mapping is "d<n>" (one code point, cp + n) or a comma-separated list of
      hex code points.  <flags> is hex, bit i = predicate i in the order
      isprintable isalpha isdecimal isdigit isnumeric isspace isupper
      islower istitle(Lt) cased case-ignorable xid_start xid_continue.
  N <cp|-> <k> <suffix>
      "\\N{name}" is code point <cp> (hex) or an error (-), where name is the
      first <k> bytes of the previous N line's name followed by <suffix>
      (rest of the line; \\xHH escapes a byte).
"""
import codecs
import os
import random
import sys
import unicodedata

if sys.version_info[:2] != (3, 13):
    sys.exit("run with CPython 3.13")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SIGMA, FINAL = "\u03a3", "\u03c2"


def flags(c):
    ch = chr(c)
    bits = [
        ch.isprintable(), ch.isalpha(), ch.isdecimal(), ch.isdigit(),
        ch.isnumeric(), ch.isspace(), ch.isupper(), ch.islower(),
        unicodedata.category(ch) == "Lt",
        # cased: str.title() lower-cases what follows a cased character
        (ch + "a").title()[-1] == "a",
        # case-ignorable: transparent for the final-sigma rule on both sides
        ("A" + ch + SIGMA).lower()[-1] == FINAL and ("A" + SIGMA + ch).lower()[1] == FINAL,
        c != 0x5F and ch.isidentifier(),
        ("a" + ch).isidentifier(),
    ]
    return sum(1 << i for i, b in enumerate(bits) if b)


def mapping(c, s):
    if len(s) == 1:
        return "d%d" % (ord(s) - c)
    return ",".join("%X" % ord(x) for x in s)


def prop_line(c):
    ch = chr(c)
    return "%X %s %d %d %s %s %s %s" % (
        flags(c), unicodedata.category(ch), unicodedata.decimal(ch, -1),
        unicodedata.digit(ch, -1), mapping(c, ch.lower()), mapping(c, ch.upper()),
        mapping(c, ch.title()), mapping(c, ch.casefold()))


def n_escape(name):
    """What "\\N{name}" gives in CPython 3.13: a code point or None."""
    try:
        s = codecs.unicode_escape_decode(b"\\N{" + name + b"}")[0]
    except UnicodeDecodeError:
        return None
    assert len(s) == 1
    return ord(s)


def name_cases():
    rnd = random.Random(2026)
    names = []
    for c in range(0x110000):
        n = unicodedata.name(chr(c), None)
        if n is None:
            continue
        if n.startswith("CJK UNIFIED IDEOGRAPH-"):
            prev = unicodedata.name(chr(c - 1), "")
            nxt = unicodedata.name(chr(c + 1), "")
            if not prev.startswith("CJK U") or not nxt.startswith("CJK U") or c % 97 == 0:
                names.append(n)
                names.append("CJK UNIFIED IDEOGRAPH-%05X" % c)   # leading zero
                names.append("CJK UNIFIED IDEOGRAPH-%x" % c)     # lower-case hex
            if not nxt.startswith("CJK U"):
                names.append("CJK UNIFIED IDEOGRAPH-%X" % (c + 1))
            if not prev.startswith("CJK U"):
                names.append("CJK UNIFIED IDEOGRAPH-%X" % (c - 1))
            continue
        names.append(n)
        if rnd.random() < 0.1:
            names.append(n.lower())
        if rnd.random() < 0.05:
            names.append("".join(x.lower() if rnd.random() < 0.5 else x for x in n))
        if rnd.random() < 0.03:
            names.append(n + "X")
            names.append(n[:-1])
            names.append(n.replace(" ", "  ", 1))
            names.append(n + " ")
            names.append(n.replace(" ", "-", 1))
    # Hangul: lower-case prefix, lower-case jamo, bad syllables
    for c in range(0xAC00, 0xD7A4, 13):
        n = unicodedata.name(chr(c))
        names.append("hangul syllable " + n[16:])
        names.append(n.lower())
        names.append(n + "G")
        names.append(n[:-1])
    names += ["HANGUL SYLLABLE ", "HANGUL SYLLABLE", "HANGUL SYLLABLE A",
              "HANGUL SYLLABLE GGGG", "HANGUL SYLLABLE YI", "HANGUL SYLLABLE GAGA",
              "HANGUL SYLLABLE AG", "HANGUL SYLLABLE WEOLH", "HANGUL SYLLABLE SSYAE"]
    # CJK shapes
    names += ["CJK UNIFIED IDEOGRAPH-", "CJK UNIFIED IDEOGRAPH-4E0", "CJK UNIFIED IDEOGRAPH-004E00",
              "cjk unified ideograph-4E00", "CJK UNIFIED IDEOGRAPH-4E00 ", "CJK UNIFIED IDEOGRAPH-G000",
              "CJK UNIFIED IDEOGRAPH-FFFFF", "CJK UNIFIED IDEOGRAPH-2EBE0", "CJK UNIFIED IDEOGRAPH-2EBEF"]
    # Aliases and their variants
    with open(os.path.join(ROOT, "tools", "data", "NameAliases-15.1.0.txt")) as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            alias = line.split(";")[1]
            names.append(alias)
            names.append(alias.lower())
            names.append(alias + "S")
    # Named sequences (rejected by \N{}), odd bytes, empty
    names += ["LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "KEYCAP NUMBER SIGN",
              "", " ", "A", "SPACE", "space", "SPACE\x00", "SP\x00ACE", "LATIN SMALL LETTER \xe9",
              "LATIN SMALL LETTER A\xff", "-", "TANGUT IDEOGRAPH-17000", "NUSHU CHARACTER-1B170",
              "NUSHU CHARACTER-1b170", "NUSHU CHARACTER-01B170", "NUSHU CHARACTER-1B1700",
              "CJK COMPATIBILITY IDEOGRAPH-F900", "CJK COMPATIBILITY IDEOGRAPH-0F900",
              "CJK COMPATIBILITY IDEOGRAPH-2F800", "KHITAN SMALL SCRIPT CHARACTER-18B00",
              "CJK COMPATIBILITY IDEOGRAPH", "NUSHU CHARACTER-", "A" * 300]
    return sorted(set(n.encode("latin-1") for n in names))


def escape(b):
    out = []
    for x in b:
        if 0x20 <= x < 0x7F and x != 0x5C:
            out.append(chr(x))
        else:
            out.append("\\x%02X" % x)
    # a trailing space would be invisible; escape it
    if out and out[-1] == " ":
        out[-1] = "\\x20"
    return "".join(out)


def main():
    lines = ["# Generated by tools/gen_unicode_expect.py from CPython %s (unicodedata %s)."
             % (sys.version.split()[0], unicodedata.unidata_version)]
    prev = None
    for c in range(0x110000):
        p = prop_line(c)
        if p != prev:
            lines.append("P %X %s" % (c, p))
            prev = p
    nprops = len(lines) - 1
    last = b""
    for name in name_cases():
        k = 0
        while k < len(last) and k < len(name) and last[k] == name[k]:
            k += 1
        cp = n_escape(name)
        lines.append("N %s %d %s" % ("-" if cp is None else "%X" % cp, k, escape(name[k:])))
        last = name
    path = os.path.join(ROOT, "tests", "unit", "data", "unicode_expect.txt")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as fh:
        fh.write("\n".join(lines) + "\n")
    print("%d property lines, %d name lines, %d bytes"
          % (nprops, len(lines) - 1 - nprops, os.path.getsize(path)))


if __name__ == "__main__":
    main()
