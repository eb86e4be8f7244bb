/* pyexpat.c — the `pyexpat` module over the system's libexpat, with CPython 3.11's names,
 * messages and callback conventions (Modules/pyexpat.c): ParserCreate, the xmlparser type
 * (Parse, ParseFile, the *Handler attributes, buffer_text, ordered_attributes, the error and
 * position getters, ExternalEntityParserCreate), ExpatError, ErrorString, the `errors` and
 * `model` submodules, version_info, EXPAT_VERSION, native_encoding and features. CPython's
 * pure-Python xml package (stdlib/xml.*.py) runs on top of it unchanged.
 *
 * Callbacks: expat calls the C handlers below during XML_Parse; each converts its arguments
 * and calls the aw handler with vm_call. An exception there is kept pending: the parser is
 * marked failed, its handlers are cleared (as CPython's flag_error does), no further aw code
 * runs for the rest of the input, and Parse returns the exception. Everything the handlers
 * build is fresh and passed straight to vm_call, which roots its arguments; the parser itself
 * and the data being parsed are rooted by the caller of Parse (its arguments), or explicitly
 * (ParseFile's read method). Mutable buffers (bytearray, memoryview) are copied before parsing
 * so a handler resizing them cannot pull the bytes from under expat.
 *
 * Ownership: an xmlparser owns its XML_Parser and its character buffer (malloc'd, not the
 * GC's); both are released in its free_ slot, whether or not parsing finished.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <expat.h>

#include "interp/args.h"
#include "interp/bytes.h"
#include "interp/class.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/gc.h"
#include "interp/list.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/str.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "stdlib/modules.h"

#define MAX_CHUNK_SIZE (1 << 20)   /* Parse hands expat at most this much at once, as CPython */
#define FILE_BUF_SIZE 2048          /* ParseFile's read() size, as CPython */
#define DEFAULT_BUFFER_SIZE 8192    /* buffer_size until set */

/* The handler attributes, in CPython's order (handler_info): enum name, attribute name. */
#define HANDLERS(X) \
    X(StartElement, "StartElementHandler") X(EndElement, "EndElementHandler") \
    X(ProcessingInstruction, "ProcessingInstructionHandler") X(CharacterData, "CharacterDataHandler") \
    X(UnparsedEntityDecl, "UnparsedEntityDeclHandler") X(NotationDecl, "NotationDeclHandler") \
    X(StartNamespaceDecl, "StartNamespaceDeclHandler") X(EndNamespaceDecl, "EndNamespaceDeclHandler") \
    X(Comment, "CommentHandler") X(StartCdataSection, "StartCdataSectionHandler") \
    X(EndCdataSection, "EndCdataSectionHandler") X(Default, "DefaultHandler") \
    X(DefaultHandlerExpand, "DefaultHandlerExpand") X(NotStandalone, "NotStandaloneHandler") \
    X(ExternalEntityRef, "ExternalEntityRefHandler") X(StartDoctypeDecl, "StartDoctypeDeclHandler") \
    X(EndDoctypeDecl, "EndDoctypeDeclHandler") X(EntityDecl, "EntityDeclHandler") \
    X(XmlDecl, "XmlDeclHandler") X(ElementDecl, "ElementDeclHandler") X(AttlistDecl, "AttlistDeclHandler") \
    X(SkippedEntity, "SkippedEntityHandler")

#define HANDLER_ENUM(name, attr) H_##name,
enum { HANDLERS(HANDLER_ENUM) H_COUNT };
#undef HANDLER_ENUM

/* An xmlparser. */
typedef struct {
    AwObject obj;               /* header */
    XML_Parser parser;          /* the expat parser, owned */
    AwVM *vm;                   /* for the callbacks */
    AwValue handlers[H_COUNT];  /* the aw handlers, AW_EMPTY when unset */
    AwValue intern;             /* the dict names are interned in, or AW_NONE */
    AwValue parent;             /* ExternalEntityParserCreate: the parser it came from, else AW_NONE */
    char *buffer;               /* buffer_text: character data not yet delivered (malloc'd), or NULL */
    int64_t buffer_size;        /* capacity of buffer in bytes */
    int64_t buffer_used;        /* bytes in buffer */
    bool ordered_attributes;    /* StartElement gets a flat list instead of a dict */
    bool specified_attributes;  /* StartElement omits attributes defaulted from the DTD */
    bool namespace_prefixes;    /* names carry the prefix as a third part (XML_SetReturnNSTriplet) */
    bool in_callback;           /* an aw handler is running (GetInputContext answers) */
    bool parsing;               /* Parse/ParseFile is running (no re-entry) */
    bool failed;                /* an exception is pending from a handler: call no more aw code */
} Parser;

static AwType *expat_error;     /* ExpatError (also held by the module dict) */

/* ---- conversions ---- */

/* str of expat's UTF-8, None for NULL; NULL with an exception on failure. */
static AwValue conv_len(AwVM *vm, const XML_Char *s, int64_t len) {
    if (!s) return AW_NONE;
    AwStr *r = str_from_utf8_checked(vm, s, (size_t)len);
    return r ? str_value(r) : AW_ERR;
}

static AwValue conv(AwVM *vm, const XML_Char *s) { return s ? conv_len(vm, s, (int64_t)strlen(s)) : AW_NONE; }

/* A name: the copy already in the intern dict if there is one (CPython's string_intern,
 * which interns a missing name's None too). */
static AwValue intern_name(Parser *p, const XML_Char *s) {
    AwVM *vm = p->vm;
    AwValue r = conv(vm, s);
    if (r == AW_ERR || !value_is_dict(p->intern)) return r;
    AwDict *d = AW_AS(AwDict, p->intern);
    AwValue old = dict_get(vm, d, r);
    if (old != AW_EMPTY) return old;
    return dict_set(vm, d, r, r) ? AW_ERR : r;
}

/* ---- calling handlers ---- */

static void set_c_handler(Parser *p, int which, bool on);

/* An aw handler raised: no more aw code for this input, and the handlers are dropped
 * (CPython's flag_error). */
static void flag_error(Parser *p) {
    p->failed = true;
    for (int i = 0; i < H_COUNT; i++) {
        p->handlers[i] = AW_EMPTY;
        set_c_handler(p, i, false);
    }
}

/* Calls handler `which` with args; AW_ERR (and the parser flagged) if it raised. */
static AwValue call_handler(Parser *p, int which, int argc, AwValue *args) {
    for (int i = 0; i < argc; i++)
        if (args[i] == AW_ERR) { flag_error(p); return AW_ERR; }
    p->in_callback = true;
    AwValue r = vm_call(p->vm, p->handlers[which], argc, args, NULL);
    p->in_callback = false;
    if (r == AW_ERR) flag_error(p);
    return r;
}

static AwStatus call_character_handler(Parser *p, const XML_Char *data, int64_t len) {
    if (p->handlers[H_CharacterData] == AW_EMPTY) return AW_ERROR;
    AwValue arg = conv_len(p->vm, data, len);
    return call_handler(p, H_CharacterData, 1, &arg) == AW_ERR ? AW_ERROR : AW_OK;
}

/* Delivers buffered character data (buffer_text). */
static AwStatus flush_buffer(Parser *p) {
    if (!p->buffer || p->buffer_used == 0) return AW_OK;
    int64_t n = p->buffer_used;
    p->buffer_used = 0;
    return call_character_handler(p, p->buffer, n);
}

/* True when handler `which` is set and may run now (after delivering buffered text). */
static bool ready(Parser *p, int which) {
    return p->handlers[which] != AW_EMPTY && !p->failed && flush_buffer(p) == AW_OK;
}

/* Calls a handler whose result expat wants as an int (NotStandalone, ExternalEntityRef). */
static int call_int_handler(Parser *p, int which, int argc, AwValue *args) {
    AwValue r = call_handler(p, which, argc, args);
    if (r == AW_ERR) return 0;
    int64_t rc;
    if (args_int(p->vm, r, &rc)) { p->failed = true; return 0; }
    return (int)rc;
}

/* ---- the C handlers expat calls ----
 * Arguments are converted last to first: CPython's Py_BuildValue calls are evaluated that way
 * by gcc, which decides the order names enter the intern dict (visible as parser.intern). */

static void XMLCALL on_start_element(void *ud, const XML_Char *name, const XML_Char **atts) {
    Parser *p = ud;
    if (!ready(p, H_StartElement)) return;
    AwVM *vm = p->vm;
    int max = 0;
    if (p->specified_attributes) max = XML_GetSpecifiedAttributeCount(p->parser);
    else while (atts[max]) max++;
    AwValue attrs;
    if (p->ordered_attributes) {
        AwList *l = list_new(vm, max);
        attrs = l ? value_from_ptr(l) : AW_ERR;
        for (int i = 0; l && i < max; i += 2) {
            AwValue k = intern_name(p, atts[i]), v = k == AW_ERR ? AW_ERR : conv(vm, atts[i + 1]);
            if (v == AW_ERR || list_append(vm, l, k) || list_append(vm, l, v)) { attrs = AW_ERR; break; }
        }
    } else {
        AwDict *d = dict_new(vm);
        attrs = d ? value_from_ptr(d) : AW_ERR;
        for (int i = 0; d && i < max; i += 2) {
            AwValue k = intern_name(p, atts[i]), v = k == AW_ERR ? AW_ERR : conv(vm, atts[i + 1]);
            if (v == AW_ERR || dict_set(vm, d, k, v)) { attrs = AW_ERR; break; }
        }
    }
    AwValue args[2] = {intern_name(p, name), attrs};
    call_handler(p, H_StartElement, 2, args);
}

static void XMLCALL on_end_element(void *ud, const XML_Char *name) {
    Parser *p = ud;
    if (!ready(p, H_EndElement)) return;
    AwValue arg = intern_name(p, name);
    call_handler(p, H_EndElement, 1, &arg);
}

static void XMLCALL on_pi(void *ud, const XML_Char *target, const XML_Char *data) {
    Parser *p = ud;
    if (!ready(p, H_ProcessingInstruction)) return;
    AwValue args[2];
    args[1] = conv(p->vm, data);
    args[0] = intern_name(p, target);
    call_handler(p, H_ProcessingInstruction, 2, args);
}

static void XMLCALL on_character_data(void *ud, const XML_Char *data, int len) {
    Parser *p = ud;
    if (p->failed || p->handlers[H_CharacterData] == AW_EMPTY) return;
    if (!p->buffer) { call_character_handler(p, data, len); return; }
    if (p->buffer_used + len > p->buffer_size) {
        if (flush_buffer(p)) return;
        /* the handler may have gone (or the buffer) while the flush ran aw code */
        if (p->handlers[H_CharacterData] == AW_EMPTY || p->failed) return;
        if (!p->buffer) { call_character_handler(p, data, len); return; }
    }
    if (len > p->buffer_size) {
        call_character_handler(p, data, len);
        p->buffer_used = 0;
    } else {
        memcpy(p->buffer + p->buffer_used, data, (size_t)len);
        p->buffer_used += len;
    }
}

static void XMLCALL on_unparsed_entity_decl(void *ud, const XML_Char *name, const XML_Char *base,
                                            const XML_Char *system_id, const XML_Char *public_id,
                                            const XML_Char *notation) {
    Parser *p = ud;
    if (!ready(p, H_UnparsedEntityDecl)) return;
    AwValue args[5];
    args[4] = intern_name(p, notation);
    args[3] = intern_name(p, public_id);
    args[2] = intern_name(p, system_id);
    args[1] = intern_name(p, base);
    args[0] = intern_name(p, name);
    call_handler(p, H_UnparsedEntityDecl, 5, args);
}

static void XMLCALL on_notation_decl(void *ud, const XML_Char *name, const XML_Char *base,
                                     const XML_Char *system_id, const XML_Char *public_id) {
    Parser *p = ud;
    if (!ready(p, H_NotationDecl)) return;
    AwValue args[4];
    args[3] = intern_name(p, public_id);
    args[2] = intern_name(p, system_id);
    args[1] = intern_name(p, base);
    args[0] = intern_name(p, name);
    call_handler(p, H_NotationDecl, 4, args);
}

static void XMLCALL on_start_ns(void *ud, const XML_Char *prefix, const XML_Char *uri) {
    Parser *p = ud;
    if (!ready(p, H_StartNamespaceDecl)) return;
    AwValue args[2];
    args[1] = intern_name(p, uri);
    args[0] = intern_name(p, prefix);
    call_handler(p, H_StartNamespaceDecl, 2, args);
}

static void XMLCALL on_end_ns(void *ud, const XML_Char *prefix) {
    Parser *p = ud;
    if (!ready(p, H_EndNamespaceDecl)) return;
    AwValue arg = intern_name(p, prefix);
    call_handler(p, H_EndNamespaceDecl, 1, &arg);
}

static void XMLCALL on_comment(void *ud, const XML_Char *data) {
    Parser *p = ud;
    if (!ready(p, H_Comment)) return;
    AwValue arg = conv(p->vm, data);
    call_handler(p, H_Comment, 1, &arg);
}

static void call_noargs(Parser *p, int which) {
    if (ready(p, which)) call_handler(p, which, 0, NULL);
}

static void XMLCALL on_start_cdata(void *ud) { call_noargs(ud, H_StartCdataSection); }
static void XMLCALL on_end_cdata(void *ud) { call_noargs(ud, H_EndCdataSection); }
static void XMLCALL on_end_doctype(void *ud) { call_noargs(ud, H_EndDoctypeDecl); }

static void on_default_data(Parser *p, int which, const XML_Char *s, int len) {
    if (!ready(p, which)) return;
    AwValue arg = conv_len(p->vm, s, len);
    call_handler(p, which, 1, &arg);
}

static void XMLCALL on_default(void *ud, const XML_Char *s, int len) { on_default_data(ud, H_Default, s, len); }
static void XMLCALL on_default_expand(void *ud, const XML_Char *s, int len) { on_default_data(ud, H_DefaultHandlerExpand, s, len); }

static int XMLCALL on_not_standalone(void *ud) {
    Parser *p = ud;
    if (!ready(p, H_NotStandalone)) return 0;
    return call_int_handler(p, H_NotStandalone, 0, NULL);
}

static int XMLCALL on_external_entity_ref(XML_Parser parser, const XML_Char *context, const XML_Char *base,
                                          const XML_Char *system_id, const XML_Char *public_id) {
    Parser *p = XML_GetUserData(parser);
    if (!ready(p, H_ExternalEntityRef)) return 0;
    AwValue args[4];
    args[3] = intern_name(p, public_id);
    args[2] = intern_name(p, system_id);
    args[1] = intern_name(p, base);
    args[0] = conv(p->vm, context);
    return call_int_handler(p, H_ExternalEntityRef, 4, args);
}

/* After a handler raised, external entities are refused (CPython's error_external_entity_ref_handler). */
static int XMLCALL on_external_entity_ref_error(XML_Parser parser, const XML_Char *context, const XML_Char *base,
                                                const XML_Char *system_id, const XML_Char *public_id) {
    return 0;
}

static void XMLCALL on_start_doctype(void *ud, const XML_Char *name, const XML_Char *sysid, const XML_Char *pubid,
                                     int has_internal_subset) {
    Parser *p = ud;
    if (!ready(p, H_StartDoctypeDecl)) return;
    AwValue args[4];
    args[3] = value_from_small(has_internal_subset);
    args[2] = intern_name(p, pubid);
    args[1] = intern_name(p, sysid);
    args[0] = intern_name(p, name);
    call_handler(p, H_StartDoctypeDecl, 4, args);
}

static void XMLCALL on_entity_decl(void *ud, const XML_Char *name, int is_parameter_entity, const XML_Char *value,
                                   int value_length, const XML_Char *base, const XML_Char *system_id,
                                   const XML_Char *public_id, const XML_Char *notation) {
    Parser *p = ud;
    if (!ready(p, H_EntityDecl)) return;
    AwValue args[7];
    args[6] = intern_name(p, notation);
    args[5] = intern_name(p, public_id);
    args[4] = intern_name(p, system_id);
    args[3] = intern_name(p, base);
    args[2] = conv_len(p->vm, value, value_length);
    args[1] = value_from_small(is_parameter_entity);
    args[0] = intern_name(p, name);
    call_handler(p, H_EntityDecl, 7, args);
}

static void XMLCALL on_xml_decl(void *ud, const XML_Char *version, const XML_Char *encoding, int standalone) {
    Parser *p = ud;
    if (!ready(p, H_XmlDecl)) return;
    AwValue args[3] = {conv(p->vm, version), conv(p->vm, encoding), value_from_small(standalone)};
    call_handler(p, H_XmlDecl, 3, args);
}

/* (type, quant, name, children) for a content model, as CPython's conv_content_model. */
static AwValue conv_model(AwVM *vm, const XML_Content *m) {
    AwTuple *children = tuple_new(vm, m->numchildren);
    if (!children) return AW_ERR;
    for (unsigned i = 0; i < m->numchildren; i++) {
        AwValue c = conv_model(vm, &m->children[i]);
        if (c == AW_ERR) return AW_ERR;
        children->items[i] = c;
    }
    AwValue name = conv(vm, m->name);
    if (name == AW_ERR) return AW_ERR;
    AwValue items[4] = {value_from_small(m->type), value_from_small(m->quant), name, value_from_ptr(children)};
    AwTuple *t = tuple_from(vm, 4, items);
    return t ? value_from_ptr(t) : AW_ERR;
}

static void XMLCALL on_element_decl(void *ud, const XML_Char *name, XML_Content *model) {
    Parser *p = ud;
    if (ready(p, H_ElementDecl)) {
        AwValue args[2];
        args[1] = conv_model(p->vm, model);
        args[0] = intern_name(p, name);
        call_handler(p, H_ElementDecl, 2, args);
    }
    XML_FreeContentModel(p->parser, model);
}

static void XMLCALL on_attlist_decl(void *ud, const XML_Char *elname, const XML_Char *attname, const XML_Char *att_type,
                                    const XML_Char *dflt, int isrequired) {
    Parser *p = ud;
    if (!ready(p, H_AttlistDecl)) return;
    AwValue args[5];
    args[4] = value_from_small(isrequired);
    args[3] = conv(p->vm, dflt);
    args[2] = conv(p->vm, att_type);
    args[1] = intern_name(p, attname);
    args[0] = intern_name(p, elname);
    call_handler(p, H_AttlistDecl, 5, args);
}

static void XMLCALL on_skipped_entity(void *ud, const XML_Char *name, int is_parameter_entity) {
    Parser *p = ud;
    if (!ready(p, H_SkippedEntity)) return;
    AwValue args[2] = {intern_name(p, name), value_from_small(is_parameter_entity)};
    call_handler(p, H_SkippedEntity, 2, args);
}

/* Installs (on) or removes the C handler for `which` in expat. */
static void set_c_handler(Parser *p, int which, bool on) {
    XML_Parser x = p->parser;
    switch (which) {
    case H_StartElement: XML_SetStartElementHandler(x, on ? on_start_element : NULL); break;
    case H_EndElement: XML_SetEndElementHandler(x, on ? on_end_element : NULL); break;
    case H_ProcessingInstruction: XML_SetProcessingInstructionHandler(x, on ? on_pi : NULL); break;
    case H_CharacterData: XML_SetCharacterDataHandler(x, on ? on_character_data : NULL); break;
    case H_UnparsedEntityDecl: XML_SetUnparsedEntityDeclHandler(x, on ? on_unparsed_entity_decl : NULL); break;
    case H_NotationDecl: XML_SetNotationDeclHandler(x, on ? on_notation_decl : NULL); break;
    case H_StartNamespaceDecl: XML_SetStartNamespaceDeclHandler(x, on ? on_start_ns : NULL); break;
    case H_EndNamespaceDecl: XML_SetEndNamespaceDeclHandler(x, on ? on_end_ns : NULL); break;
    case H_Comment: XML_SetCommentHandler(x, on ? on_comment : NULL); break;
    case H_StartCdataSection: XML_SetStartCdataSectionHandler(x, on ? on_start_cdata : NULL); break;
    case H_EndCdataSection: XML_SetEndCdataSectionHandler(x, on ? on_end_cdata : NULL); break;
    case H_Default: XML_SetDefaultHandler(x, on ? on_default : NULL); break;
    case H_DefaultHandlerExpand: XML_SetDefaultHandlerExpand(x, on ? on_default_expand : NULL); break;
    case H_NotStandalone: XML_SetNotStandaloneHandler(x, on ? on_not_standalone : NULL); break;
    case H_ExternalEntityRef:
        XML_SetExternalEntityRefHandler(x, on ? on_external_entity_ref : p->failed ? on_external_entity_ref_error : NULL);
        break;
    case H_StartDoctypeDecl: XML_SetStartDoctypeDeclHandler(x, on ? on_start_doctype : NULL); break;
    case H_EndDoctypeDecl: XML_SetEndDoctypeDeclHandler(x, on ? on_end_doctype : NULL); break;
    case H_EntityDecl: XML_SetEntityDeclHandler(x, on ? on_entity_decl : NULL); break;
    case H_XmlDecl: XML_SetXmlDeclHandler(x, on ? on_xml_decl : NULL); break;
    case H_ElementDecl: XML_SetElementDeclHandler(x, on ? on_element_decl : NULL); break;
    case H_AttlistDecl: XML_SetAttlistDeclHandler(x, on ? on_attlist_decl : NULL); break;
    case H_SkippedEntity: XML_SetSkippedEntityHandler(x, on ? on_skipped_entity : NULL); break;
    }
}

/* An encoding expat does not know: a single-byte aw codec gives the 256-entry map
 * (CPython's PyUnknownEncodingHandler). */
static int XMLCALL on_unknown_encoding(void *data, const XML_Char *name, XML_Encoding *info) {
    Parser *p = data;
    AwVM *vm = p->vm;
    if (p->failed) return XML_STATUS_ERROR;
    char all[256];
    for (int i = 0; i < 256; i++) all[i] = (char)i;
    AwStr *enc = str_from_cstr(vm, name), *errors = enc ? str_from_cstr(vm, "replace") : NULL;
    /* the codec lookup runs aw code: the fresh names need roots */
    if (!errors || gc_push_root(vm, str_value(enc))) { p->failed = true; return XML_STATUS_ERROR; }
    if (gc_push_root(vm, str_value(errors))) { gc_pop_roots(vm, 1); p->failed = true; return XML_STATUS_ERROR; }
    AwValue u = bytes_decode(vm, all, 256, str_value(enc), str_value(errors));
    gc_pop_roots(vm, 2);
    if (u == AW_ERR || !value_is_str(u)) { p->failed = true; return XML_STATUS_ERROR; }
    AwStr *s = AW_STR(u);
    if (s->char_len != 256) {
        vm_raise(vm, &aw_exc_ValueError, "multi-byte encodings are not supported");
        p->failed = true;
        return XML_STATUS_ERROR;
    }
    const char *q = s->data;
    for (int i = 0; i < 256; i++) {
        int n;
        uint32_t ch = str_decode_utf8(q, &n);
        q += n;
        info->map[i] = ch == 0xFFFD ? -1 : (int)ch;
    }
    info->data = NULL;
    info->convert = NULL;
    info->release = NULL;
    return XML_STATUS_OK;
}

/* ---- errors ---- */

/* ExpatError("mismatched tag: line 1, column 9") with code, lineno and offset. */
static AwValue raise_expat(AwVM *vm, XML_Parser x, enum XML_Error code) {
    int64_t line = (int64_t)XML_GetErrorLineNumber(x), column = (int64_t)XML_GetErrorColumnNumber(x);
    const char *msg = XML_ErrorString(code);
    AwStr *s = str_printf(vm, "%s: line %lld, column %lld", msg ? msg : "(null)", (long long)line, (long long)column);
    if (!s) return AW_ERR;
    AwValue arg = str_value(s);
    AwValue exc = vm_call(vm, value_from_ptr(expat_error), 1, &arg, NULL);
    if (exc == AW_ERR || gc_push_root(vm, exc)) return AW_ERR;
    bool bad = ops_setattr(vm, exc, str_intern_cstr(vm, "code"), value_from_small(code)) ||
               ops_setattr(vm, exc, str_intern_cstr(vm, "offset"), value_from_small(column)) ||
               ops_setattr(vm, exc, str_intern_cstr(vm, "lineno"), value_from_small(line));
    gc_pop_roots(vm, 1);
    return bad ? AW_ERR : vm_raise_value(vm, exc);
}

/* What Parse/ParseFile return for expat's status: a handler's exception, ExpatError, or 1. */
static AwValue parse_result(Parser *p, enum XML_Status rc) {
    if (p->failed) return AW_ERR;
    if (rc == XML_STATUS_ERROR) return raise_expat(p->vm, p->parser, XML_GetErrorCode(p->parser));
    if (flush_buffer(p)) return AW_ERR;
    return value_from_small(rc);
}

/* ---- the xmlparser type ---- */

static void parser_trace(AwGC *gc, AwObject *self) {
    Parser *p = (Parser *)self;
    for (int i = 0; i < H_COUNT; i++) gc_mark_value(gc, p->handlers[i]);
    gc_mark_value(gc, p->intern);
    gc_mark_value(gc, p->parent);
}

static void parser_free(AwVM *vm, AwObject *self) {
    Parser *p = (Parser *)self;
    if (p->parser) XML_ParserFree(p->parser);
    p->parser = NULL;
    free(p->buffer);
    p->buffer = NULL;
}

/* A new xmlparser around x (taken over: freed here on failure). */
static Parser *parser_wrap(AwVM *vm, XML_Parser x, AwValue intern) {
    if (!x) { vm_raise_memory(vm); return NULL; }
    Parser *p = (Parser *)gc_new(vm, &aw_type_expat_parser, sizeof(Parser));
    if (!p) { XML_ParserFree(x); return NULL; }
    p->parser = x;
    p->vm = vm;
    for (int i = 0; i < H_COUNT; i++) p->handlers[i] = AW_EMPTY;
    p->intern = intern;
    p->parent = AW_NONE;
    p->buffer_size = DEFAULT_BUFFER_SIZE;
    XML_SetUserData(x, p);
    XML_SetUnknownEncodingHandler(x, on_unknown_encoding, p);
    return p;
}

static Parser *parser_self(AwVM *vm, int argc, const AwValue *argv, const char *fname) {
    if (argc > 0 && value_is_type(argv[0], &aw_type_expat_parser)) return AW_AS(Parser, argv[0]);
    vm_raise(vm, &aw_exc_TypeError, "descriptor '%s' requires a 'pyexpat.xmlparser' object", fname);
    return NULL;
}

static AwStatus check_reentry(AwVM *vm, Parser *p) {
    if (!p->parsing) return AW_OK;
    return vm_fail(vm_raise(vm, &aw_exc_RuntimeError, "cannot call Parse() from within a handler"));
}

/* Parse(data, isfinal=False, /) */
static AwValue parser_m_parse(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    Parser *p = parser_self(vm, argc, argv, "Parse");
    if (!p || args_no_kwargs(vm, "Parse", kw) || args_count(vm, "Parse", argc - 1, 1, 2) || check_reentry(vm, p)) return AW_ERR;
    int64_t isfinal = 0;
    if (argc > 2 && args_int(vm, argv[2], &isfinal)) return AW_ERR;
    const char *data;
    int64_t len;
    char *copy = NULL;
    if (value_is_str(argv[1])) {
        data = AW_STR(argv[1])->data;
        len = AW_STR(argv[1])->byte_len;
        XML_SetEncoding(p->parser, "utf-8");
    } else if (value_is_type(argv[1], &aw_type_bytes)) {
        bytes_view(argv[1], &data, &len);
    } else if (bytes_view(argv[1], &data, &len)) {
        copy = malloc(len ? (size_t)len : 1);   /* a mutable buffer: a handler could resize it */
        if (!copy) return vm_raise_memory(vm);
        memcpy(copy, data, (size_t)len);
        data = copy;
    } else {
        return vm_raise(vm, &aw_exc_TypeError, "a bytes-like object is required, not '%s'", ops_type_name(argv[1]));
    }
    p->failed = false;
    p->parsing = true;
    enum XML_Status rc = XML_STATUS_OK;
    while (len > MAX_CHUNK_SIZE && rc == XML_STATUS_OK && !p->failed) {
        rc = XML_Parse(p->parser, data, MAX_CHUNK_SIZE, 0);
        data += MAX_CHUNK_SIZE, len -= MAX_CHUNK_SIZE;
    }
    if (rc == XML_STATUS_OK && !p->failed) rc = XML_Parse(p->parser, data, (int)len, isfinal != 0);
    p->parsing = false;
    free(copy);
    return parse_result(p, rc);
}

/* Reads up to FILE_BUF_SIZE bytes with `read` into buf: the count, or -1 with an exception. */
static int read_chunk(AwVM *vm, AwValue read, void *buf) {
    AwValue n = value_from_small(FILE_BUF_SIZE);
    AwValue r = vm_call(vm, read, 1, &n, NULL);
    if (r == AW_ERR) return -1;
    const char *data;
    int64_t len;
    if (!value_is_type(r, &aw_type_bytes) && !value_is_type(r, &aw_type_bytearray)) {
        vm_raise(vm, &aw_exc_TypeError, "read() did not return a bytes object (type=%s)", ops_type_name(r));
        return -1;
    }
    bytes_view(r, &data, &len);
    if (len > FILE_BUF_SIZE) {
        vm_raise(vm, &aw_exc_ValueError, "read() returned too much data: %d bytes requested, %lld returned",
                 FILE_BUF_SIZE, (long long)len);
        return -1;
    }
    memcpy(buf, data, (size_t)len);
    return (int)len;
}

/* ParseFile(file, /) */
static AwValue parser_m_parse_file(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    Parser *p = parser_self(vm, argc, argv, "ParseFile");
    if (!p || args_no_kwargs(vm, "ParseFile", kw) || args_count(vm, "ParseFile", argc - 1, 1, 1) || check_reentry(vm, p)) return AW_ERR;
    AwValue read = ops_getattr_opt(vm, argv[1], str_intern_cstr(vm, "read"));
    if (read == AW_ERR) return AW_ERR;
    if (read == AW_EMPTY) return vm_raise(vm, &aw_exc_TypeError, "argument must have 'read' attribute");
    if (gc_push_root(vm, read)) return AW_ERR;
    p->failed = false;
    p->parsing = true;
    enum XML_Status rc = XML_STATUS_ERROR;
    for (;;) {
        void *buf = XML_GetBuffer(p->parser, FILE_BUF_SIZE);
        if (!buf) break;
        int n = read_chunk(vm, read, buf);
        if (n < 0) { p->failed = true; break; }
        rc = XML_ParseBuffer(p->parser, n, n == 0);
        if (p->failed || rc == XML_STATUS_ERROR || n == 0) break;
    }
    p->parsing = false;
    gc_pop_roots(vm, 1);
    return parse_result(p, rc);
}

/* SetBase(base, /) */
static AwValue parser_m_set_base(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    Parser *p = parser_self(vm, argc, argv, "SetBase");
    if (!p || args_no_kwargs(vm, "SetBase", kw) || args_count(vm, "SetBase", argc - 1, 1, 1)) return AW_ERR;
    if (!value_is_str(argv[1]))
        return vm_raise(vm, &aw_exc_TypeError, "SetBase() argument must be str, not %s", ops_type_name(argv[1]));
    if (!XML_SetBase(p->parser, AW_STR(argv[1])->data)) return vm_raise_memory(vm);
    return AW_NONE;
}

static AwValue parser_m_get_base(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    Parser *p = parser_self(vm, argc, argv, "GetBase");
    if (!p || args_no_kwargs(vm, "GetBase", kw) || args_count(vm, "GetBase", argc - 1, 0, 0)) return AW_ERR;
    return conv(vm, XML_GetBase(p->parser));
}

/* GetInputContext(): the bytes around the current event, only while a handler runs. */
static AwValue parser_m_get_input_context(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    Parser *p = parser_self(vm, argc, argv, "GetInputContext");
    if (!p || args_no_kwargs(vm, "GetInputContext", kw) || args_count(vm, "GetInputContext", argc - 1, 0, 0)) return AW_ERR;
    if (!p->in_callback) return AW_NONE;
    int offset, size;
    const char *buf = XML_GetInputContext(p->parser, &offset, &size);
    if (!buf) return AW_NONE;
    AwBytes *b = bytes_new(vm, buf + offset, (size_t)(size - offset));
    return b ? value_from_ptr(b) : AW_ERR;
}

/* SetParamEntityParsing(flag, /) -> int */
static AwValue parser_m_set_param_entity_parsing(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    Parser *p = parser_self(vm, argc, argv, "SetParamEntityParsing");
    int64_t flag;
    if (!p || args_no_kwargs(vm, "SetParamEntityParsing", kw) || args_count(vm, "SetParamEntityParsing", argc - 1, 1, 1) ||
        args_int(vm, argv[1], &flag))
        return AW_ERR;
    return value_from_small(XML_SetParamEntityParsing(p->parser, (enum XML_ParamEntityParsing)flag));
}

/* UseForeignDTD(flag=True, /) */
static AwValue parser_m_use_foreign_dtd(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    Parser *p = parser_self(vm, argc, argv, "UseForeignDTD");
    if (!p || args_no_kwargs(vm, "UseForeignDTD", kw) || args_count(vm, "UseForeignDTD", argc - 1, 0, 1)) return AW_ERR;
    int flag = 1;
    if (argc > 1 && (flag = ops_truthy(vm, argv[1])) < 0) return AW_ERR;
    enum XML_Error rc = XML_UseForeignDTD(p->parser, flag ? XML_TRUE : XML_FALSE);
    if (rc != XML_ERROR_NONE) return raise_expat(vm, p->parser, rc);
    return AW_NONE;
}

/* Starts buffering character data in a fresh buffer of buffer_size bytes. */
static AwStatus buffer_start(AwVM *vm, Parser *p) {
    p->buffer = malloc((size_t)p->buffer_size);
    if (!p->buffer) return vm_fail(vm_raise_memory(vm));
    p->buffer_used = 0;
    return AW_OK;
}

/* ExternalEntityParserCreate(context, encoding=None, /) */
static AwValue parser_m_external_entity_parser_create(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    const char *fname = "ExternalEntityParserCreate";
    Parser *p = parser_self(vm, argc, argv, fname);
    if (!p || args_no_kwargs(vm, fname, kw) || args_count(vm, fname, argc - 1, 1, 2)) return AW_ERR;
    AwValue context = argv[1], encoding = argc > 2 ? argv[2] : AW_NONE;
    if (context != AW_NONE && !value_is_str(context))
        return vm_raise(vm, &aw_exc_TypeError, "%s() argument 1 must be str or None, not %s", fname, ops_type_name(context));
    if (encoding != AW_NONE && !value_is_str(encoding))
        return vm_raise(vm, &aw_exc_TypeError, "%s() argument 2 must be str, not %s", fname, ops_type_name(encoding));
    XML_Parser x = XML_ExternalEntityParserCreate(p->parser, context == AW_NONE ? NULL : AW_STR(context)->data,
                                                  encoding == AW_NONE ? NULL : AW_STR(encoding)->data);
    Parser *c = parser_wrap(vm, x, p->intern);
    if (!c) return AW_ERR;
    c->parent = argv[0];
    c->buffer_size = p->buffer_size;
    c->ordered_attributes = p->ordered_attributes;
    c->specified_attributes = p->specified_attributes;
    c->namespace_prefixes = p->namespace_prefixes;
    if (p->buffer && buffer_start(vm, c)) return AW_ERR;
    for (int i = 0; i < H_COUNT; i++) {
        c->handlers[i] = p->handlers[i];
        set_c_handler(c, i, c->handlers[i] != AW_EMPTY);
    }
    return value_from_ptr(c);
}

/* ---- attributes ---- */

static AwStatus no_delete(AwVM *vm, AwValue v) {
    if (v != AW_EMPTY) return AW_OK;
    return vm_fail(vm_raise(vm, &aw_exc_RuntimeError, "Cannot delete attribute"));
}

static AwValue handler_get(AwValue self, int which) {
    AwValue h = AW_AS(Parser, self)->handlers[which];
    return h == AW_EMPTY ? AW_NONE : h;
}

static AwStatus handler_set(AwVM *vm, AwValue self, int which, AwValue v) {
    Parser *p = AW_AS(Parser, self);
    if (no_delete(vm, v)) return AW_ERROR;
    /* text buffered for the old character data handler goes to it first */
    if (which == H_CharacterData && flush_buffer(p)) return AW_ERROR;
    if (v == AW_NONE) {
        p->handlers[which] = AW_EMPTY;
        /* expat may be inside the character data callback: leave it installed (it checks) */
        if (!(which == H_CharacterData && p->in_callback)) set_c_handler(p, which, false);
        return AW_OK;
    }
    p->handlers[which] = v;
    set_c_handler(p, which, true);
    return AW_OK;
}

#define HANDLER_GETSET(name, attr) \
    static AwValue get_##name(AwVM *vm, AwValue self) { return handler_get(self, H_##name); } \
    static AwStatus set_##name(AwVM *vm, AwValue self, AwValue v) { return handler_set(vm, self, H_##name, v); }
HANDLERS(HANDLER_GETSET)
#undef HANDLER_GETSET

static AwValue get_buffer_text(AwVM *vm, AwValue self) { return value_from_bool(AW_AS(Parser, self)->buffer != NULL); }

static AwStatus set_buffer_text(AwVM *vm, AwValue self, AwValue v) {
    Parser *p = AW_AS(Parser, self);
    int on;
    if (no_delete(vm, v) || (on = ops_truthy(vm, v)) < 0) return AW_ERROR;
    if (on) return p->buffer ? AW_OK : buffer_start(vm, p);
    if (!p->buffer) return AW_OK;
    if (flush_buffer(p)) return AW_ERROR;
    free(p->buffer);
    p->buffer = NULL;
    return AW_OK;
}

static AwValue get_buffer_size(AwVM *vm, AwValue self) { return value_from_small(AW_AS(Parser, self)->buffer_size); }

/* As CPython: a new size also (re)starts buffering. */
static AwStatus set_buffer_size(AwVM *vm, AwValue self, AwValue v) {
    Parser *p = AW_AS(Parser, self);
    if (no_delete(vm, v)) return AW_ERROR;
    if (!value_is_instance(v, &aw_type_int))
        return vm_fail(vm_raise(vm, &aw_exc_TypeError, "buffer_size must be an integer"));
    int64_t n;
    if (args_int_clamped(vm, v, &n)) return AW_ERROR;
    if (n <= 0) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "buffer_size must be greater than zero"));
    if (n == p->buffer_size) return AW_OK;
    if (n > INT_MAX) return vm_fail(vm_raise(vm, &aw_exc_ValueError, "buffer_size must not be greater than %d", INT_MAX));
    if (p->buffer) {
        if (flush_buffer(p)) return AW_ERROR;
        free(p->buffer);
        p->buffer = NULL;
    }
    p->buffer_size = n;
    return buffer_start(vm, p);
}

static AwValue get_buffer_used(AwVM *vm, AwValue self) { return value_from_small(AW_AS(Parser, self)->buffer_used); }

static AwStatus set_flag(AwVM *vm, AwValue v, bool *flag) {
    int on;
    if (no_delete(vm, v) || (on = ops_truthy(vm, v)) < 0) return AW_ERROR;
    *flag = on;
    return AW_OK;
}

static AwValue get_ordered_attributes(AwVM *vm, AwValue self) { return value_from_bool(AW_AS(Parser, self)->ordered_attributes); }
static AwStatus set_ordered_attributes(AwVM *vm, AwValue self, AwValue v) { return set_flag(vm, v, &AW_AS(Parser, self)->ordered_attributes); }
static AwValue get_specified_attributes(AwVM *vm, AwValue self) { return value_from_bool(AW_AS(Parser, self)->specified_attributes); }
static AwStatus set_specified_attributes(AwVM *vm, AwValue self, AwValue v) { return set_flag(vm, v, &AW_AS(Parser, self)->specified_attributes); }
static AwValue get_namespace_prefixes(AwVM *vm, AwValue self) { return value_from_bool(AW_AS(Parser, self)->namespace_prefixes); }

static AwStatus set_namespace_prefixes(AwVM *vm, AwValue self, AwValue v) {
    Parser *p = AW_AS(Parser, self);
    if (set_flag(vm, v, &p->namespace_prefixes)) return AW_ERROR;
    XML_SetReturnNSTriplet(p->parser, p->namespace_prefixes);
    return AW_OK;
}

static AwValue get_intern(AwVM *vm, AwValue self) { return AW_AS(Parser, self)->intern; }

#define XML_INT_GETTER(attr, expr) \
    static AwValue get_##attr(AwVM *vm, AwValue self) { XML_Parser x = AW_AS(Parser, self)->parser; return value_from_small((int64_t)(expr)); }
XML_INT_GETTER(ErrorCode, XML_GetErrorCode(x))
XML_INT_GETTER(ErrorLineNumber, XML_GetErrorLineNumber(x))
XML_INT_GETTER(ErrorColumnNumber, XML_GetErrorColumnNumber(x))
XML_INT_GETTER(ErrorByteIndex, XML_GetErrorByteIndex(x))
XML_INT_GETTER(CurrentLineNumber, XML_GetCurrentLineNumber(x))
XML_INT_GETTER(CurrentColumnNumber, XML_GetCurrentColumnNumber(x))
XML_INT_GETTER(CurrentByteIndex, XML_GetCurrentByteIndex(x))
#undef XML_INT_GETTER

static const AwGetSetDef parser_getsets[] = {
#define HANDLER_ENTRY(name, attr) {attr, get_##name, set_##name},
    HANDLERS(HANDLER_ENTRY)
#undef HANDLER_ENTRY
    {"buffer_text", get_buffer_text, set_buffer_text},
    {"buffer_size", get_buffer_size, set_buffer_size},
    {"buffer_used", get_buffer_used, NULL},
    {"ordered_attributes", get_ordered_attributes, set_ordered_attributes},
    {"specified_attributes", get_specified_attributes, set_specified_attributes},
    {"namespace_prefixes", get_namespace_prefixes, set_namespace_prefixes},
    {"intern", get_intern, NULL},
    {"ErrorCode", get_ErrorCode, NULL},
    {"ErrorLineNumber", get_ErrorLineNumber, NULL},
    {"ErrorColumnNumber", get_ErrorColumnNumber, NULL},
    {"ErrorByteIndex", get_ErrorByteIndex, NULL},
    {"CurrentLineNumber", get_CurrentLineNumber, NULL},
    {"CurrentColumnNumber", get_CurrentColumnNumber, NULL},
    {"CurrentByteIndex", get_CurrentByteIndex, NULL},
    {NULL, NULL, NULL},
};

static const AwMethodDef parser_methods[] = {
    {"Parse", parser_m_parse, 0},
    {"ParseFile", parser_m_parse_file, 0},
    {"SetBase", parser_m_set_base, 0},
    {"GetBase", parser_m_get_base, 0},
    {"GetInputContext", parser_m_get_input_context, 0},
    {"ExternalEntityParserCreate", parser_m_external_entity_parser_create, 0},
    {"SetParamEntityParsing", parser_m_set_param_entity_parsing, 0},
    {"UseForeignDTD", parser_m_use_foreign_dtd, 0},
    {NULL, NULL, 0},
};

/* CPython names the type 'pyexpat.xmlparser' (its tp_name) in attribute errors. */
static AwValue no_attribute(AwVM *vm, AwStr *name) {
    return vm_raise(vm, &aw_exc_AttributeError, "'pyexpat.xmlparser' object has no attribute '%s'", name->data);
}

static AwValue parser_getattr(AwVM *vm, AwValue obj, AwStr *name) {
    if (type_lookup(&aw_type_expat_parser, name) == AW_EMPTY) return no_attribute(vm, name);
    return object_generic_getattr(vm, obj, name);
}

static AwStatus parser_setattr(AwVM *vm, AwValue obj, AwStr *name, AwValue value) {
    if (type_lookup(&aw_type_expat_parser, name) == AW_EMPTY) return vm_fail(no_attribute(vm, name));
    return object_generic_setattr(vm, obj, name, value);
}

static AwValue parser_new_slot(AwVM *vm, AwType *type, int argc, const AwValue *argv, AwTuple *kw) {
    return vm_raise(vm, &aw_exc_TypeError, "cannot create 'pyexpat.xmlparser' instances");
}

AwType aw_type_expat_parser = {
    .name = "xmlparser",
    .base = &aw_type_object,
    .instance_size = sizeof(Parser),
    .new_ = parser_new_slot,
    .trace = parser_trace,
    .free_ = parser_free,
    .getattr = parser_getattr,
    .setattr = parser_setattr,
    .methods = parser_methods,
    .getsets = parser_getsets,
};

/* ---- module functions ---- */

/* ParserCreate(encoding=None, namespace_separator=None, intern=<new dict>) */
static AwValue expat_parser_create(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    static const char *const names[] = {"encoding", "namespace_separator", "intern", NULL};
    AwValue a[3];
    if (args_parse(vm, "ParserCreate", argc, argv, kw, names, 0, 3, a)) return AW_ERR;
    const char *encoding = NULL, *sep = NULL;
    if (a[0] != AW_EMPTY && a[0] != AW_NONE) {
        if (!value_is_str(a[0]))
            return vm_raise(vm, &aw_exc_TypeError, "ParserCreate() argument 'encoding' must be str or None, not %s", ops_type_name(a[0]));
        encoding = AW_STR(a[0])->data;
    }
    if (a[1] != AW_EMPTY && a[1] != AW_NONE) {
        if (!value_is_str(a[1]))
            return vm_raise(vm, &aw_exc_TypeError, "ParserCreate() argument 'namespace_separator' must be str or None, not %s",
                            ops_type_name(a[1]));
        sep = AW_STR(a[1])->data;
        if (AW_STR(a[1])->byte_len > 1)
            return vm_raise(vm, &aw_exc_ValueError, "namespace_separator must be at most one character, omitted, or None");
    }
    AwValue intern = a[2];
    if (intern == AW_EMPTY) {
        AwDict *d = dict_new(vm);
        if (!d) return AW_ERR;
        intern = value_from_ptr(d);
    } else if (intern != AW_NONE && !value_is_dict(intern)) {
        return vm_raise(vm, &aw_exc_TypeError, "intern must be a dictionary");
    }
    XML_Parser x = sep ? XML_ParserCreateNS(encoding, sep[0]) : XML_ParserCreate(encoding);
    Parser *p = parser_wrap(vm, x, intern);
    return p ? value_from_ptr(p) : AW_ERR;
}

static AwValue expat_error_string(AwVM *vm, int argc, const AwValue *argv, AwTuple *kw) {
    int64_t code;
    if (args_no_kwargs(vm, "ErrorString", kw) || args_count(vm, "ErrorString", argc, 1, 1) || args_int(vm, argv[0], &code))
        return AW_ERR;
    return conv(vm, XML_ErrorString((enum XML_Error)code));
}

static const AwMethodDef expat_functions[] = {
    {"ParserCreate", expat_parser_create, 0},
    {"ErrorString", expat_error_string, 0},
    {NULL, NULL, 0},
};

/* The names of expat's error codes 1.., in enum XML_Error's order (CPython's error_info_of). */
static const char *const error_names[] = {
    "XML_ERROR_NO_MEMORY", "XML_ERROR_SYNTAX", "XML_ERROR_NO_ELEMENTS", "XML_ERROR_INVALID_TOKEN",
    "XML_ERROR_UNCLOSED_TOKEN", "XML_ERROR_PARTIAL_CHAR", "XML_ERROR_TAG_MISMATCH", "XML_ERROR_DUPLICATE_ATTRIBUTE",
    "XML_ERROR_JUNK_AFTER_DOC_ELEMENT", "XML_ERROR_PARAM_ENTITY_REF", "XML_ERROR_UNDEFINED_ENTITY",
    "XML_ERROR_RECURSIVE_ENTITY_REF", "XML_ERROR_ASYNC_ENTITY", "XML_ERROR_BAD_CHAR_REF", "XML_ERROR_BINARY_ENTITY_REF",
    "XML_ERROR_ATTRIBUTE_EXTERNAL_ENTITY_REF", "XML_ERROR_MISPLACED_XML_PI", "XML_ERROR_UNKNOWN_ENCODING",
    "XML_ERROR_INCORRECT_ENCODING", "XML_ERROR_UNCLOSED_CDATA_SECTION", "XML_ERROR_EXTERNAL_ENTITY_HANDLING",
    "XML_ERROR_NOT_STANDALONE", "XML_ERROR_UNEXPECTED_STATE", "XML_ERROR_ENTITY_DECLARED_IN_PE",
    "XML_ERROR_FEATURE_REQUIRES_XML_DTD", "XML_ERROR_CANT_CHANGE_FEATURE_ONCE_PARSING", "XML_ERROR_UNBOUND_PREFIX",
    "XML_ERROR_UNDECLARING_PREFIX", "XML_ERROR_INCOMPLETE_PE", "XML_ERROR_XML_DECL", "XML_ERROR_TEXT_DECL",
    "XML_ERROR_PUBLICID", "XML_ERROR_SUSPENDED", "XML_ERROR_NOT_SUSPENDED", "XML_ERROR_ABORTED", "XML_ERROR_FINISHED",
    "XML_ERROR_SUSPEND_PE", "XML_ERROR_RESERVED_PREFIX_XML", "XML_ERROR_RESERVED_PREFIX_XMLNS",
    "XML_ERROR_RESERVED_NAMESPACE_URI", "XML_ERROR_INVALID_ARGUMENT", "XML_ERROR_NO_BUFFER",
    "XML_ERROR_AMPLIFICATION_LIMIT_BREACH",
};

/* A submodule pyexpat.<name>, also in sys.modules as CPython registers it. */
static AwModule *submodule(AwVM *vm, AwModule *parent, const char *name, const char *full, const char *doc) {
    AwModule *m = module_new(vm, full);
    AwStr *d = m ? str_from_cstr(vm, doc) : NULL;
    AwStr *key = d ? str_intern_cstr(vm, full) : NULL;
    if (!key || module_add_value(vm, m, "__doc__", str_value(d)) || module_add_value(vm, parent, name, value_from_ptr(m)) ||
        dict_set_str(vm, vm->modules, key, value_from_ptr(m)))
        return NULL;
    return m;
}

/* pyexpat.errors: XML_ERROR_* (the messages), codes (message -> code), messages (code -> message). */
static AwStatus add_errors(AwVM *vm, AwModule *mod) {
    AwModule *m = submodule(vm, mod, "errors", "pyexpat.errors", "Constants used to describe error conditions.");
    AwDict *codes = m ? dict_new(vm) : NULL, *messages = codes ? dict_new(vm) : NULL;
    if (!messages || module_add_value(vm, m, "codes", value_from_ptr(codes)) ||
        module_add_value(vm, m, "messages", value_from_ptr(messages)))
        return AW_ERROR;
    for (size_t i = 0; i < sizeof error_names / sizeof error_names[0]; i++) {
        int code = (int)i + 1;
        const char *msg = XML_ErrorString((enum XML_Error)code);
        if (!msg) continue;
        AwStr *s = str_from_cstr(vm, msg);
        if (!s || module_add_value(vm, m, error_names[i], str_value(s)) || dict_set(vm, codes, str_value(s), value_from_small(code)) ||
            dict_set(vm, messages, value_from_small(code), str_value(s)))
            return AW_ERROR;
    }
    return AW_OK;
}

static AwStatus add_model(AwVM *vm, AwModule *mod) {
    static const struct { const char *name; int value; } consts[] = {
        {"XML_CTYPE_EMPTY", XML_CTYPE_EMPTY}, {"XML_CTYPE_ANY", XML_CTYPE_ANY}, {"XML_CTYPE_MIXED", XML_CTYPE_MIXED},
        {"XML_CTYPE_NAME", XML_CTYPE_NAME}, {"XML_CTYPE_CHOICE", XML_CTYPE_CHOICE}, {"XML_CTYPE_SEQ", XML_CTYPE_SEQ},
        {"XML_CQUANT_NONE", XML_CQUANT_NONE}, {"XML_CQUANT_OPT", XML_CQUANT_OPT}, {"XML_CQUANT_REP", XML_CQUANT_REP},
        {"XML_CQUANT_PLUS", XML_CQUANT_PLUS},
    };
    AwModule *m = submodule(vm, mod, "model", "pyexpat.model", "Constants used to interpret content model information.");
    if (!m) return AW_ERROR;
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        if (module_add_value(vm, m, consts[i].name, value_from_small(consts[i].value))) return AW_ERROR;
    return AW_OK;
}

/* features: [(name, value), ...] from XML_GetFeatureList. */
static AwValue feature_list(AwVM *vm) {
    AwList *l = list_new(vm, 0);
    if (!l) return AW_ERR;
    for (const XML_Feature *f = XML_GetFeatureList(); f && f->feature != XML_FEATURE_END; f++) {
        AwStr *name = str_from_cstr(vm, f->name);
        AwTuple *t = name ? tuple_pack2(vm, str_value(name), value_from_small(f->value)) : NULL;
        if (!t || list_append(vm, l, value_from_ptr(t))) return AW_ERR;
    }
    return value_from_ptr(l);
}

AwModule *pyexpat_module_init(AwVM *vm) {
    AwModule *mod = module_new(vm, "pyexpat");
    if (!mod || module_add_functions(vm, mod, expat_functions)) return NULL;
    AwStr *doc = str_from_cstr(vm, "Python wrapper for Expat parser.");
    if (!doc || module_add_value(vm, mod, "__doc__", str_value(doc))) return NULL;
    expat_error = class_new_simple(vm, "xml.parsers.expat", "ExpatError", &aw_exc_Exception);
    if (!expat_error || module_add_value(vm, mod, "error", value_from_ptr(expat_error)) ||
        module_add_value(vm, mod, "ExpatError", value_from_ptr(expat_error)))
        return NULL;
    AwStr *m = str_intern_cstr(vm, "pyexpat");
    if (!m) return NULL;
    aw_type_expat_parser.module = m;
    if (module_add_value(vm, mod, "XMLParserType", value_from_ptr(&aw_type_expat_parser)))
        return NULL;
    XML_Expat_Version v = XML_ExpatVersionInfo();
    AwValue parts[3] = {value_from_small(v.major), value_from_small(v.minor), value_from_small(v.micro)};
    AwTuple *version_info = tuple_from(vm, 3, parts);
    AwStr *version = str_from_cstr(vm, XML_ExpatVersion()), *native = str_from_cstr(vm, "UTF-8");
    AwValue features = feature_list(vm);
    if (!version_info || !version || !native || features == AW_ERR ||
        module_add_value(vm, mod, "version_info", value_from_ptr(version_info)) ||
        module_add_value(vm, mod, "EXPAT_VERSION", str_value(version)) ||
        module_add_value(vm, mod, "native_encoding", str_value(native)) || module_add_value(vm, mod, "features", features) ||
        module_add_value(vm, mod, "XML_PARAM_ENTITY_PARSING_NEVER", value_from_small(XML_PARAM_ENTITY_PARSING_NEVER)) ||
        module_add_value(vm, mod, "XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE",
                         value_from_small(XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE)) ||
        module_add_value(vm, mod, "XML_PARAM_ENTITY_PARSING_ALWAYS", value_from_small(XML_PARAM_ENTITY_PARSING_ALWAYS)))
        return NULL;
    if (add_errors(vm, mod) || add_model(vm, mod)) return NULL;
    return mod;
}
