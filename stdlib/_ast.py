"""_ast: CPython 3.11's node classes (generated once from CPython 3.11's _ast by
scripts/gen_ast_classes.py; do not edit by hand). stdlib/ast_convert.c builds and reads these
nodes: compile(source, ..., PyCF_ONLY_AST) returns them and compile(tree, ...) runs them."""

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST:
    __module__ = 'ast'
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        fields = getattr(type(self), '_fields', ())
        if len(args) > len(fields):
            raise TypeError('%.400s constructor takes at most %d positional argument%s'
                            % (type(self).__name__, len(fields), '' if len(fields) == 1 else 's'))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__) or None


class mod(AST):
    __module__ = 'ast'
    __doc__ = 'mod = Module(stmt* body, type_ignore* type_ignores)\n    | Interactive(stmt* body)\n    | Expression(expr body)\n    | FunctionType(expr* argtypes, expr returns)'
    _fields = ()
    __match_args__ = ()
    _attributes = ()


class Module(mod):
    __module__ = 'ast'
    __doc__ = 'Module(stmt* body, type_ignore* type_ignores)'
    _fields = ('body', 'type_ignores')
    __match_args__ = ('body', 'type_ignores')


class Interactive(mod):
    __module__ = 'ast'
    __doc__ = 'Interactive(stmt* body)'
    _fields = ('body',)
    __match_args__ = ('body',)


class Expression(mod):
    __module__ = 'ast'
    __doc__ = 'Expression(expr body)'
    _fields = ('body',)
    __match_args__ = ('body',)


class FunctionType(mod):
    __module__ = 'ast'
    __doc__ = 'FunctionType(expr* argtypes, expr returns)'
    _fields = ('argtypes', 'returns')
    __match_args__ = ('argtypes', 'returns')


class stmt(AST):
    __module__ = 'ast'
    __doc__ = 'stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)\n     | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)\n     | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)\n     | Return(expr? value)\n     | Delete(expr* targets)\n     | Assign(expr* targets, expr value, string? type_comment)\n     | AugAssign(expr target, operator op, expr value)\n     | AnnAssign(expr target, expr annotation, expr? value, int simple)\n     | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)\n     | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)\n     | While(expr test, stmt* body, stmt* orelse)\n     | If(expr test, stmt* body, stmt* orelse)\n     | With(withitem* items, stmt* body, string? type_comment)\n     | AsyncWith(withitem* items, stmt* body, string? type_comment)\n     | Match(expr subject, match_case* cases)\n     | Raise(expr? exc, expr? cause)\n     | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)\n     | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)\n     | Assert(expr test, expr? msg)\n     | Import(alias* names)\n     | ImportFrom(identifier? module, alias* names, int? level)\n     | Global(identifier* names)\n     | Nonlocal(identifier* names)\n     | Expr(expr value)\n     | Pass\n     | Break\n     | Continue'
    _fields = ()
    __match_args__ = ()
    _attributes = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')
    end_lineno = None
    end_col_offset = None


class FunctionDef(stmt):
    __module__ = 'ast'
    __doc__ = 'FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)'
    _fields = ('name', 'args', 'body', 'decorator_list', 'returns', 'type_comment')
    __match_args__ = ('name', 'args', 'body', 'decorator_list', 'returns', 'type_comment')
    returns = None
    type_comment = None


class AsyncFunctionDef(stmt):
    __module__ = 'ast'
    __doc__ = 'AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)'
    _fields = ('name', 'args', 'body', 'decorator_list', 'returns', 'type_comment')
    __match_args__ = ('name', 'args', 'body', 'decorator_list', 'returns', 'type_comment')
    returns = None
    type_comment = None


class ClassDef(stmt):
    __module__ = 'ast'
    __doc__ = 'ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)'
    _fields = ('name', 'bases', 'keywords', 'body', 'decorator_list')
    __match_args__ = ('name', 'bases', 'keywords', 'body', 'decorator_list')


class Return(stmt):
    __module__ = 'ast'
    __doc__ = 'Return(expr? value)'
    _fields = ('value',)
    __match_args__ = ('value',)
    value = None


class Delete(stmt):
    __module__ = 'ast'
    __doc__ = 'Delete(expr* targets)'
    _fields = ('targets',)
    __match_args__ = ('targets',)


class Assign(stmt):
    __module__ = 'ast'
    __doc__ = 'Assign(expr* targets, expr value, string? type_comment)'
    _fields = ('targets', 'value', 'type_comment')
    __match_args__ = ('targets', 'value', 'type_comment')
    type_comment = None


class AugAssign(stmt):
    __module__ = 'ast'
    __doc__ = 'AugAssign(expr target, operator op, expr value)'
    _fields = ('target', 'op', 'value')
    __match_args__ = ('target', 'op', 'value')


class AnnAssign(stmt):
    __module__ = 'ast'
    __doc__ = 'AnnAssign(expr target, expr annotation, expr? value, int simple)'
    _fields = ('target', 'annotation', 'value', 'simple')
    __match_args__ = ('target', 'annotation', 'value', 'simple')
    value = None


class For(stmt):
    __module__ = 'ast'
    __doc__ = 'For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)'
    _fields = ('target', 'iter', 'body', 'orelse', 'type_comment')
    __match_args__ = ('target', 'iter', 'body', 'orelse', 'type_comment')
    type_comment = None


class AsyncFor(stmt):
    __module__ = 'ast'
    __doc__ = 'AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)'
    _fields = ('target', 'iter', 'body', 'orelse', 'type_comment')
    __match_args__ = ('target', 'iter', 'body', 'orelse', 'type_comment')
    type_comment = None


class While(stmt):
    __module__ = 'ast'
    __doc__ = 'While(expr test, stmt* body, stmt* orelse)'
    _fields = ('test', 'body', 'orelse')
    __match_args__ = ('test', 'body', 'orelse')


class If(stmt):
    __module__ = 'ast'
    __doc__ = 'If(expr test, stmt* body, stmt* orelse)'
    _fields = ('test', 'body', 'orelse')
    __match_args__ = ('test', 'body', 'orelse')


class With(stmt):
    __module__ = 'ast'
    __doc__ = 'With(withitem* items, stmt* body, string? type_comment)'
    _fields = ('items', 'body', 'type_comment')
    __match_args__ = ('items', 'body', 'type_comment')
    type_comment = None


class AsyncWith(stmt):
    __module__ = 'ast'
    __doc__ = 'AsyncWith(withitem* items, stmt* body, string? type_comment)'
    _fields = ('items', 'body', 'type_comment')
    __match_args__ = ('items', 'body', 'type_comment')
    type_comment = None


class Match(stmt):
    __module__ = 'ast'
    __doc__ = 'Match(expr subject, match_case* cases)'
    _fields = ('subject', 'cases')
    __match_args__ = ('subject', 'cases')


class Raise(stmt):
    __module__ = 'ast'
    __doc__ = 'Raise(expr? exc, expr? cause)'
    _fields = ('exc', 'cause')
    __match_args__ = ('exc', 'cause')
    exc = None
    cause = None


class Try(stmt):
    __module__ = 'ast'
    __doc__ = 'Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)'
    _fields = ('body', 'handlers', 'orelse', 'finalbody')
    __match_args__ = ('body', 'handlers', 'orelse', 'finalbody')


class TryStar(stmt):
    __module__ = 'ast'
    __doc__ = 'TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)'
    _fields = ('body', 'handlers', 'orelse', 'finalbody')
    __match_args__ = ('body', 'handlers', 'orelse', 'finalbody')


class Assert(stmt):
    __module__ = 'ast'
    __doc__ = 'Assert(expr test, expr? msg)'
    _fields = ('test', 'msg')
    __match_args__ = ('test', 'msg')
    msg = None


class Import(stmt):
    __module__ = 'ast'
    __doc__ = 'Import(alias* names)'
    _fields = ('names',)
    __match_args__ = ('names',)


class ImportFrom(stmt):
    __module__ = 'ast'
    __doc__ = 'ImportFrom(identifier? module, alias* names, int? level)'
    _fields = ('module', 'names', 'level')
    __match_args__ = ('module', 'names', 'level')
    module = None
    level = None


class Global(stmt):
    __module__ = 'ast'
    __doc__ = 'Global(identifier* names)'
    _fields = ('names',)
    __match_args__ = ('names',)


class Nonlocal(stmt):
    __module__ = 'ast'
    __doc__ = 'Nonlocal(identifier* names)'
    _fields = ('names',)
    __match_args__ = ('names',)


class Expr(stmt):
    __module__ = 'ast'
    __doc__ = 'Expr(expr value)'
    _fields = ('value',)
    __match_args__ = ('value',)


class Pass(stmt):
    __module__ = 'ast'
    __doc__ = 'Pass'
    _fields = ()
    __match_args__ = ()


class Break(stmt):
    __module__ = 'ast'
    __doc__ = 'Break'
    _fields = ()
    __match_args__ = ()


class Continue(stmt):
    __module__ = 'ast'
    __doc__ = 'Continue'
    _fields = ()
    __match_args__ = ()


class expr(AST):
    __module__ = 'ast'
    __doc__ = 'expr = BoolOp(boolop op, expr* values)\n     | NamedExpr(expr target, expr value)\n     | BinOp(expr left, operator op, expr right)\n     | UnaryOp(unaryop op, expr operand)\n     | Lambda(arguments args, expr body)\n     | IfExp(expr test, expr body, expr orelse)\n     | Dict(expr* keys, expr* values)\n     | Set(expr* elts)\n     | ListComp(expr elt, comprehension* generators)\n     | SetComp(expr elt, comprehension* generators)\n     | DictComp(expr key, expr value, comprehension* generators)\n     | GeneratorExp(expr elt, comprehension* generators)\n     | Await(expr value)\n     | Yield(expr? value)\n     | YieldFrom(expr value)\n     | Compare(expr left, cmpop* ops, expr* comparators)\n     | Call(expr func, expr* args, keyword* keywords)\n     | FormattedValue(expr value, int conversion, expr? format_spec)\n     | JoinedStr(expr* values)\n     | Constant(constant value, string? kind)\n     | Attribute(expr value, identifier attr, expr_context ctx)\n     | Subscript(expr value, expr slice, expr_context ctx)\n     | Starred(expr value, expr_context ctx)\n     | Name(identifier id, expr_context ctx)\n     | List(expr* elts, expr_context ctx)\n     | Tuple(expr* elts, expr_context ctx)\n     | Slice(expr? lower, expr? upper, expr? step)'
    _fields = ()
    __match_args__ = ()
    _attributes = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')
    end_lineno = None
    end_col_offset = None


class BoolOp(expr):
    __module__ = 'ast'
    __doc__ = 'BoolOp(boolop op, expr* values)'
    _fields = ('op', 'values')
    __match_args__ = ('op', 'values')


class NamedExpr(expr):
    __module__ = 'ast'
    __doc__ = 'NamedExpr(expr target, expr value)'
    _fields = ('target', 'value')
    __match_args__ = ('target', 'value')


class BinOp(expr):
    __module__ = 'ast'
    __doc__ = 'BinOp(expr left, operator op, expr right)'
    _fields = ('left', 'op', 'right')
    __match_args__ = ('left', 'op', 'right')


class UnaryOp(expr):
    __module__ = 'ast'
    __doc__ = 'UnaryOp(unaryop op, expr operand)'
    _fields = ('op', 'operand')
    __match_args__ = ('op', 'operand')


class Lambda(expr):
    __module__ = 'ast'
    __doc__ = 'Lambda(arguments args, expr body)'
    _fields = ('args', 'body')
    __match_args__ = ('args', 'body')


class IfExp(expr):
    __module__ = 'ast'
    __doc__ = 'IfExp(expr test, expr body, expr orelse)'
    _fields = ('test', 'body', 'orelse')
    __match_args__ = ('test', 'body', 'orelse')


class Dict(expr):
    __module__ = 'ast'
    __doc__ = 'Dict(expr* keys, expr* values)'
    _fields = ('keys', 'values')
    __match_args__ = ('keys', 'values')


class Set(expr):
    __module__ = 'ast'
    __doc__ = 'Set(expr* elts)'
    _fields = ('elts',)
    __match_args__ = ('elts',)


class ListComp(expr):
    __module__ = 'ast'
    __doc__ = 'ListComp(expr elt, comprehension* generators)'
    _fields = ('elt', 'generators')
    __match_args__ = ('elt', 'generators')


class SetComp(expr):
    __module__ = 'ast'
    __doc__ = 'SetComp(expr elt, comprehension* generators)'
    _fields = ('elt', 'generators')
    __match_args__ = ('elt', 'generators')


class DictComp(expr):
    __module__ = 'ast'
    __doc__ = 'DictComp(expr key, expr value, comprehension* generators)'
    _fields = ('key', 'value', 'generators')
    __match_args__ = ('key', 'value', 'generators')


class GeneratorExp(expr):
    __module__ = 'ast'
    __doc__ = 'GeneratorExp(expr elt, comprehension* generators)'
    _fields = ('elt', 'generators')
    __match_args__ = ('elt', 'generators')


class Await(expr):
    __module__ = 'ast'
    __doc__ = 'Await(expr value)'
    _fields = ('value',)
    __match_args__ = ('value',)


class Yield(expr):
    __module__ = 'ast'
    __doc__ = 'Yield(expr? value)'
    _fields = ('value',)
    __match_args__ = ('value',)
    value = None


class YieldFrom(expr):
    __module__ = 'ast'
    __doc__ = 'YieldFrom(expr value)'
    _fields = ('value',)
    __match_args__ = ('value',)


class Compare(expr):
    __module__ = 'ast'
    __doc__ = 'Compare(expr left, cmpop* ops, expr* comparators)'
    _fields = ('left', 'ops', 'comparators')
    __match_args__ = ('left', 'ops', 'comparators')


class Call(expr):
    __module__ = 'ast'
    __doc__ = 'Call(expr func, expr* args, keyword* keywords)'
    _fields = ('func', 'args', 'keywords')
    __match_args__ = ('func', 'args', 'keywords')


class FormattedValue(expr):
    __module__ = 'ast'
    __doc__ = 'FormattedValue(expr value, int conversion, expr? format_spec)'
    _fields = ('value', 'conversion', 'format_spec')
    __match_args__ = ('value', 'conversion', 'format_spec')
    format_spec = None


class JoinedStr(expr):
    __module__ = 'ast'
    __doc__ = 'JoinedStr(expr* values)'
    _fields = ('values',)
    __match_args__ = ('values',)


class Constant(expr):
    __module__ = 'ast'
    __doc__ = 'Constant(constant value, string? kind)'
    _fields = ('value', 'kind')
    __match_args__ = ('value', 'kind')
    kind = None


class Attribute(expr):
    __module__ = 'ast'
    __doc__ = 'Attribute(expr value, identifier attr, expr_context ctx)'
    _fields = ('value', 'attr', 'ctx')
    __match_args__ = ('value', 'attr', 'ctx')


class Subscript(expr):
    __module__ = 'ast'
    __doc__ = 'Subscript(expr value, expr slice, expr_context ctx)'
    _fields = ('value', 'slice', 'ctx')
    __match_args__ = ('value', 'slice', 'ctx')


class Starred(expr):
    __module__ = 'ast'
    __doc__ = 'Starred(expr value, expr_context ctx)'
    _fields = ('value', 'ctx')
    __match_args__ = ('value', 'ctx')


class Name(expr):
    __module__ = 'ast'
    __doc__ = 'Name(identifier id, expr_context ctx)'
    _fields = ('id', 'ctx')
    __match_args__ = ('id', 'ctx')


class List(expr):
    __module__ = 'ast'
    __doc__ = 'List(expr* elts, expr_context ctx)'
    _fields = ('elts', 'ctx')
    __match_args__ = ('elts', 'ctx')


class Tuple(expr):
    __module__ = 'ast'
    __doc__ = 'Tuple(expr* elts, expr_context ctx)'
    _fields = ('elts', 'ctx')
    __match_args__ = ('elts', 'ctx')


class Slice(expr):
    __module__ = 'ast'
    __doc__ = 'Slice(expr? lower, expr? upper, expr? step)'
    _fields = ('lower', 'upper', 'step')
    __match_args__ = ('lower', 'upper', 'step')
    lower = None
    upper = None
    step = None


class expr_context(AST):
    __module__ = 'ast'
    __doc__ = 'expr_context = Load | Store | Del'
    _fields = ()
    __match_args__ = ()
    _attributes = ()


class Load(expr_context):
    __module__ = 'ast'
    __doc__ = 'Load'
    _fields = ()
    __match_args__ = ()


class Store(expr_context):
    __module__ = 'ast'
    __doc__ = 'Store'
    _fields = ()
    __match_args__ = ()


class Del(expr_context):
    __module__ = 'ast'
    __doc__ = 'Del'
    _fields = ()
    __match_args__ = ()


class boolop(AST):
    __module__ = 'ast'
    __doc__ = 'boolop = And | Or'
    _fields = ()
    __match_args__ = ()
    _attributes = ()


class And(boolop):
    __module__ = 'ast'
    __doc__ = 'And'
    _fields = ()
    __match_args__ = ()


class Or(boolop):
    __module__ = 'ast'
    __doc__ = 'Or'
    _fields = ()
    __match_args__ = ()


class operator(AST):
    __module__ = 'ast'
    __doc__ = 'operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv'
    _fields = ()
    __match_args__ = ()
    _attributes = ()


class Add(operator):
    __module__ = 'ast'
    __doc__ = 'Add'
    _fields = ()
    __match_args__ = ()


class Sub(operator):
    __module__ = 'ast'
    __doc__ = 'Sub'
    _fields = ()
    __match_args__ = ()


class Mult(operator):
    __module__ = 'ast'
    __doc__ = 'Mult'
    _fields = ()
    __match_args__ = ()


class MatMult(operator):
    __module__ = 'ast'
    __doc__ = 'MatMult'
    _fields = ()
    __match_args__ = ()


class Div(operator):
    __module__ = 'ast'
    __doc__ = 'Div'
    _fields = ()
    __match_args__ = ()


class Mod(operator):
    __module__ = 'ast'
    __doc__ = 'Mod'
    _fields = ()
    __match_args__ = ()


class Pow(operator):
    __module__ = 'ast'
    __doc__ = 'Pow'
    _fields = ()
    __match_args__ = ()


class LShift(operator):
    __module__ = 'ast'
    __doc__ = 'LShift'
    _fields = ()
    __match_args__ = ()


class RShift(operator):
    __module__ = 'ast'
    __doc__ = 'RShift'
    _fields = ()
    __match_args__ = ()


class BitOr(operator):
    __module__ = 'ast'
    __doc__ = 'BitOr'
    _fields = ()
    __match_args__ = ()


class BitXor(operator):
    __module__ = 'ast'
    __doc__ = 'BitXor'
    _fields = ()
    __match_args__ = ()


class BitAnd(operator):
    __module__ = 'ast'
    __doc__ = 'BitAnd'
    _fields = ()
    __match_args__ = ()


class FloorDiv(operator):
    __module__ = 'ast'
    __doc__ = 'FloorDiv'
    _fields = ()
    __match_args__ = ()


class unaryop(AST):
    __module__ = 'ast'
    __doc__ = 'unaryop = Invert | Not | UAdd | USub'
    _fields = ()
    __match_args__ = ()
    _attributes = ()


class Invert(unaryop):
    __module__ = 'ast'
    __doc__ = 'Invert'
    _fields = ()
    __match_args__ = ()


class Not(unaryop):
    __module__ = 'ast'
    __doc__ = 'Not'
    _fields = ()
    __match_args__ = ()


class UAdd(unaryop):
    __module__ = 'ast'
    __doc__ = 'UAdd'
    _fields = ()
    __match_args__ = ()


class USub(unaryop):
    __module__ = 'ast'
    __doc__ = 'USub'
    _fields = ()
    __match_args__ = ()


class cmpop(AST):
    __module__ = 'ast'
    __doc__ = 'cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn'
    _fields = ()
    __match_args__ = ()
    _attributes = ()


class Eq(cmpop):
    __module__ = 'ast'
    __doc__ = 'Eq'
    _fields = ()
    __match_args__ = ()


class NotEq(cmpop):
    __module__ = 'ast'
    __doc__ = 'NotEq'
    _fields = ()
    __match_args__ = ()


class Lt(cmpop):
    __module__ = 'ast'
    __doc__ = 'Lt'
    _fields = ()
    __match_args__ = ()


class LtE(cmpop):
    __module__ = 'ast'
    __doc__ = 'LtE'
    _fields = ()
    __match_args__ = ()


class Gt(cmpop):
    __module__ = 'ast'
    __doc__ = 'Gt'
    _fields = ()
    __match_args__ = ()


class GtE(cmpop):
    __module__ = 'ast'
    __doc__ = 'GtE'
    _fields = ()
    __match_args__ = ()


class Is(cmpop):
    __module__ = 'ast'
    __doc__ = 'Is'
    _fields = ()
    __match_args__ = ()


class IsNot(cmpop):
    __module__ = 'ast'
    __doc__ = 'IsNot'
    _fields = ()
    __match_args__ = ()


class In(cmpop):
    __module__ = 'ast'
    __doc__ = 'In'
    _fields = ()
    __match_args__ = ()


class NotIn(cmpop):
    __module__ = 'ast'
    __doc__ = 'NotIn'
    _fields = ()
    __match_args__ = ()


class comprehension(AST):
    __module__ = 'ast'
    __doc__ = 'comprehension(expr target, expr iter, expr* ifs, int is_async)'
    _fields = ('target', 'iter', 'ifs', 'is_async')
    __match_args__ = ('target', 'iter', 'ifs', 'is_async')
    _attributes = ()


class excepthandler(AST):
    __module__ = 'ast'
    __doc__ = 'excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)'
    _fields = ()
    __match_args__ = ()
    _attributes = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')
    end_lineno = None
    end_col_offset = None


class ExceptHandler(excepthandler):
    __module__ = 'ast'
    __doc__ = 'ExceptHandler(expr? type, identifier? name, stmt* body)'
    _fields = ('type', 'name', 'body')
    __match_args__ = ('type', 'name', 'body')
    type = None
    name = None


class arguments(AST):
    __module__ = 'ast'
    __doc__ = 'arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)'
    _fields = ('posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults')
    __match_args__ = ('posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults')
    _attributes = ()
    vararg = None
    kwarg = None


class arg(AST):
    __module__ = 'ast'
    __doc__ = 'arg(identifier arg, expr? annotation, string? type_comment)'
    _fields = ('arg', 'annotation', 'type_comment')
    __match_args__ = ('arg', 'annotation', 'type_comment')
    _attributes = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')
    annotation = None
    type_comment = None
    end_lineno = None
    end_col_offset = None


class keyword(AST):
    __module__ = 'ast'
    __doc__ = 'keyword(identifier? arg, expr value)'
    _fields = ('arg', 'value')
    __match_args__ = ('arg', 'value')
    _attributes = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')
    arg = None
    end_lineno = None
    end_col_offset = None


class alias(AST):
    __module__ = 'ast'
    __doc__ = 'alias(identifier name, identifier? asname)'
    _fields = ('name', 'asname')
    __match_args__ = ('name', 'asname')
    _attributes = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')
    asname = None
    end_lineno = None
    end_col_offset = None


class withitem(AST):
    __module__ = 'ast'
    __doc__ = 'withitem(expr context_expr, expr? optional_vars)'
    _fields = ('context_expr', 'optional_vars')
    __match_args__ = ('context_expr', 'optional_vars')
    _attributes = ()
    optional_vars = None


class match_case(AST):
    __module__ = 'ast'
    __doc__ = 'match_case(pattern pattern, expr? guard, stmt* body)'
    _fields = ('pattern', 'guard', 'body')
    __match_args__ = ('pattern', 'guard', 'body')
    _attributes = ()
    guard = None


class pattern(AST):
    __module__ = 'ast'
    __doc__ = 'pattern = MatchValue(expr value)\n        | MatchSingleton(constant value)\n        | MatchSequence(pattern* patterns)\n        | MatchMapping(expr* keys, pattern* patterns, identifier? rest)\n        | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)\n        | MatchStar(identifier? name)\n        | MatchAs(pattern? pattern, identifier? name)\n        | MatchOr(pattern* patterns)'
    _fields = ()
    __match_args__ = ()
    _attributes = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


class MatchValue(pattern):
    __module__ = 'ast'
    __doc__ = 'MatchValue(expr value)'
    _fields = ('value',)
    __match_args__ = ('value',)


class MatchSingleton(pattern):
    __module__ = 'ast'
    __doc__ = 'MatchSingleton(constant value)'
    _fields = ('value',)
    __match_args__ = ('value',)


class MatchSequence(pattern):
    __module__ = 'ast'
    __doc__ = 'MatchSequence(pattern* patterns)'
    _fields = ('patterns',)
    __match_args__ = ('patterns',)


class MatchMapping(pattern):
    __module__ = 'ast'
    __doc__ = 'MatchMapping(expr* keys, pattern* patterns, identifier? rest)'
    _fields = ('keys', 'patterns', 'rest')
    __match_args__ = ('keys', 'patterns', 'rest')
    rest = None


class MatchClass(pattern):
    __module__ = 'ast'
    __doc__ = 'MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)'
    _fields = ('cls', 'patterns', 'kwd_attrs', 'kwd_patterns')
    __match_args__ = ('cls', 'patterns', 'kwd_attrs', 'kwd_patterns')


class MatchStar(pattern):
    __module__ = 'ast'
    __doc__ = 'MatchStar(identifier? name)'
    _fields = ('name',)
    __match_args__ = ('name',)
    name = None


class MatchAs(pattern):
    __module__ = 'ast'
    __doc__ = 'MatchAs(pattern? pattern, identifier? name)'
    _fields = ('pattern', 'name')
    __match_args__ = ('pattern', 'name')
    pattern = None
    name = None


class MatchOr(pattern):
    __module__ = 'ast'
    __doc__ = 'MatchOr(pattern* patterns)'
    _fields = ('patterns',)
    __match_args__ = ('patterns',)


class type_ignore(AST):
    __module__ = 'ast'
    __doc__ = 'type_ignore = TypeIgnore(int lineno, string tag)'
    _fields = ()
    __match_args__ = ()
    _attributes = ()


class TypeIgnore(type_ignore):
    __module__ = 'ast'
    __doc__ = 'TypeIgnore(int lineno, string tag)'
    _fields = ('lineno', 'tag')
    __match_args__ = ('lineno', 'tag')
