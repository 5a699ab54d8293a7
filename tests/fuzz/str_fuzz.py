#!/usr/bin/env python3
"""Differential fuzzing of str/bytes methods and formatting: generates
programs of random calls (random strings over an alphabet mixing ASCII,
latin-1, BMP, astral characters and format/whitespace characters), runs each
under CPython 3.13 and under asp, and reports any difference in output
(results are printed with ascii(); exceptions as their type, and for the
formatting programs their message too).

Usage: ASP=build/asp python3 tests/fuzz/str_fuzz.py [FIRST_SEED [LAST_SEED]]
(CPython is found as `PYENV_VERSION=3.13.0 python3`.)
"""
import io, os, random, subprocess, sys, tempfile
from contextlib import redirect_stdout


def gen_methods(seed):
    rnd = random.Random(seed)
    alphabet = ['a', 'b', ' ', '\t', '\n', 'A', 'é', 'ß', 'Σ', '\u0101', '\u2028', '\U0001F600', '1', '_', ',', '{', '}', '%', 'İ', 'ǅ']
    def rs(n=None):
        n = rnd.randint(0, 8) if n is None else n
        return ''.join(rnd.choice(alphabet) for _ in range(n))
    def rb():
        return bytes(rnd.choice(b'ab \t\nA,{}%\x00\xff') for _ in range(rnd.randint(0, 8)))
    methods = [('split', lambda: rnd.choice([(), (rs(1),), (None, rnd.randint(-1, 3)), (rs(2), rnd.randint(-1, 2))])),
               ('rsplit', lambda: rnd.choice([(), (rs(1),), (None, rnd.randint(-1, 3))])),
               ('strip', lambda: rnd.choice([(), (rs(2),)])), ('lstrip', lambda: (rs(2),)), ('rstrip', lambda: ()),
               ('replace', lambda: (rs(1), rs(2), rnd.randint(-1, 3))), ('find', lambda: (rs(rnd.randint(0, 2)), rnd.randint(-10, 10))),
               ('rfind', lambda: (rs(1), rnd.randint(-10, 10), rnd.randint(-10, 10))), ('count', lambda: (rs(rnd.randint(0, 2)),)),
               ('startswith', lambda: (rs(1),)), ('endswith', lambda: ((rs(1), rs(2)),)), ('upper', tuple), ('lower', tuple),
               ('casefold', tuple), ('title', tuple), ('capitalize', tuple), ('swapcase', tuple), ('center', lambda: (rnd.randint(-2, 12), rnd.choice(alphabet))),
               ('ljust', lambda: (rnd.randint(0, 12),)), ('zfill', lambda: (rnd.randint(0, 12),)), ('expandtabs', lambda: (rnd.randint(-1, 5),)),
               ('partition', lambda: (rs(1),)), ('rpartition', lambda: (rs(1),)), ('splitlines', lambda: (rnd.choice([True, False]),)),
               ('isalpha', tuple), ('isupper', tuple), ('istitle', tuple), ('isspace', tuple), ('isidentifier', tuple), ('isprintable', tuple),
               ('encode', lambda: (rnd.choice(['utf-8', 'ascii', 'latin-1']), rnd.choice(['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']))),
               ('format', lambda: tuple(rs(2) for _ in range(3))), ('join', lambda: ([rs(2) for _ in range(rnd.randint(0, 3))],)),
               ('removeprefix', lambda: (rs(1),)), ('__mod__', lambda: (tuple(rs(1) for _ in range(rnd.randint(0, 2))),)),
               ('__getitem__', lambda: (slice(rnd.randint(-9, 9), rnd.choice([None, rnd.randint(-9, 9)]), rnd.choice([None, 1, -1, 2, -3])),)),
               ('__format__', lambda: (rnd.choice(['', '>5', '^9', '*<4', '.2', '10.3', 'x^7']),))]
    bmethods = [('split', lambda: rnd.choice([(), (b',',)])), ('strip', tuple), ('replace', lambda: (rb()[:1], rb()[:2])), ('find', lambda: (rb()[:2],)),
                ('upper', tuple), ('title', tuple), ('decode', lambda: (rnd.choice(['utf-8', 'ascii', 'latin-1']), rnd.choice(['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape']))),
                ('hex', tuple), ('center', lambda: (rnd.randint(0, 12),)), ('splitlines', tuple), ('partition', lambda: (b'a',)), ('__mod__', lambda: ((),)), ('count', lambda: (rb()[:1],))]
    print('def t(f):')
    print('    try:')
    print('        print(ascii(f()))')
    print('    except Exception as e:')
    print('        print(type(e).__name__)')
    for i in range(400):
        if rnd.random() < 0.75:
            s = rs(); m, argf = rnd.choice(methods)
        else:
            s = rb(); m, argf = rnd.choice(bmethods)
        args = argf()
        print('t(lambda: %r.%s(*%r))' % (s, m, args))


def gen_formatting(seed):
    rnd = random.Random(seed)
    print('def t(f):')
    print('    try:')
    print('        print(ascii(f()))')
    print('    except Exception as e:')
    print('        print(type(e).__name__, e)')
    convs = 'sdiouxXeEfFgGcr%a'
    for i in range(300):
        flags = ''.join(rnd.choice('-+ #0') for _ in range(rnd.randint(0, 2)))
        width = rnd.choice(['', str(rnd.randint(0, 12)), '*'])
        prec = rnd.choice(['', '.', '.' + str(rnd.randint(0, 8)), '.*'])
        conv = rnd.choice(convs)
        fmt = 'x%' + flags + width + prec + conv + 'y'
        vals = [rnd.choice([0, 7, -42, 255, 3.5, -0.0, 1e20, 2.675, float('inf'), 'ab', 'é', True, 2**70])]
        if '*' in width: vals.insert(0, rnd.randint(-6, 6))
        if '*' in prec: vals.insert(1 if '*' in width else 0, rnd.randint(0, 5))
        print('t(lambda: %r %% %r)' % (fmt, tuple(vals)))
        spec = ''.join(rnd.choice(['', '*<', '>', '^', '=']) ) + rnd.choice(['', '+', '-', ' ']) + rnd.choice(['', '#']) + rnd.choice(['', '0']) + rnd.choice(['', '7', '12']) + rnd.choice(['', ',', '_']) + rnd.choice(['', '.3', '.0']) + rnd.choice(['', 's', 'd', 'x', 'f', 'e', 'g', '%', 'b', 'c'])
        v = rnd.choice(['text', 'é', 5, -3.25, 0, 2**40, True])
        print('t(lambda: format(%r, %r))' % (v, spec))
        print('t(lambda: "{0:%s}|{0!r:>6}".format(%r))' % (spec.replace('{', ''), v))


def run(cmd, path, env=None):
    p = subprocess.run(cmd + [path], capture_output=True, text=True, env=env, timeout=60)
    return p.stdout + (('--- exit %d\n' % p.returncode + p.stderr[-300:]) if p.returncode else '')


def main():
    first = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    last = int(sys.argv[2]) if len(sys.argv) > 2 else first + 19
    asp = os.environ.get('ASP', 'build/asp').split()
    env = dict(os.environ, PYENV_VERSION='3.13.0')
    bad = 0
    for seed in range(first, last + 1):
        for gen in (gen_methods, gen_formatting):
            buf = io.StringIO()
            with redirect_stdout(buf):
                gen(seed)
            with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
                f.write(buf.getvalue())
            want = run(['python3'], f.name, env)
            got = run(asp, f.name)
            if want != got:
                bad += 1
                wl, gl = want.splitlines(), got.splitlines()
                for k in range(max(len(wl), len(gl))):
                    w = wl[k] if k < len(wl) else '<none>'
                    g = gl[k] if k < len(gl) else '<none>'
                    if w != g:
                        print('%s seed %d line %d: %s' % (gen.__name__, seed, k + 1, buf.getvalue().splitlines()[k + 5] if k + 5 < len(buf.getvalue().splitlines()) else ''))
                        print('   cpython: %s\n   asp:     %s' % (w, g))
                        break
                print('   program kept in', f.name)
            else:
                os.unlink(f.name)
    print('%d seeds, %d programs differ' % (last - first + 1, bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
