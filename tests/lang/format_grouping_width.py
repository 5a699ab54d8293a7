# Zero-padded grouped formats ('0<width>_' / ','): every width gives
# CPython's digits and separators, and a huge width is a MemoryError at
# once (tests/security/bomb_format_grouped_width*), not a loop over the
# width (fuzz_number found the hang).
for spec_tail in ["_", ",", "_x", "_b", "_o"]:
    for width in range(0, 15):
        spec = "0%d%s" % (width, spec_tail)
        out = []
        for v in (0, 5, -5, 1234, 123456789):
            out.append(format(v, spec))
        print(spec, out)
for width in range(0, 14):
    print(format(1234.5, "0%d,.1f" % width), format(-0.25, "0%d_.2f" % width), format(float("inf"), "0%d,f" % width))
