# alignment and padding with wide/combining characters counted as code points, fill characters, str.format widths
for s in ['a', 'é', 'e\u0301', '😀', '中文', '', 'tab\t']:
    print(repr(f'{s:<6}'), repr(f'{s:>6}'), repr(f'{s:^6}'), repr(f'{s:*^7}'), repr(s.ljust(5, '·')), repr(s.center(5)), len(f'{s:^6}'))
for fill in ['0', ' ', '😀', '{', '}', '\t', 'é']:
    print(repr(format('x', f'{fill}^5')), repr(format(42, f'{fill}>6')), repr(format(-4.5, f'{fill}=8')))
print('{:^{}}'.format('mid', 9), '{:{}^{}}'.format('m', '-', 5), '{0:>{1}}{0:<{1}}'.format('|', 3))
print('%-6s|%6s|%-6.2s|' % ('é', '😀', 'abc'), '%5c|%-5c|' % ('€', 0x1f600))
