# unpacking errors and messages: too many/few values, star targets, non-iterables, nested targets
def t(label, src):
    try:
        ns = {}
        exec(src, ns)
        print(label, {k: v for k, v in ns.items() if k != '__builtins__'})
    except Exception as e:
        print(label, type(e).__name__, e)
t('ok', 'a, b = 1, 2')
t('few', 'a, b, c = 1, 2')
t('many', 'a, b = 1, 2, 3')
t('none', 'a, b = None')
t('int', 'a, = 5')
t('star ok', 'a, *b = range(4)')
t('star empty', 'a, *b, c = [1, 2]')
t('star few', 'a, *b, c = [1]')
t('star str', '*a, b = "xyz"')
t('nested', '(a, b), c = (1, 2), 3')
t('nested bad', '(a, b), c = 1, 2')
t('dict', 'a, b = {"x": 1, "y": 2}')
t('set one', 'a, = {5}')
t('gen', 'a, b = (i for i in range(2))')
t('gen many', 'a, b = (i for i in range(5))')
t('string', 'a, b = "ab"')
t('for unpack', 'for a, b in [(1, 2), (3,)]: pass')
t('comp unpack', '[a for a, b in [1]]')
t('many big', 'a, b = range(10**6)')
t('star two', 'a, *b, *c = [1, 2]')
