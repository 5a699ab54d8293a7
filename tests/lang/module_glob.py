# glob's text functions: escape, has_magic, translate (matching is in tests/caps/files_walk.py).
import glob
import re

print(glob.escape("a[b]*?"), glob.escape(b"x*"), glob.escape("plain/path"), glob.has_magic("a*"),
      glob.has_magic("abc"), glob.has_magic(b"[x]"), glob.has_magic("a?"))
pats = ["a/**", "**", "**/**/x", "a**b", "*", "a/*", ".*", "a//b", "", "[", "a[!/]b", "x*?*y",
        "[!x]*", "*.py", "a/**/b", "**/*.txt", "x?[ab]", "[a-z]?", "[!]]x", "[^a]", "[a-]", "[z-a]", "[!]"]
for p in pats:
    print(repr(p), glob.translate(p), glob.translate(p, recursive=True),
          glob.translate(p, recursive=True, include_hidden=True), glob.translate(p, include_hidden=True))
print(glob.translate("a\\b*", seps="/\\"))
rx = re.compile(glob.translate("src/**/*.py", recursive=True))
for name in ["src/a.py", "src/x/y/b.py", "src/.h/c.py", "src/x/.d.py", "lib/a.py", "src/a.pyc"]:
    print(name, bool(rx.match(name)))
