# TypeError wording for binary, in-place, unary and comparison operators across built-in types
values = [1, 1.5, 'a', b'b', [1], (1,), {1: 2}, {1}, None, 1j, range(1)]
ops = ['+', '-', '*', '/', '//', '%', '**', '<<', '&', '@', '<']
seen = set()
for op in ops:
    for a in values:
        for b in values:
            try:
                eval(f'a {op} b')
            except TypeError as e:
                msg = str(e)
                if msg not in seen:
                    seen.add(msg)
                    print(op, msg)
            except Exception as e:
                pass
for op in ['+=', '-=', '*=', '|=', '**=']:
    ns = {'x': [1], 'y': 'a'}
    try:
        exec(f'x {op} 5', ns)
    except TypeError as e:
        print(op, e)
    try:
        exec(f'y {op} None', ns)
    except TypeError as e:
        print(op, e)
for u in ['-', '+', '~']:
    for v in ['a', [1], None, {}, 1.5j]:
        try:
            eval(f'{u}v')
        except TypeError as e:
            print(u, e)
