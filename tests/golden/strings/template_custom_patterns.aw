# string.Template subclasses that change idpattern, braceidpattern, flags or the whole pattern.
from string import Template


class Dotted(Template):
    idpattern = r'[_a-z][._a-z0-9]*'


class Percent(Template):
    delimiter = '%'
    idpattern = r'[a-z]+'
    braceidpattern = r'[A-Z ]+'


class CaseSensitive(Template):
    flags = 0


class AtAt(Template):
    pattern = r"""
    \$(?:
      (?P<escaped>\$)              |
      (?P<named>[_a-z][_a-z0-9]*)  |
      @@(?P<braced>[_a-z][_a-z0-9]*)@@ |
      (?P<invalid>)
    )
    """


values = {"user.name": "ada", "user": "bob", "cost": "3", "FULL NAME": "Ada L", "who": "tim",
          "WHAT": "ham", "w": "fred", "meal": "tea", "place": "Leeds"}


def run(label, tmpl):
    print(label, repr(tmpl.template))
    for method in ("substitute", "safe_substitute"):
        try:
            print("  ", method, repr(getattr(tmpl, method)(values)))
        except (KeyError, ValueError) as e:
            print("  ", method, type(e).__name__, e)
    try:
        print("   valid", tmpl.is_valid(), "ids", tmpl.get_identifiers())
    except ValueError as e:
        print("   ValueError", e)


run("dotted", Dotted("$user.name paid $cost $$ and $user"))
run("percent", Percent("%cost%% for %{FULL NAME} and %{lower} %"))
run("case", CaseSensitive("$wHO likes ${WHAT} for ${meal}"))
run("atat", AtAt("Meet in $@@place@@ at $$5 or $@@nowhere@@"))
run("atat bad", AtAt("a $ b"))
run("plain", Template("$who likes ${WHAT} $meal and $"))
print(Template.delimiter, Dotted.pattern.pattern.strip().splitlines()[0], int(AtAt.flags))
