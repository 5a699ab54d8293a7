# the built-in error handlers on each codec, encoding and decoding
text = "a\xe9\u20ac\U0001f600\udcff-"
for codec in ["ascii", "latin-1", "utf-8", "utf-16-le", "utf-32-be"]:
    for errors in ["replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
        try:
            print(codec, errors, text.encode(codec, errors))
        except UnicodeEncodeError as e:
            print(codec, errors, "UnicodeEncodeError:", e)

# surrogateescape round trips arbitrary bytes through str
raw = b"ok \x80\xfe\xff end"
for codec in ["ascii", "utf-8"]:
    s = raw.decode(codec, "surrogateescape")
    print(codec, ascii(s), s.encode(codec, "surrogateescape") == raw)
try:
    "\udc41".encode("ascii", "surrogateescape")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    "\ud800".encode("latin-1", "surrogateescape")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(ascii(b"\xe9\xff\x80\x81\x82".decode("utf-8", "surrogateescape")))

# decoders refuse the encode-only handlers
for errors in ["xmlcharrefreplace", "namereplace"]:
    try:
        b"\xff".decode("utf-8", errors)
    except TypeError as e:
        print("TypeError:", e)
# namereplace: names, algorithmic names, and characters without a name
print("\uac00\u4e00\U00020000\x85\ue000\u00a0".encode("ascii", "namereplace"))
# surrogatepass only for the utf codecs
for codec in ["ascii", "latin-1"]:
    try:
        "\ud800".encode(codec, "surrogatepass")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
