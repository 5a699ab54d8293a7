"""csv: reading and writing comma-separated values (asp's own
implementation in Python).

reader and writer over any iterable of lines / object with write(), with
dialects (excel, excel-tab, unix, registered names, Dialect subclasses,
keyword overrides) validated as CPython's _csv does, the QUOTE_* modes
(including QUOTE_STRINGS and QUOTE_NOTNULL), csv.Error, field_size_limit,
DictReader and DictWriter.  Sniffer is not provided.

The reader is a character state machine fed one line at a time; a record
may span lines only inside a quoted field (or after an escaped newline).
"""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "QUOTE_STRINGS", "QUOTE_NOTNULL", "Error", "Dialect", "excel", "excel_tab",
           "field_size_limit", "reader", "writer", "register_dialect", "get_dialect",
           "list_dialects", "unregister_dialect", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = range(6)


class Error(Exception):
    pass


Error.__module__ = '_csv'

_limit = [128 * 1024]


def field_size_limit(*args):
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _limit[0]
    if args:
        new = args[0]
        if not isinstance(new, int):
            raise TypeError("limit must be an integer")
        _limit[0] = new
    return old


_FIELDS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar',
           'quoting', 'skipinitialspace', 'strict')


def _char(name, value, default, allow_none):
    if value is None and allow_none:
        return None
    if value is None and not allow_none:
        value = default if default is not None else value
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _DialectSpec(object):
    """A validated, read-only set of format parameters (CPython's _csv.Dialect)."""

    __slots__ = ('_d',)

    def __init__(self, dialect=None, **kwargs):
        for k in kwargs:
            if k not in _FIELDS:
                raise TypeError("this function got an unexpected keyword argument %r" % k)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def pick(name, default):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None and hasattr(dialect, name):
                return getattr(dialect, name)
            return default

        d = {}
        delim = pick('delimiter', ',')
        if not isinstance(delim, str):
            raise TypeError('"delimiter" must be string, not %s' % type(delim).__name__)
        if len(delim) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        d['delimiter'] = delim
        d['doublequote'] = bool(pick('doublequote', True))
        esc = pick('escapechar', None)
        d['escapechar'] = _char('escapechar', esc, None, True)
        term = pick('lineterminator', '\r\n')
        if not isinstance(term, str):
            raise TypeError('"lineterminator" must be a string')
        d['lineterminator'] = term
        quoting_given = 'quoting' in kwargs
        quoting = pick('quoting', QUOTE_MINIMAL)
        if quoting is None:
            quoting = QUOTE_MINIMAL
        if not isinstance(quoting, int) or isinstance(quoting, bool):
            raise TypeError('"quoting" must be an integer')
        if quoting not in range(6):
            raise TypeError('bad "quoting" value')
        qc = _char('quotechar', pick('quotechar', '"'), None, True)
        if qc is None:
            if quoting_given and quoting != QUOTE_NONE:
                raise TypeError('quotechar must be set if quoting enabled')
            quoting = QUOTE_NONE
        d['quoting'] = quoting
        d['quotechar'] = qc
        d['skipinitialspace'] = bool(pick('skipinitialspace', False))
        d['strict'] = bool(pick('strict', False))
        if delim in '\r\n':
            raise ValueError('bad delimiter value')
        if qc is not None and qc in '\r\n':
            raise ValueError('bad quotechar value')
        if d['escapechar'] is not None and d['escapechar'] in '\r\n':
            raise ValueError('bad escapechar value')
        if qc is not None and delim == qc:
            raise ValueError('bad delimiter or quotechar value')
        if d['escapechar'] is not None and delim == d['escapechar']:
            raise ValueError('bad delimiter or escapechar value')
        if d['escapechar'] is not None and qc is not None and d['escapechar'] == qc:
            raise ValueError('bad escapechar or quotechar value')
        object.__setattr__(self, '_d', d)

    def __getattr__(self, name):
        d = object.__getattribute__(self, '_d')
        if name in d:
            return d[name]
        raise AttributeError("'_csv.Dialect' object has no attribute %r" % name)

    def __setattr__(self, name, value):
        if name in _FIELDS:
            raise AttributeError("attribute %r of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute %r" % name)

    def __repr__(self):
        return '<_csv.Dialect object>'


_dialects = {}


def register_dialect(name, dialect=None, **kwargs):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _DialectSpec(dialect, **kwargs)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


class Dialect:
    """Describe a CSV dialect: subclass and set the attributes."""

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _DialectSpec(self)
        except TypeError as e:
            raise Error(str(e)) from None
        except ValueError as e:
            raise Error(str(e)) from None


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


# ---- reader ----

(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)

_EOL = None     # the end of each input line


class _Reader(object):
    def __init__(self, iterable, dialect='excel', **kwargs):
        self._it = iter(iterable)
        self.dialect = _DialectSpec(dialect, **kwargs)
        self.line_num = 0

    def __iter__(self):
        return self

    def _save(self):
        text = ''.join(self._field)
        self._field = []
        d = self.dialect
        q = d.quoting
        if not self._quoted:
            if q == QUOTE_NONNUMERIC and text:
                self._fields.append(float(text))
                return
            if q == QUOTE_STRINGS:
                self._fields.append(float(text) if text else None)
                return
            if q == QUOTE_NOTNULL and not text:
                self._fields.append(None)
                return
        self._fields.append(text)

    def _add(self, c):
        if len(self._field) >= _limit[0]:
            raise Error("field larger than field limit (%d)" % _limit[0])
        self._field.append(c)

    def _feed(self, c):
        d = self.dialect
        st = self._state
        if st == _START_RECORD:
            if c is _EOL:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            st = self._state = _START_FIELD
        if st == _START_FIELD:
            self._quoted = False
            if c is _EOL or c == '\n' or c == '\r':
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._quoted = True
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save()
            else:
                self._add(c)
                self._state = _IN_FIELD
        elif st == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c is _EOL:
                c = '\n'
            self._add(c)
            self._state = _IN_FIELD
        elif st == _AFTER_ESCAPED_CRNL:
            if c is _EOL:
                return
            self._state = _IN_FIELD
            self._feed(c)
        elif st == _IN_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save()
                self._state = _START_FIELD
            else:
                self._add(c)
        elif st == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add(c)
        elif st == _ESCAPE_IN_QUOTED_FIELD:
            if c is _EOL:
                c = '\n'
            self._add(c)
            self._state = _IN_QUOTED_FIELD
        elif st == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save()
                self._state = _START_FIELD
            elif c is _EOL or c == '\n' or c == '\r':
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        elif st == _EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file with newline=''?")

    def __next__(self):
        self._fields = []
        self._field = []
        self._quoted = False
        self._state = _START_RECORD
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._feed(c)
            self._feed(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields


_Reader.__name__ = 'reader'
_Reader.__qualname__ = 'reader'
_Reader.__module__ = '_csv'


def reader(csvfile, dialect='excel', **fmtparams):
    return _Reader(csvfile, dialect, **fmtparams)


# ---- writer ----

def _is_number(x):
    return isinstance(x, (int, float, complex)) or (
        not isinstance(x, str) and hasattr(type(x), '__float__'))


class _Writer(object):
    def __init__(self, fileobj, dialect='excel', **kwargs):
        self.dialect = _DialectSpec(dialect, **kwargs)
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None

    def _field_text(self, field, only):
        d = self.dialect
        q = d.quoting
        if q == QUOTE_ALL:
            quoted = True
        elif q == QUOTE_NONNUMERIC:
            quoted = not _is_number(field) or isinstance(field, str)
        elif q == QUOTE_STRINGS:
            quoted = isinstance(field, str)
        elif q == QUOTE_NOTNULL:
            quoted = field is not None
        else:
            quoted = False
        if field is None:
            text = ''
        elif isinstance(field, str):
            text = field
        elif isinstance(field, float):
            text = repr(field)
        else:
            text = str(field)
        out = []
        special = (d.delimiter, d.escapechar, d.quotechar, '\n', '\r')
        for c in text:
            escape = False
            if c in special or c in d.lineterminator:
                if q == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        if only and not text and not quoted:
            if q in (QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL):
                raise Error("single empty field record must be quoted")
            quoted = True
        body = ''.join(out)
        if quoted:
            if d.quotechar is None:
                raise Error("need to escape, but no escapechar set")
            body = d.quotechar + body + d.quotechar
        return body

    def writerow(self, row):
        try:
            items = list(row)
        except TypeError:
            raise Error("iterable expected, not %.200s" % type(row).__name__) from None
        only = len(items) == 1
        line = self.dialect.delimiter.join([self._field_text(f, only) for f in items])
        return self._write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


_Writer.__name__ = 'writer'
_Writer.__qualname__ = 'writer'
_Writer.__module__ = '_csv'


def writer(csvfile, dialect='excel', **fmtparams):
    return _Writer(csvfile, dialect, **fmtparams)


# ---- dictionaries ----

class DictReader:
    """Reads rows as dicts keyed by the field names (by default the first row)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        lf = len(names)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in names[lr:]:
                d[key] = self.restval
        return d

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class DictWriter:
    """Writes dicts as rows in the order of `fieldnames`."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = [k for k in rowdict.keys() if k not in self.fieldnames]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
