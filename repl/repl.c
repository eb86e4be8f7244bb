/* repl.c — the interactive prompt (synchronous first version) and the top-level exception
 * report shared with main.c. See repl.h.
 *
 * Reading uses readline's callback interface under a select() loop rather than readline():
 * Ctrl-C at the prompt then interrupts select (our SIGINT handler has no SA_RESTART) and the
 * line is dropped cleanly without longjmp, and the same structure later moves onto libuv.
 * While a cell runs, SIGINT goes to main.c's handler: the VM raises KeyboardInterrupt, and a
 * cell running as a task on the session loop is cancelled (asyncio_run_cell), so the prompt
 * comes back with the loop and its other tasks intact. The history is saved after every line
 * so nothing is lost.
 */
#include "repl/repl.h"
#include "interp/code.h"
#include "stdlib/asyncio.h"

#include <ctype.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

#include "interp/ast.h"
#include "interp/dict.h"
#include "interp/exception.h"
#include "interp/file.h"
#include "interp/function.h"
#include "interp/int.h"
#include "interp/module.h"
#include "interp/ops.h"
#include "interp/parser.h"
#include "interp/str.h"
#include "interp/traceback.h"
#include "interp/tuple.h"
#include "interp/vm.h"
#include "stdlib/sys.h"

#define HISTORY_FILE ".aw_history"
#define HISTORY_MAX 1000

/* ---- uncaught exceptions ---- */

/* True when fd 1 is a pipe whose reader has gone (poll reports POLLERR on its write end). */
static bool stdout_is_closed_pipe(void) {
    struct pollfd pfd = { .fd = STDOUT_FILENO, .events = POLLOUT };
    return poll(&pfd, 1, 0) == 1 && (pfd.revents & POLLERR);
}

/* SystemExit's code: the .code attribute, else derived from args as CPython does. */
static AwValue system_exit_code(AwVM *vm, AwValue exc) {
    AwValue code = ops_getattr_opt(vm, exc, AW_NAME(vm, code));
    if (code != AW_EMPTY && code != AW_ERR) return code;
    vm_exc_clear(vm);
    AwTuple *args = AW_EXC(exc)->args;
    if (!args || args->len == 0) return AW_NONE;
    return args->len == 1 ? args->items[0] : value_from_ptr(args);
}

static int system_exit_status(AwVM *vm, AwValue exc) {
    AwValue code = system_exit_code(vm, exc);
    if (code == AW_NONE) return 0;
    if (int_check(code)) {
        int64_t n;
        if (int_to_i64(vm, code, &n) != AW_OK) { vm_exc_clear(vm); n = -1; }
        return (int)(n & 0xff);
    }
    file_flush_std(vm);
    AwValue s = ops_str(vm, code);
    if (s == AW_ERR) vm_exc_clear(vm);
    else fwrite(AW_STR(s)->data, 1, (size_t)AW_STR(s)->byte_len, stderr);
    fputc('\n', stderr);
    fflush(stderr);
    return 1;
}

int repl_report_exception(AwVM *vm, AwValue exc, bool *is_exit) {
    *is_exit = false;
    if (exc == AW_EMPTY) {   /* a failure without an exception is a VM bug: say so, don't crash */
        fputs("SystemError: error return without exception set\n", stderr);
        return 1;
    }
    if (value_is_instance(exc, &aw_exc_SystemExit)) {
        *is_exit = true;
        bool rooted = gc_push_root(vm, exc) == AW_OK;   /* str(code) may run aw code */
        if (!rooted) vm_exc_clear(vm);
        int status = system_exit_status(vm, exc);
        if (rooted) gc_pop_roots(vm, 1);
        return status;
    }
    if (value_is_instance(exc, &aw_exc_BrokenPipeError) && stdout_is_closed_pipe()) return 1;
    sys_report_uncaught(vm, exc);
    return value_is_instance(exc, &aw_exc_KeyboardInterrupt) ? 130 : 1;
}

/* ---- reading lines ---- */

/* SIGINT while waiting at the prompt; read by the select loop. */
static volatile sig_atomic_t got_sigint;

static void on_sigint(int sig) {
    (void)sig;
    got_sigint = 1;
}

/* Installs handler for SIGINT, saving the previous one in *old (if not NULL). */
static void set_sigint(void (*handler)(int), struct sigaction *old) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;   /* no SA_RESTART: select must return EINTR */
    sigaction(SIGINT, &sa, old);
}

typedef enum { READ_LINE, READ_EOF, READ_INTERRUPT } ReadResult;

/* The line readline's callback handed over. */
static char *rl_line;
static bool rl_has_line;

static void on_rl_line(char *line) {
    rl_line = line;
    rl_has_line = true;
    rl_callback_handler_remove();
}

/* The VM whose session loop runs while the prompt waits (readline callbacks take no context). */
static AwVM *tick_vm;

/* Runs the session loop's due work while the prompt waits, hiding the prompt and the typed
 * text while tasks may print, then drawing them again (DESIGN.md §10). Returns the seconds the
 * next wait may last, or -1 for "until input". */
static double run_background_tasks(void) {
    if (!tick_vm || !asyncio_repl_busy(tick_vm)) return -1;
    char *saved = rl_copy_text(0, rl_end);
    int point = rl_point;
    rl_save_prompt();
    rl_replace_line("", 0);
    rl_redisplay();
    fputs("\r", stdout);
    fflush(stdout);
    double wait = asyncio_repl_tick(tick_vm);
    file_flush_std(tick_vm);
    fflush(stdout);
    rl_restore_prompt();
    rl_replace_line(saved ? saved : "", 0);
    rl_point = point;
    rl_forced_update_display();
    free(saved);
    return wait;
}

/* One line from the terminal with readline (line is malloc'd, without its newline). */
static ReadResult read_tty_line(const char *prompt, char **line) {
    rl_has_line = false;
    rl_line = NULL;
    got_sigint = 0;
    struct sigaction running;   /* main.c's handler: Ctrl-C while a cell runs interrupts the VM */
    set_sigint(on_sigint, &running);
    rl_callback_handler_install(prompt, on_rl_line);
    while (!rl_has_line) {
        fd_set fds;
        int fd = fileno(rl_instream);
        FD_ZERO(&fds);
        FD_SET(fd, &fds);
        double wait = run_background_tasks();
        struct timeval tv = {(time_t)(wait > 0 ? wait : 0), (suseconds_t)((wait > 0 ? wait - (double)(time_t)wait : 0) * 1e6)};
        int ready = select(fd + 1, &fds, NULL, NULL, wait >= 0 ? &tv : NULL);
        if (ready == 0) continue;
        if (ready < 0) {
            if (errno != EINTR) break;
            if (!got_sigint) continue;
            rl_free_line_state();
            rl_callback_sigcleanup();
            rl_callback_handler_remove();
            sigaction(SIGINT, &running, NULL);
            return READ_INTERRUPT;
        }
        rl_callback_read_char();
    }
    if (!rl_has_line) rl_callback_handler_remove();
    sigaction(SIGINT, &running, NULL);
    if (got_sigint) raise(SIGINT); /* Ctrl-C right after Enter: it interrupts the cell */
    *line = rl_line;
    return rl_line ? READ_LINE : READ_EOF;
}

/* One line from a pipe or file, without prompts. It is read through sys.stdin's file object,
 * so a cell calling input() gets the lines that follow it, as in CPython. */
static ReadResult read_plain_line(AwVM *vm, char **line) {
    AwValue in = module_get(vm->sys, "stdin");
    if (!value_is_plain_text_file(in)) return READ_EOF;
    AwValue text = file_readline(vm, AW_FILE(in), -1);
    if (text == AW_ERR || !value_is_str(text) || AW_STR(text)->byte_len == 0) {
        vm_exc_clear(vm);
        return READ_EOF;
    }
    AwStr *s = AW_STR(text);
    size_t n = (size_t)s->byte_len;
    if (s->data[n - 1] == '\n') n--;
    *line = strndup(s->data, n);
    return *line ? READ_LINE : READ_EOF;
}

/* ---- history ---- */

static char *history_path(void) {
    const char *home = getenv("HOME");
    if (!home || !*home) return NULL;
    size_t n = strlen(home) + sizeof HISTORY_FILE + 1;
    char *path = malloc(n);
    if (path) snprintf(path, n, "%s/%s", home, HISTORY_FILE);
    return path;
}

static void history_remember(const char *path, const char *line) {
    if (!*line) return;
    add_history(line);
    if (path) write_history(path);   /* errors ignored: history is a convenience */
}

/* ---- completion ---- */

/* The VM the completer inspects (readline's callbacks take no context). */
static AwVM *completion_vm;

/* Candidates gathered on the first call of a completion, handed out one by one. */
typedef struct {
    char **items;    /* malloc'd strings */
    size_t count;    /* items used */
    size_t cap;      /* items allocated */
    size_t next;     /* next item to hand to readline */
} Matches;

static Matches matches;

static void matches_clear(void) {
    for (size_t i = matches.next; i < matches.count; i++) free(matches.items[i]);
    free(matches.items);
    memset(&matches, 0, sizeof matches);
}

static bool is_name_char(char c) { return isalnum((unsigned char)c) || c == '_' || (c & 0x80); }

/* True if a match for the same name (ignoring its "(" / " " / ":" suffix) is already there. */
static bool matches_contains(const char *word, size_t len) {
    for (size_t i = 0; i < matches.count; i++)
        if (strncmp(matches.items[i], word, len) == 0 && !is_name_char(matches.items[i][len]))
            return true;
    return false;
}

static bool matches_grow(void) {
    size_t cap = matches.cap ? matches.cap * 2 : 64;
    char **items = realloc(matches.items, cap * sizeof *items);
    if (!items) return false;
    matches.items = items;
    matches.cap = cap;
    return true;
}

/* Adds prefix + word + suffix unless the name is already there. */
static void matches_add(const char *prefix, const char *word, const char *suffix) {
    size_t plen = strlen(prefix), wlen = strlen(word), slen = strlen(suffix);
    char *full = malloc(plen + wlen + slen + 1);
    if (!full) return;
    memcpy(full, prefix, plen);
    memcpy(full + plen, word, wlen);
    memcpy(full + plen + wlen, suffix, slen + 1);
    if (matches_contains(full, plen + wlen) || (matches.count == matches.cap && !matches_grow())) {
        free(full);
        return;
    }
    matches.items[matches.count++] = full;
}

/* Python 3.11's keyword.kwlist. */
static const char *const KEYWORDS[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield", NULL
};

/* What rlcompleter appends to a keyword: "try:", "if ", but "True" and "pass" bare. */
static const char *keyword_suffix(const char *kw) {
    static const char *const bare[] = {"False", "None", "True", "break", "continue", "pass", "else", NULL};
    if (strcmp(kw, "try") == 0 || strcmp(kw, "finally") == 0) return ":";
    for (int i = 0; bare[i]; i++)
        if (strcmp(kw, bare[i]) == 0) return "";
    return " ";
}

/* Names in d starting with attr[0..n) (callables get "("), skipping names that start with
 * `hidden` (rlcompleter hides _private names until the user types "_"). */
static void add_dict_names(AwDict *d, const char *prefix, const char *attr, size_t n, const char *hidden) {
    int64_t pos = 0;
    AwValue key, value;
    while (d && dict_next(d, &pos, &key, &value)) {
        if (!value_is_str(key)) continue;
        const char *name = AW_STR(key)->data;
        if (strncmp(name, attr, n) != 0 || strcmp(name, "__builtins__") == 0) continue;
        if (hidden && strncmp(name, hidden, strlen(hidden)) == 0) continue;
        matches_add(prefix, name, ops_callable(value) ? "(" : "");
    }
}

static void complete_global(AwVM *vm, const char *text) {
    size_t n = strlen(text);
    for (int i = 0; KEYWORDS[i]; i++)
        if (strncmp(KEYWORDS[i], text, n) == 0) matches_add("", KEYWORDS[i], keyword_suffix(KEYWORDS[i]));
    add_dict_names(vm->main_module->dict, "", text, n, NULL);
    add_dict_names(vm->builtins->dict, "", text, n, NULL);
}

/* The value of a dotted name like "os.path" (only names: completion never evaluates calls).
 * AW_EMPTY when it does not resolve. Intermediate values are rooted by the caller's count. */
static AwValue eval_dotted(AwVM *vm, const char *expr, size_t len, size_t *roots) {
    AwValue obj = AW_EMPTY;
    for (size_t start = 0; start <= len;) {
        size_t end = start;
        while (end < len && expr[end] != '.') end++;
        if (end == start || isdigit((unsigned char)expr[start])) return AW_EMPTY;
        for (size_t i = start; i < end; i++)
            if (!is_name_char(expr[i])) return AW_EMPTY;
        AwStr *name = str_intern(vm, expr + start, end - start);
        if (!name) return AW_EMPTY;
        if (obj == AW_EMPTY) {
            obj = dict_get_str(vm->main_module->dict, name);
            if (obj == AW_EMPTY) obj = dict_get_str(vm->builtins->dict, name);
        } else {
            obj = ops_getattr_opt(vm, obj, name);   /* may run a property: root the result */
        }
        if (obj == AW_EMPTY || obj == AW_ERR) return AW_EMPTY;
        if (gc_push_root(vm, obj) != AW_OK) return AW_EMPTY;
        (*roots)++;
        start = end + 1;
    }
    return obj;
}

/* The instance dict of obj without creating one. */
static AwDict *instance_dict(AwValue obj) {
    if (!value_is_ptr(obj)) return NULL;
    AwType *type = type_of(obj);
    if (type_of(obj) == &aw_type_module) return AW_MODULE(obj)->dict;
    if (!type->dict_offset) return NULL;
    return *(AwDict **)((char *)value_as_ptr(obj) + type->dict_offset);
}

static void add_mro_names(AwType *type, const char *prefix, const char *attr, size_t n, const char *hidden) {
    if (!type->mro) { add_dict_names(type->dict, prefix, attr, n, hidden); return; }
    for (int64_t i = 0; i < type->mro->len; i++)
        add_dict_names(AW_AS(AwType, type->mro->items[i])->dict, prefix, attr, n, hidden);
}

/* rlcompleter's attr_matches: dir(obj) plus __class__, private names only on request. */
static void add_attribute_names(AwValue obj, const char *prefix, const char *attr, size_t n, const char *hidden) {
    add_dict_names(instance_dict(obj), prefix, attr, n, hidden);
    if (value_is_instance(obj, &aw_type_type)) add_mro_names(AW_AS(AwType, obj), prefix, attr, n, hidden);
    add_mro_names(type_of(obj), prefix, attr, n, hidden);
    if (strncmp("__class__", attr, n) == 0 && !(hidden && strncmp("__class__", hidden, strlen(hidden)) == 0))
        matches_add(prefix, "__class__", "");
}

static void complete_attribute(AwVM *vm, const char *text, const char *dot) {
    size_t roots = 0, expr_len = (size_t)(dot - text);
    AwValue obj = eval_dotted(vm, text, expr_len, &roots);
    vm_exc_clear(vm);
    char *prefix = strndup(text, expr_len + 1);   /* "expr." */
    if (obj != AW_EMPTY && prefix) {
        const char *attr = dot + 1;
        size_t n = strlen(attr);
        const char *hidden = n == 0 ? "_" : strcmp(attr, "_") == 0 ? "__" : NULL;
        for (;;) {
            add_attribute_names(obj, prefix, attr, n, hidden);
            if (matches.count || !hidden) break;
            hidden = strcmp(hidden, "_") == 0 ? "__" : NULL;
        }
    }
    free(prefix);
    gc_pop_roots(vm, roots);
}

static char *completion_generator(const char *text, int state) {
    if (state == 0) {
        matches_clear();
        const char *dot = strrchr(text, '.');
        if (dot) complete_attribute(completion_vm, text, dot);
        else complete_global(completion_vm, text);
    }
    return matches.next < matches.count ? matches.items[matches.next++] : NULL;   /* readline frees it */
}

static char **complete(const char *text, int start, int end) {
    (void)start;
    (void)end;
    rl_attempted_completion_over = 1;   /* never fall back to file names */
    rl_completion_append_character = '\0';
    if (!*text) {   /* Tab at the start of a line indents, as CPython's completer does */
        rl_insert_text("    ");
        return NULL;
    }
    return rl_completion_matches(text, completion_generator);
}

/* ---- cells ---- */

/* The prompt's state. */
typedef struct {
    AwVM *vm;          /* the interpreter */
    bool is_tty;       /* reading with readline (else plain lines, no prompts) */
    char *history;     /* history file path (malloc) or NULL */
    int cells;         /* cells compiled so far: names "<stdin-N>" */
    char *text;        /* the cell being typed (malloc) */
    size_t len;        /* bytes in text */
    size_t cap;        /* bytes allocated for text */
} Prompt;

static bool cell_append(Prompt *p, const char *line) {
    size_t n = strlen(line);
    if (p->len + n + 2 > p->cap) {
        size_t cap = (p->len + n + 2) * 2;
        char *bigger = realloc(p->text, cap);
        if (!bigger) return false;
        p->text = bigger;
        p->cap = cap;
    }
    memcpy(p->text + p->len, line, n);
    p->len += n;
    p->text[p->len++] = '\n';
    p->text[p->len] = '\0';
    return true;
}

static bool is_blank(const char *line) {
    while (*line == ' ' || *line == '\t' || *line == '\f' || *line == '\r') line++;
    return *line == '\0';
}

/* True while the cell needs more lines: the input stops inside a construct (an open bracket,
 * a string, a block with no body yet), or it is a compound statement, which ends only at an
 * empty line as in CPython. An empty line also ends a block header with no body ("if x:"
 * then Enter), so that compiling reports CPython's IndentationError. A syntax error is
 * "complete" too: compiling reports it. */
static bool cell_needs_more(const Prompt *p, bool ends_blank) {
    AwArena arena;
    AwSyntaxError err;
    memset(&err, 0, sizeof err);
    arena_init(&arena);
    AwNode *root = parser_parse(&arena, p->text, p->len, AW_PARSE_SINGLE, &err);
    bool more = false;
    if (!root) more = err.incomplete && !(ends_blank && err.kind != AW_SYNTAX_ERROR);
    else if (!ends_blank && root->kind == NODE_INTERACTIVE) {
        for (int i = 0; i < root->u.module.body.count; i++)
            if (ast_is_compound(root->u.module.body.items[i])) more = true;
    }
    arena_free(&arena);
    return more;
}

/* Compiles and runs the cell; returns the exit status when it raised SystemExit. */
static int cell_run(Prompt *p, bool *is_exit) {
    AwVM *vm = p->vm;
    char name[32];
    int status = 0;
    *is_exit = false;
    snprintf(name, sizeof name, "<stdin-%d>", ++p->cells);
    traceback_register_source(vm, name, p->text, p->len);
    AwCode *code = vm_compile(vm, p->text, p->len, name, AW_PARSE_SINGLE);
    AwValue r = AW_ERR;
    if (code) {
        /* A cell with top-level await runs as a task on the session's event loop. */
        if (code->flags & AW_CODE_TOPLEVEL_AWAIT) r = asyncio_run_cell(vm, code, vm->main_module->dict);
        else r = vm_run_code(vm, code, vm->main_module->dict, NULL);
    }
    if (r == AW_ERR) status = repl_report_exception(vm, vm_exc_take(vm), is_exit);
    file_flush_std(vm);
    fflush(stdout);
    p->len = 0;
    return status;
}

static ReadResult prompt_read(Prompt *p, char **line) {
    if (!p->is_tty) return read_plain_line(p->vm, line);
    return read_tty_line(p->len ? "... " : ">>> ", line);
}

/* Reads and runs cells until end of input or SystemExit; returns the exit status. */
static int prompt_loop(Prompt *p) {
    for (;;) {
        char *line = NULL;
        ReadResult r = prompt_read(p, &line);
        if (r == READ_INTERRUPT) {
            fputs("\nKeyboardInterrupt\n", stderr);
            p->len = 0;
            continue;
        }
        bool is_exit = false;
        if (r == READ_EOF) {
            if (p->is_tty) fputc('\n', stdout);
            int status = p->len && !is_blank(p->text) ? cell_run(p, &is_exit) : 0;
            return is_exit ? status : 0;
        }
        if (p->is_tty) history_remember(p->history, line);
        bool blank = is_blank(line), continuing = p->len > 0;
        bool ok = (blank && !continuing) || cell_append(p, line);
        free(line);
        if (!ok) { fputs("aw: out of memory\n", stderr); p->len = 0; continue; }
        if (blank && !continuing) continue;   /* Enter at ">>> " just prompts again */
        if (cell_needs_more(p, blank)) continue;
        int status = cell_run(p, &is_exit);
        if (is_exit) return status;
    }
}

static void tty_setup(Prompt *p) {
    static char word_breaks[] = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";
    completion_vm = p->vm;
    tick_vm = p->vm;
    rl_readline_name = "aw";
    rl_attempted_completion_function = complete;
    rl_completer_word_break_characters = word_breaks;
    using_history();
    stifle_history(HISTORY_MAX);
    p->history = history_path();
    if (p->history) read_history(p->history);
    printf("aw 0.1.0 \xe2\x80\x94 type exit() or Ctrl-D to leave\n");
    fflush(stdout);
}

static void tty_teardown(Prompt *p) {
    matches_clear();
    clear_history();
    free(p->history);
    completion_vm = NULL;
    tick_vm = NULL;
}

int repl_run(AwVM *vm) {
    Prompt p;
    memset(&p, 0, sizeof p);
    p.vm = vm;
    p.is_tty = isatty(STDIN_FILENO);
    vm->is_interactive = true;
    if (p.is_tty) tty_setup(&p);
    int status = prompt_loop(&p);
    if (p.is_tty) tty_teardown(&p);
    free(p.text);
    vm->is_interactive = false;
    return status;
}
