/* re_match.c — re.Match objects: the spans of one match and CPython's accessors for them.
 *
 * A ReMatch keeps both the code-point spans (what start/end/span return) and the byte spans
 * (so group() slices the UTF-8 text directly, without walking it). Group arguments resolve as
 * CPython's match_getindex: an int in range, or a name in the pattern's groupindex, else
 * IndexError("no such group"). m.pos, m.endpos, m.string, m.re, m.lastindex, m.lastgroup and
 * m.regs are properties re.py makes from re_match_getters; m.expand is written in re.py (it
 * needs the template parser).
 */
#include <string.h>

#include "interp/args.h"
#include "interp/genericalias.h"
#include "interp/buf.h"
#include "interp/bytes.h"
#include "interp/class.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/function.h"
#include "interp/gc.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "stdlib/re.h"

typedef struct {
    AwObject obj;        /* header; obj.type is match_class */
    AwDict *dict;        /* the heap class's instance-dict slot (unused) */
    AwValue pattern;     /* m.re: the re.Pattern that matched */
    AwValue string;      /* m.string: the subject */
    ReCode *code;        /* the compiled code (group names, close ranks) */
    int64_t pos;         /* m.pos */
    int64_t endpos;      /* m.endpos */
    uint32_t ncap;       /* groups + 1 */
    int64_t spans[];     /* 2*ncap code-point offsets, then 2*ncap byte offsets; -1 unset */
} ReMatch;

static AwType *match_class;

static void match_trace(AwGC *gc, AwObject *self) {
    ReMatch *m = (ReMatch *)self;
    gc_mark_object(gc, (AwObject *)m->dict);
    gc_mark_value(gc, m->pattern);
    gc_mark_value(gc, m->string);
    gc_mark_object(gc, (AwObject *)m->code);
}

AwValue re_match_new(AwVM *vm, ReCode *rc, AwValue pattern, AwValue string, ReSubject *s, int64_t pos, int64_t endpos) {
    ReMatch *m = (ReMatch *)gc_new(vm, match_class, sizeof(ReMatch) + sizeof(int64_t) * 4 * rc->ncap);
    if (!m) return AW_ERR;
    m->pattern = pattern, m->string = string, m->code = rc;
    m->pos = pos, m->endpos = endpos;
    m->ncap = rc->ncap;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rc->md);
    for (uint32_t i = 0; i < 2 * rc->ncap; i++) {
        bool unset = ov[i] == PCRE2_UNSET;
        m->spans[2 * rc->ncap + i] = unset ? -1 : (int64_t)ov[i];
        m->spans[i] = unset ? -1 : re_subject_cp(s, (int64_t)ov[i]);
    }
    return value_from_ptr(m);
}

static ReMatch *self_match(AwVM *vm, AwValue v) {
    if (value_is_ptr(v) && type_of(v) == match_class && ((ReMatch *)value_as_ptr(v))->ncap) return (ReMatch *)value_as_ptr(v);
    vm_raise(vm, &aw_exc_TypeError, "descriptor requires a 're.Match' object but received a '%s'", ops_type_name(v));
    return NULL;
}

/* The group number g names: 0..ncap-1, or -1 with IndexError raised. */
static int64_t group_index(AwVM *vm, ReMatch *m, AwValue g) {
    int64_t i = -1;
    if (value_is_int(g)) i = value_as_small(g);
    else if (g == AW_TRUE || g == AW_FALSE) i = g == AW_TRUE;
    else if (!str_unwrap(g) && type_lookup(type_of(g), AW_NAME(vm, __index__)) != AW_EMPTY) {
        /* an object with __index__ is a group number, as in CPython */
        AwValue v = ops_index(vm, g);
        if (v == AW_ERR) return -1;
        if (value_is_int(v)) i = value_as_small(v);
    }
    else if (str_unwrap(g) && value_is_ptr(m->code->groupindex)) {
        AwValue v = dict_get_str(AW_AS(AwDict, m->code->groupindex), str_unwrap(g));
        if (value_is_int(v)) i = value_as_small(v);
    }
    if (i < 0 || i >= m->ncap) {
        vm_raise(vm, &aw_exc_IndexError, "no such group");
        return -1;
    }
    return i;
}

/* The text of group i, or dflt when it did not take part. */
static AwValue group_text(AwVM *vm, ReMatch *m, int64_t i, AwValue dflt) {
    int64_t b0 = m->spans[2 * m->ncap + 2 * i], b1 = m->spans[2 * m->ncap + 2 * i + 1];
    if (b0 < 0) return dflt;
    ReSubject s = {0};
    AwStr *str = str_unwrap(m->string);
    if (str) {
        s.str = str, s.data = str->data, s.len = str->byte_len;
    } else if (!bytes_view(m->string, &s.data, &s.len)) {
        return vm_raise(vm, &aw_exc_TypeError, "match subject is not a string");
    }
    if (b1 > s.len) b1 = s.len; /* a bytearray may have shrunk since */
    if (b0 > b1) b0 = b1;
    return re_subject_text(vm, &s, b0, b1);
}

static AwValue match_group(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    ReMatch *m;
    if (args_no_kwargs(vm, "group", kwnames) || !(m = self_match(vm, argv[0]))) return AW_ERR;
    if (argc <= 2) {
        int64_t i = argc == 1 ? 0 : group_index(vm, m, argv[1]);
        return i < 0 ? AW_ERR : group_text(vm, m, i, AW_NONE);
    }
    AwTuple *t = tuple_new(vm, argc - 1);
    if (!t) return AW_ERR;
    for (int k = 1; k < argc; k++) {
        int64_t i = group_index(vm, m, argv[k]);
        AwValue v = i < 0 ? AW_ERR : group_text(vm, m, i, AW_NONE);
        if (v == AW_ERR) return AW_ERR;
        t->items[k - 1] = v;
    }
    return value_from_ptr(t);
}

static AwValue match_getitem(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    ReMatch *m;
    if (args_no_kwargs(vm, "__getitem__", kwnames) || args_count(vm, "__getitem__", argc - 1, 1, 1) ||
        !(m = self_match(vm, argv[0])))
        return AW_ERR;
    int64_t i = group_index(vm, m, argv[1]);
    return i < 0 ? AW_ERR : group_text(vm, m, i, AW_NONE);
}

/* The `default` argument of groups()/groupdict(). */
static AwStatus default_arg(AwVM *vm, const char *fname, int argc, const AwValue *argv, AwTuple *kwnames, AwValue *out) {
    static const char *const names[] = {"default", NULL};
    AwValue v[1];
    if (args_parse(vm, fname, argc - 1, argv + 1, kwnames, names, 0, 1, v)) return AW_ERROR;
    *out = v[0] == AW_EMPTY ? AW_NONE : v[0];
    return AW_OK;
}

static AwValue match_groups(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    ReMatch *m;
    AwValue dflt;
    if (!(m = self_match(vm, argv[0])) || default_arg(vm, "groups", argc, argv, kwnames, &dflt)) return AW_ERR;
    AwTuple *t = tuple_new(vm, m->ncap - 1);
    if (!t) return AW_ERR;
    for (uint32_t i = 1; i < m->ncap; i++) {
        AwValue v = group_text(vm, m, i, dflt);
        if (v == AW_ERR) return AW_ERR;
        t->items[i - 1] = v;
    }
    return value_from_ptr(t);
}

static AwValue match_groupdict(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    ReMatch *m;
    AwValue dflt;
    if (!(m = self_match(vm, argv[0])) || default_arg(vm, "groupdict", argc, argv, kwnames, &dflt)) return AW_ERR;
    AwDict *d = dict_new(vm);
    if (!d) return AW_ERR;
    if (!value_is_ptr(m->code->groupindex)) return value_from_ptr(d);
    int64_t pos = 0;
    AwValue name, index;
    while (dict_next(AW_AS(AwDict, m->code->groupindex), &pos, &name, &index)) {
        AwValue v = value_is_int(index) ? group_text(vm, m, value_as_small(index), dflt) : AW_NONE;
        if (v == AW_ERR || dict_set(vm, d, name, v)) return AW_ERR;
    }
    return value_from_ptr(d);
}

/* start/end/span(group=0): the group number in *i. */
static ReMatch *span_args(AwVM *vm, const char *fname, int argc, const AwValue *argv, AwTuple *kwnames, int64_t *i) {
    ReMatch *m;
    if (args_no_kwargs(vm, fname, kwnames) || args_count(vm, fname, argc - 1, 0, 1) || !(m = self_match(vm, argv[0])))
        return NULL;
    *i = argc == 1 ? 0 : group_index(vm, m, argv[1]);
    return *i < 0 ? NULL : m;
}

static AwValue match_start(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t i;
    ReMatch *m = span_args(vm, "start", argc, argv, kwnames, &i);
    return m ? value_from_small(m->spans[2 * i]) : AW_ERR;
}

static AwValue match_end(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t i;
    ReMatch *m = span_args(vm, "end", argc, argv, kwnames, &i);
    return m ? value_from_small(m->spans[2 * i + 1]) : AW_ERR;
}

static AwValue span_tuple(AwVM *vm, ReMatch *m, int64_t i) {
    AwTuple *t = tuple_pack2(vm, value_from_small(m->spans[2 * i]), value_from_small(m->spans[2 * i + 1]));
    return t ? value_from_ptr(t) : AW_ERR;
}

static AwValue match_span(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    int64_t i;
    ReMatch *m = span_args(vm, "span", argc, argv, kwnames, &i);
    return m ? span_tuple(vm, m, i) : AW_ERR;
}

/* <re.Match object; span=(0, 3), match='abc'>: the match's repr cut to 50 characters. */
static AwValue match_repr(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    ReMatch *m = self_match(vm, argv[0]);
    AwValue text = m ? group_text(vm, m, 0, AW_NONE) : AW_ERR;
    AwValue r = text == AW_ERR ? AW_ERR : ops_repr(vm, text);
    if (r == AW_ERR) return AW_ERR;
    AwStr *rs = AW_STR(r);
    int64_t cut = rs->char_len > 50 ? str_byte_offset(rs, 50) : rs->byte_len;
    AwStr *out = str_printf(vm, "<re.Match object; span=(%lld, %lld), match=%.*s>", (long long)m->spans[0],
                            (long long)m->spans[1], (int)cut, rs->data);
    return out ? str_value(out) : AW_ERR;
}

static AwValue match_copy(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) { return argv[0]; }

/* re.Match[str]: a types.GenericAlias, as CPython's. */
static AwValue match_class_getitem(AwVM *vm, int argc, const AwValue *argv, AwTuple *kwnames) {
    if (args_count(vm, "__class_getitem__", argc - 1, 1, 1)) return AW_ERR;
    return genericalias_new(vm, argv[0], argv[1]);
}

/* The group info triple of group i (see re.py's _group_info): close rank, enclosing group,
 * whether it sits inside a lookahead. */
static int64_t info_of(ReMatch *m, int64_t i, int field) {
    AwTuple *t = value_is_tuple(m->code->group_info) ? AW_TUPLE(m->code->group_info) : NULL;
    if (!t || 3 * i + field >= t->len) return 0;
    AwValue v = t->items[3 * i + field];
    return v == AW_TRUE ? 1 : value_is_int(v) ? value_as_small(v) : 0;
}

static bool encloses(ReMatch *m, int64_t outer, int64_t inner) {
    for (int64_t g = info_of(m, inner, 1), n = 0; g > 0 && n < m->ncap; g = info_of(m, g, 1), n++)
        if (g == outer) return true;
    return false;
}

/* Where group i ended in matching time: its end, or its start inside a lookahead (matching
 * resumes before it). */
static int64_t time_end(ReMatch *m, int64_t i) { return m->spans[2 * i + (info_of(m, i, 2) ? 0 : 1)]; }

/* Whether group a closed after group b: an enclosing group closes after the groups inside it;
 * otherwise the one that ended later, or on a tie the one whose ')' comes later. */
static bool closed_after(ReMatch *m, int64_t a, int64_t b) {
    if (encloses(m, a, b)) return true;
    if (encloses(m, b, a)) return false;
    if (time_end(m, a) != time_end(m, b)) return time_end(m, a) > time_end(m, b);
    return info_of(m, a, 0) > info_of(m, b, 0);
}

/* Python's lastindex: the group that closed last, of those that took part. */
static int64_t last_index(ReMatch *m) {
    int64_t best = -1;
    for (uint32_t i = 1; i < m->ncap; i++)
        if (m->spans[2 * i] >= 0 && (best < 0 || closed_after(m, i, best))) best = i;
    return best;
}

static AwValue last_group(AwVM *vm, ReMatch *m) {
    int64_t i = last_index(m);
    if (i < 0 || !value_is_ptr(m->code->groupindex)) return AW_NONE;
    int64_t pos = 0;
    AwValue name, index;
    while (dict_next(AW_AS(AwDict, m->code->groupindex), &pos, &name, &index))
        if (value_is_int(index) && value_as_small(index) == i) return name;
    return AW_NONE;
}

static AwValue regs_tuple(AwVM *vm, ReMatch *m) {
    AwTuple *t = tuple_new(vm, m->ncap);
    if (!t) return AW_ERR;
    for (uint32_t i = 0; i < m->ncap; i++) {
        AwValue span = span_tuple(vm, m, i);
        if (span == AW_ERR) return AW_ERR;
        t->items[i] = span;
    }
    return value_from_ptr(t);
}

/* The read-only attributes, as functions re.py wraps in properties (a getattr slot would keep
 * the VM from caching method lookups on matches). */
static AwValue get_pos(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    ReMatch *m = argc == 1 ? self_match(vm, argv[0]) : NULL;
    return m ? value_from_small(m->pos) : AW_ERR;
}

static AwValue get_endpos(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    ReMatch *m = argc == 1 ? self_match(vm, argv[0]) : NULL;
    return m ? value_from_small(m->endpos) : AW_ERR;
}

static AwValue get_string(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    ReMatch *m = argc == 1 ? self_match(vm, argv[0]) : NULL;
    return m ? m->string : AW_ERR;
}

static AwValue get_re(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    ReMatch *m = argc == 1 ? self_match(vm, argv[0]) : NULL;
    return m ? m->pattern : AW_ERR;
}

static AwValue get_lastindex(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    ReMatch *m = argc == 1 ? self_match(vm, argv[0]) : NULL;
    if (!m) return AW_ERR;
    int64_t i = last_index(m);
    return i < 0 ? AW_NONE : value_from_small(i);
}

static AwValue get_lastgroup(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    ReMatch *m = argc == 1 ? self_match(vm, argv[0]) : NULL;
    return m ? last_group(vm, m) : AW_ERR;
}

static AwValue get_regs(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    ReMatch *m = argc == 1 ? self_match(vm, argv[0]) : NULL;
    return m ? regs_tuple(vm, m) : AW_ERR;
}

const AwMethodDef re_match_getters[] = {
    {"match_pos", get_pos, AW_METH_DEFAULT},
    {"match_endpos", get_endpos, AW_METH_DEFAULT},
    {"match_string", get_string, AW_METH_DEFAULT},
    {"match_re", get_re, AW_METH_DEFAULT},
    {"match_lastindex", get_lastindex, AW_METH_DEFAULT},
    {"match_lastgroup", get_lastgroup, AW_METH_DEFAULT},
    {"match_regs", get_regs, AW_METH_DEFAULT},
    {NULL, NULL, 0},
};

static AwValue match_new_slot(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    return vm_raise(vm, &aw_exc_TypeError, "cannot create 're.Match' instances");
}

static const AwMethodDef match_methods[] = {
    {"group", match_group, AW_METH_DEFAULT},
    {"__getitem__", match_getitem, AW_METH_DEFAULT},
    {"groups", match_groups, AW_METH_DEFAULT},
    {"groupdict", match_groupdict, AW_METH_DEFAULT},
    {"start", match_start, AW_METH_DEFAULT},
    {"end", match_end, AW_METH_DEFAULT},
    {"span", match_span, AW_METH_DEFAULT},
    {"__repr__", match_repr, AW_METH_DEFAULT},
    {"__copy__", match_copy, AW_METH_DEFAULT},
    {"__deepcopy__", match_copy, AW_METH_DEFAULT},
    {"__class_getitem__", match_class_getitem, AW_METH_CLASS},
    {NULL, NULL, 0},
};

AwType *re_match_class_new(AwVM *vm) {
    AwType *t = re_class_new(vm, "re", "Match", match_methods);
    if (!t) return NULL;
    t->instance_size = sizeof(ReMatch);
    t->dict_offset = offsetof(ReMatch, dict);
    t->trace = match_trace;
    t->new_ = match_new_slot;
    match_class = t;
    return t;
}
