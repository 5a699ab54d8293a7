# args: --max-memory=64M --max-time=20s
# timeout: 30
# expect: exception MemoryError
# sandbox: a huge zero-padded width with grouping ('0<huge>_') is refused by
# the heap limit at once (fuzz_number found a loop over the width)
for v in (5, 2.5):
    try:
        format(v, "04219925474993_")
    except MemoryError:
        pass
format(5, "0999999999999999,")
