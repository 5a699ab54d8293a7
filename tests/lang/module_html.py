# html.escape / html.unescape and html.entities, compared with CPython 3.13.
import hashlib
import html
import html.entities as ent

print(html.__all__, ent.__all__)
print(repr(html.__doc__), repr(ent.__doc__))
print(html.entities is ent, type(ent.html5).__name__)

# escape
for s in ["", "plain", "<a href=\"x\">'&'</a>", "&amp;", "<<>>", "\"'\"'", "\u00e9<\U0001f600>&"]:
    print(repr(s), repr(html.escape(s)), repr(html.escape(s, False)), repr(html.escape(s, quote=0)))

class S(str):
    pass
r = html.escape(S("<b>"))
print(repr(r), type(r).__name__)
r = html.escape(S("plain"))
print(type(r).__name__)

# unescape: named references with and without ';', prefixes, unknown names
cases = ["", "no refs", "&", "&&", "&;", "& amp;", "&amp;", "&amp", "&AMP;", "&AMP", "&ampx",
         "&amp;x", "&lt&gt", "&lt;&gt;", "&notit;", "&notin;", "&notin", "&not", "&noti",
         "&AElig", "&AEligx", "&aelig;", "&Aelig;", "&nbsp;x", "&nbspx", "&copy2024",
         "&NotNestedGreaterGreater;", "&acE;", "&fjlig;", "&ThickSpace;", "&bne;", "&nvlt;",
         "&" + "a" * 31 + ";", "&" + "a" * 32 + ";", "&" + "a" * 33 + ";", "&ampamp;",
         "&xyz;", "&xyz", "&a", "&am", "&l", "&lt", "&lta", "&#", "&#;", "&#x", "&#x;", "&#X;",
         "&#65", "&#65;", "&#065;", "&#x41;", "&#X41", "&#x0041;", "&#65&#66;", "&#65x",
         "&#x41g", "&#xg;", "&#0;", "&#x0;", "&#9;", "&#10;", "&#11;", "&#12;", "&#13;",
         "&#x7f;", "&#128;", "&#x80;", "&#129;", "&#x8d;", "&#x9f;", "&#xa0;", "&#1;", "&#8;",
         "&#14;", "&#31;", "&#xd7ff;", "&#xd800;", "&#xdfff;", "&#xe000;", "&#xfdd0;",
         "&#xfdef;", "&#xfdf0;", "&#xfffd;", "&#xfffe;", "&#xffff;", "&#x1fffe;", "&#x10fffd;",
         "&#x10fffe;", "&#x10ffff;", "&#x110000;", "&#1114112;", "&#99999999999999999999;",
         "&#x" + "f" * 100 + ";", "&#0000000000000065;", "a&b c&d", "&\t&\n&\f& &<&#&;",
         "x &lt;tag&gt; &quot;q&quot; &apos;a&apos; &#39;", "&Eacute;t&eacute;", "&euro;&#8364;",
         "&\u00e9;", "&\U0001f600;", "&lt\u00e9"]
for s in cases:
    print(repr(s), ascii(html.unescape(s)))
s = "nothing to do"
print(html.unescape(s) is s)

# every other named reference alone, and those valid without ';' followed by
# text (in one string each: a space ends a reference)
for suffix, names in (("", list(ent.html5)[::2]), ("z", [k for k in ent.html5 if not k.endswith(";")])):
    got = html.unescape(" ".join("&" + k + suffix for k in names))
    want = " ".join(ent.html5[k] + suffix for k in names)
    bad = [k for k in names if html.unescape("&" + k + suffix) != ent.html5[k] + suffix] if got != want else []
    print("html5 names", repr(suffix), len(names), "bad", bad)
print("without ;", sorted(k for k in ent.html5 if not k.endswith(";"))[:12])

# the HTML 4 tables
print(len(ent.name2codepoint), len(ent.codepoint2name), len(ent.entitydefs))
print(list(ent.name2codepoint.items())[:5], list(ent.name2codepoint.items())[-3:])
print(list(ent.codepoint2name.items())[:5], list(ent.entitydefs.items())[:3])
print(ent.name2codepoint["lt"], ent.codepoint2name[0x3c], ascii(ent.entitydefs["nbsp"]))
print(list(ent.html5.items())[:6], list(ent.html5.items())[-3:])
text = "\n".join([k + "=" + v for k, v in ent.html5.items()])
print("html5 digest", hashlib.sha256(text.encode()).hexdigest()[:24])
got = html.unescape(" ".join("&%s;" % name for name in ent.name2codepoint)).split(" ")
print("HTML 4 names read differently in HTML5:",
      [name for name, g in zip(ent.name2codepoint, got) if g != chr(ent.name2codepoint[name])])

# numeric references over a sample of code points, decimal and hex
cps = list(range(0, 0x100)) + list(range(0x100, 0x110000, 2003)) + [
    0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFDCF, 0xFDD0, 0xFDEF, 0xFDF0,
    0xFFFD, 0xFFFE, 0xFFFF, 0x1FFFE, 0x2FFFF, 0x10FFFE, 0x10FFFF, 0x110000]
a = html.unescape(" ".join("&#%d;" % n for n in cps))
b = html.unescape(" ".join("&#x%x" % n for n in cps[::5]))
h = hashlib.sha256((a + "|" + b).encode("utf-8", "surrogatepass"))
print("numeric digest", len(cps), h.hexdigest()[:24])

def err(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("->", ascii(r))

err(html.escape, 1)
err(html.escape, None)
err(html.escape, b"<")
err(html.unescape, 1)
err(html.unescape, None)
err(html.unescape, b"&amp;")
err(html.unescape, "&#" + "1" * 5000 + ";")
err(html.escape)
err(html.unescape, "a", "b")
