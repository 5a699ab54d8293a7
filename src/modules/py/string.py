"""Common string constants and capwords (asp's own implementation of the
parts of CPython's `string` module that need no other module)."""

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace"]


def capwords(s, sep=None):
    """Split s by sep, capitalize each word, join with sep (a space when
    sep is None)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


# ---------------------------------------------------------------- Template
# $-substitution (PEP 292).  The placeholder pattern is built per class from
# delimiter, idpattern, braceidpattern and flags unless the class gives its
# own `pattern`; it has the groups escaped, named, braced and invalid.

import re as _re

__all__.append("Template")


def _template_pattern(cls):
    if 'pattern' in cls.__dict__:
        return _re.compile(cls.pattern, cls.flags | _re.VERBOSE) \
            if isinstance(cls.pattern, str) else cls.pattern
    d = _re.escape(cls.delimiter)
    ident = cls.idpattern
    braced = cls.braceidpattern or cls.idpattern
    source = (d + r'(?:(?P<escaped>' + d + r')|(?P<named>' + ident + r')|\{(?P<braced>' +
              braced + r')\}|(?P<invalid>))')
    return _re.compile(source, cls.flags | _re.VERBOSE)


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.pattern = _template_pattern(cls)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if (mo.group('named') is None and mo.group('braced') is None
                    and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return True

    def get_identifiers(self):
        ids = []
        for mo in self.pattern.finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None and named not in ids:
                ids.append(named)
            elif (named is None and mo.group('invalid') is None
                    and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return ids


Template.pattern = _template_pattern(Template)


class _ChainMap:
    # keyword arguments first, then the mapping
    def __init__(self, first, second):
        self._maps = (first, second)

    def __getitem__(self, key):
        for m in self._maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)


# --------------------------------------------------------------- Formatter
# str.format's machinery as overridable methods.  _parse_format and
# _split_field_name reproduce what CPython's _string.formatter_parser and
# formatter_field_name_split yield (and their error messages); both are
# generators, so errors surface while iterating, as in CPython.

__all__.append("Formatter")


def _parse_format(s):
    n = len(s)
    i = 0
    while i < n:
        # literal text up to the next brace
        j = i
        while j < n and s[j] not in '{}':
            j += 1
        literal = s[i:j]
        if j >= n:
            yield literal, None, None, None
            return
        c = s[j]
        if j + 1 < n and s[j + 1] == c:
            # a doubled brace stands for itself and ends this literal
            yield literal + c, None, None, None
            i = j + 2
            continue
        if c == '}':
            raise ValueError("Single '}' encountered in format string")
        if j + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        # the field name runs to '}', '!' or ':' outside square brackets
        k = j + 1
        in_bracket = False
        while k < n:
            ch = s[k]
            if ch == '[':
                in_bracket = True
            elif ch == ']':
                in_bracket = False
            elif not in_bracket:
                if ch == '{':
                    raise ValueError("unexpected '{' in field name")
                if ch in '}!:':
                    break
            k += 1
        if k >= n:
            raise ValueError("expected '}' before end of string")
        name = s[j + 1:k]
        conversion = None
        if s[k] == '!':
            if k + 1 >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[k + 1]
            k += 2
            if k >= n:
                raise ValueError("unmatched '{' in format spec")
            if s[k] not in ':}':
                raise ValueError("expected ':' after conversion specifier")
        spec = ''
        if s[k] == ':':
            depth = 1
            m = k + 1
            while m < n:
                if s[m] == '{':
                    depth += 1
                elif s[m] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                m += 1
            if m >= n:
                raise ValueError("unmatched '{' in format spec")
            spec = s[k + 1:m]
            k = m
        yield literal, name, spec, conversion
        i = k + 1


def _index_or_str(text):
    if text and all(c.isdecimal() for c in text):
        return int(text)
    return text


def _field_rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            j = i
            while j < n and name[j] not in '.[':
                j += 1
            if j == i:
                raise ValueError("Empty attribute in format string")
            yield True, name[i:j]
            i = j
        else:
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            if j == i:
                raise ValueError("Empty attribute in format string")
            yield False, _index_or_str(name[i:j])
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def _split_field_name(name):
    j = 0
    while j < len(name) and name[j] not in '.[':
        j += 1
    return _index_or_str(name[:j]), _field_rest(name, j)


class Formatter:
    """The machinery of str.format, as methods a subclass can override."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # auto_arg_index is False once a field was numbered by hand
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    # CPython gives this same message in both directions
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Iterate (literal_text, field_name, format_spec, conversion)."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
