"""Text wrapping and filling (asp's own implementation of CPython's
`textwrap`, written from its documented and observable behaviour).

Text is cut into chunks (whitespace runs and words; words may be split
after hyphens and around em-dashes), then chunks are packed greedily into
lines of at most `width` characters.  Only the ASCII whitespace characters
' \\t\\n\\x0b\\x0c\\r' separate words, as in CPython."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_WS = '\t\n\x0b\x0c\r '
_WORD_PUNCT = '!"\'&.,?'


def _is_letter(c):
    # a regex [^\d\W]: a word character that is not a digit
    return (c == '_' or c.isalnum()) and not c.isdigit()


def _is_word(c):
    return c == '_' or c.isalnum()


def _hyphen_run(w, j):
    # length of a run of '-' at w[j:] if it is at least 2 long and followed
    # by a word character (an em-dash), else 0
    k = j
    n = len(w)
    while k < n and w[k] == '-':
        k += 1
    if k - j >= 2 and k < n and _is_word(w[k]):
        return k - j
    return 0


def _split_word(w, pieces):
    """Cut one whitespace-free word into pieces at hyphenation points."""
    n = len(w)
    start = 0
    while start < n:
        if start > 0 and (_is_word(w[start - 1]) or w[start - 1] in _WORD_PUNCT):
            k = _hyphen_run(w, start)
            if k:
                pieces.append(w[start:start + k])
                start += k
                continue
        j = start + 1
        while True:
            if j >= n:
                pieces.append(w[start:])
                start = n
                break
            if w[j] == '-':
                before = ((j >= 2 and _is_letter(w[j - 1]) and _is_letter(w[j - 2])) or
                          (j >= 3 and _is_letter(w[j - 1]) and w[j - 2] == '-' and
                           _is_letter(w[j - 3])))
                if before and j + 1 < n and _is_letter(w[j + 1]):
                    if ((j + 2 < n and _is_letter(w[j + 2])) or
                            (j + 3 < n and w[j + 2] == '-' and _is_letter(w[j + 3]))):
                        pieces.append(w[start:j + 1])
                        start = j + 1
                        break
            if (_is_word(w[j - 1]) or w[j - 1] in _WORD_PUNCT) and _hyphen_run(w, j):
                pieces.append(w[start:j])
                start = j
                break
            j += 1


def _split_ws(text):
    """Split text into alternating runs of whitespace and non-whitespace."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        j = i
        if text[i] in _WS:
            while j < n and text[j] in _WS:
                j += 1
        else:
            while j < n and text[j] not in _WS:
                j += 1
        out.append(text[i:j])
        i = j
    return out


def _sentence_end(chunk):
    # [a-z][.!?]["']? at the end of the chunk
    n = len(chunk)
    if n and chunk[-1] in '"\'':
        n -= 1
    return (n >= 2 and chunk[n - 1] in '.!?' and 'a' <= chunk[n - 2] <= 'z')


class TextWrapper:
    """Object that wraps and fills text; options are attributes."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in '\t\n\x0b\x0c\r':
                text = text.replace(c, ' ')
        return text

    def _split(self, text):
        runs = _split_ws(text)
        if not self.break_on_hyphens:
            return runs
        chunks = []
        for r in runs:
            if r[0] in _WS:
                chunks.append(r)
            else:
                _split_word(r, chunks)
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, rchunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = rchunks[-1]
            end = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                h = chunk.rfind('-', 0, space_left)
                if h > 0 and chunk[:h].strip('-'):
                    end = h + 1
            cur_line.append(chunk[:end])
            rchunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(rchunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            ind = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(ind) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks = list(reversed(chunks))
        while chunks:
            cur = []
            cur_len = 0
            ind = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(ind)
            if self.drop_whitespace and lines and chunks[-1].strip() == '':
                chunks.pop()
            while chunks:
                n = len(chunks[-1])
                if cur_len + n > width:
                    break
                cur.append(chunks.pop())
                cur_len += n
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur, cur_len, width)
                cur_len = sum(len(c) for c in cur)
            if self.drop_whitespace and cur and cur[-1].strip() == '':
                cur_len -= len(cur[-1])
                cur.pop()
            if not cur:
                continue
            rest_empty = (not chunks or
                          (self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip()))
            if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                    (rest_empty and cur_len <= width)):
                lines.append(ind + ''.join(cur))
                continue
            # the last allowed line: end it with the placeholder
            while cur:
                if cur[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur.append(self.placeholder)
                    lines.append(ind + ''.join(cur))
                    return lines
                cur_len -= len(cur[-1])
                cur.pop()
            if lines:
                prev = lines[-1].rstrip()
                if len(prev) + len(self.placeholder) <= self.width:
                    lines[-1] = prev + self.placeholder
                    return lines
            lines.append(ind + self.placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """Wrap text into a list of lines of at most self.width characters."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap text and return it as one string with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a paragraph into a list of lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap a paragraph into one newline-separated string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace and truncate text to fit width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove the common leading spaces/tabs from every line; lines holding
    only spaces and tabs become empty."""
    lines = text.split('\n')
    margin = None
    for i, line in enumerate(lines):
        stripped = line.lstrip(' \t')
        if not stripped:
            lines[i] = ''
            continue
        lead = line[:len(line) - len(stripped)]
        if margin is None:
            margin = lead
        elif not lead.startswith(margin):
            k = 0
            while k < len(margin) and k < len(lead) and margin[k] == lead[k]:
                k += 1
            margin = margin[:k]
    if margin:
        n = len(margin)
        lines = [ln[n:] if ln else ln for ln in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text selected by predicate (by default,
    lines that are not only whitespace)."""
    out = []
    for line in text.splitlines(True):
        if (line.strip() if predicate is None else predicate(line)):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
