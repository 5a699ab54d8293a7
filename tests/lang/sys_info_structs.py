# sys: version_info, int_info, float_info, hash_info, maxsize, maxunicode, byteorder, implementation
import sys
vi = sys.version_info
print(vi[:3], vi.major, vi.minor, vi.releaselevel, vi.serial, len(vi), vi >= (3, 13), vi < (4,), tuple(vi)[:2])
print(type(vi).__name__, isinstance(vi, tuple), vi[0], vi[-1], vi[1:3], list(vi)[:2], vi.index(13), vi.count(3) >= 1)
print(sys.version.startswith('3.13'), type(sys.version).__name__, hex(sys.hexversion)[:6])
print(sys.int_info, sys.int_info.bits_per_digit, len(sys.int_info))
print(sys.float_info)
print(sys.float_info.max == 1.7976931348623157e308, sys.float_info.epsilon == 2.0 ** -52, sys.float_info[0], sys.float_info.dig)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag, sys.hash_info.algorithm, sys.hash_info.cutoff)
print(hash(float('inf')) == sys.hash_info.inf, hash(sys.hash_info.modulus), hash(1j) == sys.hash_info.imag)
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.maxunicode, chr(sys.maxunicode) == '\U0010ffff', sys.byteorder)
print(type(sys.implementation).__name__, sys.implementation.version == sys.version_info, hasattr(sys.implementation, 'name'),
      hasattr(sys.implementation, 'cache_tag'), sys.implementation.hexversion == sys.hexversion)
for obj in [sys.version_info, sys.int_info, sys.float_info, sys.hash_info]:
    for attr in ['major', 'bits_per_digit', 'max', 'width']:
        if hasattr(obj, attr):
            try:
                setattr(obj, attr, 1)
            except AttributeError as e:
                print('AttributeError', e)
    try:
        type(obj)()
    except TypeError as e:
        print('TypeError', e)
    print(type(obj).__module__, type(obj).__name__, type(obj).n_fields == len(obj))
try:
    sys.version_info[5]
except IndexError as e:
    print('IndexError', e)
print(sys.float_repr_style, sys.api_version > 0 if False else '')
a, b, c, d, e = sys.version_info
print(a, b, d)
print(sys.version_info == (3, 13, 0, 'final', 0), hash(sys.version_info) == hash(tuple(sys.version_info)))
print(sys.flags.optimize, sys.flags.debug, sys.flags.dev_mode, sys.flags.isolated, len(sys.flags), type(sys.flags).__name__, sys.flags[3])
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
try:
    sys.flags.optimize = 2
except AttributeError as e:
    print('AttributeError', e)
