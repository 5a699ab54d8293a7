# csv: reader, writer, dialects, quoting modes, DictReader/DictWriter, errors
import csv
import io

print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE,
      csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL)
print(sorted(csv.list_dialects()), csv.field_size_limit())
print(csv.Error.__mro__[1:], csv.Error.__module__)

def rows(lines, **kw):
    try:
        return list(csv.reader(lines, **kw))
    except (csv.Error, ValueError, TypeError) as e:
        return "%s: %s" % (type(e).__name__, e)

print(rows(['a,b,c', '1,2,3']))
print(rows(['"a,b",c', '"he said ""hi""",x']))
print(rows(['a,"b"c,d', '']))
print(rows(['"abc']))
print(rows(['a,"multi', 'line",b', 'c']))
print(rows(io.StringIO('a,"multi\nline",b\r\nc\n\nd,\n')))
print(rows(['a\n', 'b\r\n', ',', ',,']))
print(rows(['a,b\\\n', 'c'], escapechar='\\'))
print(rows(['"x\\"y",a\\,b'], escapechar='\\'))
print(rows(['a, b,  "c"'], skipinitialspace=True))
print(rows(['a;b;"c;d"'], delimiter=';'))
print(rows(["a|'b|c'"], delimiter='|', quotechar="'"))
print(rows(['a,"b",c'], quoting=csv.QUOTE_NONE))
print(rows(['a,"b",c'], quotechar=None))
print(rows([',"",1,2.5'], quoting=csv.QUOTE_NONNUMERIC))
print(rows([',"",1,2.5'], quoting=csv.QUOTE_STRINGS))
print(rows([',,1', '"",x'], quoting=csv.QUOTE_NOTNULL))
print(rows(['1,x'], quoting=csv.QUOTE_NONNUMERIC))
print(rows(['a\tb\t"c\td"'], dialect='excel-tab'))
print(rows(['a"b"c,"x"y'], strict=True))
print(rows(['"ab'], strict=True))
print(rows(['a\rb']))
print(rows(['a\nb']))
print(rows([1]))
r = csv.reader(['a,b', 'c', '"d', 'e"'])
print(r.line_num, next(r), r.line_num, next(r), r.line_num, next(r), r.line_num)
print(r.dialect.delimiter, r.dialect.quotechar, r.dialect.quoting, r.dialect.doublequote)
print(type(r).__name__, type(r).__module__)
try:
    r.dialect.delimiter = ';'
except AttributeError as e:
    print("AttributeError")

def written(rowlist, **kw):
    s = io.StringIO()
    w = csv.writer(s, **kw)
    out = []
    for row in rowlist:
        try:
            out.append(w.writerow(row))
        except csv.Error as e:
            out.append("Error: %s" % e)
    return out, s.getvalue()

sample = [None, '', 1, 1.5, True, ' a', 'x,y', 'q"q', 'e\\e', 'n\nl', 'cr\r']
for q in range(6):
    print(q, written([sample, [''], [], [None], ['', '']], quoting=q, escapechar='\\'))
print(written([['a', 'b"c']], quoting=csv.QUOTE_NONE))
print(written([['q"q']], doublequote=False, escapechar='\\'))
print(written([['q"q']], doublequote=False))
print(written([['a!b', 'c']], lineterminator='!'))
print(written([['a', 'b c']], quotechar=None))
print(written([['a,b']], quotechar=None))
print(written([[1, 2], ['x', 'y']], dialect='unix'))
print(written([['t\tab', 'x']], dialect='excel-tab'))
print(written([[3 + 4j, -0.0, 10 ** 20, 1e100]]))
print(written([5]))
print(written([iter(['g', 'e', 'n'])]))
s = io.StringIO()
w = csv.writer(s)
w.writerows([[1, 2], [3, 4]])
print(repr(s.getvalue()), w.dialect.lineterminator == '\r\n')

for kw in [dict(delimiter='ab'), dict(quoting=9), dict(quoting='1'), dict(quoting=True),
           dict(lineterminator=1), dict(delimiter=None), dict(escapechar='ab'),
           dict(quotechar='ab'), dict(quotechar=1), dict(escapechar=1),
           dict(delimiter='\n'), dict(quotechar='\n'), dict(foo=1), dict(delimiter=1),
           dict(quotechar=','), dict(escapechar=','), dict(escapechar='"'),
           dict(quotechar=None, quoting=csv.QUOTE_ALL), dict(quotechar=None)]:
    try:
        rd = csv.reader([], **kw)
        print("ok", kw, repr(rd.dialect.quotechar), rd.dialect.quoting)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# dialects
class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    doublequote = True
    skipinitialspace = True
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL

print(rows(["a; 'b;c'"], dialect=Semi))
print(written([['a;b', 'c']], dialect=Semi()))
csv.register_dialect('semi', Semi)
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()))
print(written([['a', 'b']], dialect='pipes'), written([['x;y']], dialect='semi', delimiter=','))
d = csv.get_dialect('pipes')
print(d.delimiter, d.quoting, repr(d.lineterminator), d.escapechar, d.strict)
ex = csv.get_dialect('excel')
print(ex.delimiter, ex.quoting, repr(ex.lineterminator), ex.escapechar, ex.strict,
      ex.skipinitialspace, ex.doublequote, ex.quotechar)
csv.unregister_dialect('pipes')
for bad in ['pipes', 'nope']:
    try:
        csv.get_dialect(bad)
    except csv.Error as e:
        print("Error", e)
try:
    csv.unregister_dialect('nope')
except csv.Error as e:
    print("Error", e)
try:
    csv.register_dialect('bad', delimiter='xx')
except TypeError as e:
    print("TypeError", e)
class Bad(csv.Dialect):
    delimiter = 'xx'
try:
    Bad()
except csv.Error as e:
    print("Error", e)
class Empty(csv.Dialect):
    pass
try:
    Empty()
except csv.Error as e:
    print("Error", e)
print(csv.excel.delimiter, csv.excel_tab.delimiter, csv.unix_dialect.quoting,
      repr(csv.unix_dialect.lineterminator))

# field size limit
old = csv.field_size_limit(5)
print(old, rows(['abcde,f']), rows(['abcdef']))
print(csv.field_size_limit(old))

# DictReader / DictWriter
data = "name,age,city\r\nann,30,Oslo\r\n\r\nbob,25\r\ncat,41,Rome,extra,more\r\n"
dr = csv.DictReader(io.StringIO(data))
print(dr.fieldnames, dr.line_num)
for row in dr:
    print(row, dr.line_num)
dr2 = csv.DictReader(io.StringIO(data), fieldnames=['a', 'b'], restkey='rest', restval='?')
print(list(dr2))
print(list(csv.DictReader(io.StringIO("x;y\n1;2\n"), delimiter=';')))
print(csv.DictReader(io.StringIO("")).fieldnames)
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['name', 'age'], restval='NA')
print(dw.writeheader())
dw.writerow({'name': 'ann', 'age': 30})
dw.writerows([{'name': 'bob'}, {'age': 7, 'name': 'c,d'}])
print(repr(out.getvalue()))
try:
    dw.writerow({'name': 'x', 'zip': 1})
except ValueError as e:
    print("ValueError", e)
dwi = csv.DictWriter(io.StringIO(), ['a'], extrasaction='ignore')
dwi.writerow({'a': 1, 'b': 2})
try:
    csv.DictWriter(io.StringIO(), ['a'], extrasaction='drop')
except ValueError as e:
    print("ValueError", e)
