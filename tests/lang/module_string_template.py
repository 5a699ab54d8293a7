# string.Template: substitute, safe_substitute, errors, identifiers, subclasses
import string
from string import Template

t = Template('$who likes $what, ${who}s $$5')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}), t.substitute({'who': 'x'}, what='y'))
print(t.safe_substitute(who='bob'))
print(t.get_identifiers(), t.is_valid(), t.template)
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
for bad in ['$', 'a $1', 'line1\nab $ cd', '${x', '$ x']:
    try:
        Template(bad).substitute(x=1)
    except ValueError as e:
        print('ValueError', e)
    print(repr(Template(bad).safe_substitute(x=1)), Template(bad).is_valid())
print(Template('$x$y ${x}y $_a1').substitute(x=1, y=2, _a1=3))
print(Template('$é').safe_substitute(), Template('$ab-c').substitute(ab='AB'))

class Percent(Template):
    delimiter = '%'
print(Percent('%who is %{what} %%').substitute(who='a', what='b'))

class Dotted(Template):
    idpattern = r'[a-z]+(?:\.[a-z]+)*'
print(Dotted('$a.b and $c').substitute({'a.b': 1, 'c': 2}))

class Braced(Template):
    braceidpattern = r'[^}]+'
print(Braced('${a b} $c').substitute({'a b': 1, 'c': 2}))

class Custom(Template):
    pattern = r'\#(?:(?P<escaped>\#)|(?P<named>[a-z]+)|\{(?P<braced>[a-z]+)\}|(?P<invalid>))'
print(Custom('#x and ## and #{y}').substitute(x=1, y=2))
print(Template.delimiter, Template.idpattern, Template.flags, type(Template.pattern).__name__)
print(string.capwords('hello  world'), string.ascii_letters[:5])
