/* timeline.c — records task creations and steps, and draws them as a chart (see timeline.h).
 *
 *   aw timeline: 3 tasks in 3.000 s (virtual clock), one column = 0.075 s
 *   task                 0                     1.500                   3.000 s
 *   Task-1 main()       |#ggggggggggggggggggggggggggggggggggggggggggggggggggg#| done
 *   Task-2 brew()       |#-----------------#                                  | done
 *
 * A row is one task: '#' where it ran a step, a letter or sign for what it waited on between
 * steps (legend under the chart), blank before its creation and after its end; the text after
 * the row says how it ended. Times are rounded to the microsecond before they are placed in a
 * column, so under the virtual clock the chart is the same on every run.
 */
#include "interp/timeline.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "interp/code.h"
#include "interp/fiber.h"
#include "interp/function.h"
#include "interp/future.h"
#include "interp/generator.h"
#include "interp/object.h"
#include "interp/str.h"

bool timeline_watching;
bool timeline_on;

/* What a task is doing from an event on. RUN is an instant (one step); the rest last until the
 * next event. */
typedef enum {
    TL_RUN, TL_READY, TL_SLEEP, TL_TASK, TL_GATHER, TL_QUEUE, TL_LOCK, TL_EVENT, TL_FUTURE, TL_END,
    TL_NSTATES
} TlState;

/* Chart glyph and legend text of each state. */
static const char TL_GLYPH[TL_NSTATES] = {'#', '.', '-', 't', 'g', 'q', 'l', 'e', 'f', ' '};
static const char *const TL_LEGEND[TL_NSTATES] = {
    "ran a step", "ready to run", "asyncio.sleep", "awaits a task", "awaits gather()",
    "awaits a queue", "awaits a lock", "awaits an event", "awaits a future", NULL,
};

typedef struct {
    double at;              /* loop time the state starts */
    uint8_t state;          /* TlState */
} TlEvent;

typedef struct {
    char *label;            /* "Task-2 brew()": name and coroutine (malloc), NULL if unused */
    char *outcome;          /* "done", "cancelled", "failed: ValueError" (malloc), NULL while pending */
    TlEvent *events;        /* creation, then each step and what followed it (malloc) */
    int32_t nevents;        /* entries used in events */
    int32_t cap;            /* entries allocated in events */
} TlTask;

/* A task's events are compacted when it has this many: the chart is at most 80 columns wide,
 * so a long run needs no more than a few events per column. */
#define TL_MAX_EVENTS 4096
/* Compaction keeps one step and one waiting state per 1/TL_BUCKETS of the run so far (the final
 * axis is at least as long, so each column still shows what happened in it). */
#define TL_BUCKETS 2048

static TlTask *records;     /* one row per task, in creation order (malloc) */
static int64_t ntasks;      /* rows handed out */
static bool has_origin;     /* origin is set */
static double origin;       /* loop time of the first event (the chart's 0) */
static double latest;       /* loop time of the latest event */
static int64_t nrecords;    /* entries allocated in records */
static bool out_of_memory;  /* a record could not grow: the chart says it is incomplete */

void timeline_enable(void) {
    timeline_on = true;
    timeline_watching = true;
}

/* Live tasks -> their record: an open-addressing map keyed by address. A task leaves it when it
 * is collected (timeline_task_forget), so an address reused by a later task gets a new row. */
static AwTask **map_keys;   /* NULL = empty slot, TOMBSTONE = removed */
static int64_t *map_vals;   /* record index of each key */
static size_t map_cap, map_used;
#define TOMBSTONE ((AwTask *)1)

static size_t map_slot(AwTask *task) { return ((uintptr_t)task >> 4) * 0x9E3779B97F4A7C15ull >> 7; }

static bool map_grow(void) {
    size_t cap = map_cap ? map_cap * 2 : 64;
    AwTask **keys = calloc(cap, sizeof *keys);
    int64_t *vals = calloc(cap, sizeof *vals);
    if (!keys || !vals) { free(keys); free(vals); return false; }
    for (size_t i = 0; i < map_cap; i++) {
        if (!map_keys[i] || map_keys[i] == TOMBSTONE) continue;
        size_t j = map_slot(map_keys[i]) & (cap - 1);
        while (keys[j]) j = (j + 1) & (cap - 1);
        keys[j] = map_keys[i];
        vals[j] = map_vals[i];
    }
    free(map_keys);
    free(map_vals);
    map_keys = keys;
    map_vals = vals;
    map_cap = cap;
    return true;
}

/* The record index of task, or -1; with create, a new row for a task not seen yet. */
static int64_t map_index(AwTask *task, bool create) {
    if (map_cap) {
        for (size_t j = map_slot(task) & (map_cap - 1);; j = (j + 1) & (map_cap - 1)) {
            if (map_keys[j] == task) return map_vals[j];
            if (!map_keys[j]) break;
        }
    }
    if (!create) return -1;
    if ((map_used + 1) * 2 > map_cap && !map_grow()) return -1;
    size_t j = map_slot(task) & (map_cap - 1);
    while (map_keys[j] && map_keys[j] != TOMBSTONE) j = (j + 1) & (map_cap - 1);
    map_keys[j] = task;
    map_vals[j] = ntasks;
    map_used++;
    return ntasks++;
}

void timeline_task_forget(struct AwTask *task) {
    for (size_t j = map_cap ? map_slot(task) & (map_cap - 1) : 0; map_cap; j = (j + 1) & (map_cap - 1)) {
        if (!map_keys[j]) return;
        if (map_keys[j] == task) { map_keys[j] = TOMBSTONE; return; }
    }
}

static TlTask *record_for(AwTask *task) {
    int64_t i = map_index(task, true);
    if (i < 0) { out_of_memory = true; return NULL; }
    if (i >= nrecords) {
        int64_t n = nrecords ? nrecords : 16;
        while (n <= i) n *= 2;
        TlTask *r = realloc(records, sizeof *r * (size_t)n);
        if (!r) { out_of_memory = true; return NULL; }
        memset(r + nrecords, 0, sizeof *r * (size_t)(n - nrecords));
        records = r;
        nrecords = n;
    }
    return &records[i];
}

/* Merges the events of each bucket of the run so far into at most a step and the last state. */
static void compact(TlTask *rec) {
    double width = (latest - origin) / TL_BUCKETS;
    if (!(width > 0)) return;
    int32_t out = 0;
    int64_t bucket = -1;
    bool has_run = false;   /* the current bucket kept a step */
    int32_t state_at = -1;  /* index (in the output) of the bucket's kept state, or -1 */
    for (int32_t i = 0; i < rec->nevents; i++) {
        TlEvent e = rec->events[i];
        int64_t b = (int64_t)floor((e.at - origin) / width);
        if (b != bucket) { bucket = b; has_run = false; state_at = -1; }
        if (e.state == TL_RUN) {
            if (has_run) continue;
            has_run = true;
            if (state_at >= 0) { /* keep the order step, then state */
                rec->events[out++] = rec->events[state_at];
                rec->events[state_at] = e;
                state_at = out - 1;
                continue;
            }
        } else if (state_at >= 0) {
            rec->events[state_at] = e;   /* the bucket's last state wins */
            continue;
        } else {
            state_at = out;
        }
        rec->events[out++] = e;
    }
    rec->nevents = out;
}

static void add_event(TlTask *rec, double at, TlState state) {
    if (!has_origin) { origin = at; has_origin = true; }
    if (at > latest) latest = at;
    if (rec->nevents >= TL_MAX_EVENTS) compact(rec);
    if (rec->nevents == rec->cap) {
        int32_t cap = rec->cap ? rec->cap * 2 : 8;
        TlEvent *e = realloc(rec->events, sizeof *e * (size_t)cap);
        if (!e) { out_of_memory = true; return; }
        rec->events = e;
        rec->cap = cap;
    }
    rec->events[rec->nevents++] = (TlEvent){at, (uint8_t)state};
}

/* "Task-2 brew()" from the task's name and its coroutine's qualified name. */
static char *make_label(AwTask *task) {
    char name[64], coro[96];
    if (value_is_str(task->name)) snprintf(name, sizeof name, "%s", AW_STR(task->name)->data);
    else snprintf(name, sizeof name, "Task-%lld", value_is_int(task->name) ? (long long)value_as_small(task->name) : 0LL);
    AwValue c = task->coro;
    if (value_is_ptr(c) && value_as_ptr(c)->type == &aw_type_coroutine) snprintf(coro, sizeof coro, "%s()", AW_GEN(c)->func->qualname->data);
    else snprintf(coro, sizeof coro, "%s", value_is_ptr(c) ? type_name(value_as_ptr(c)->type) : "?");
    size_t n = strlen(name) + strlen(coro) + 2;
    char *label = malloc(n);
    if (label) snprintf(label, n, "%s %s", name, coro);
    return label;
}

void timeline_task_created(AwVM *vm, AwTask *task, double at) {
    TlTask *rec = record_for(task);
    if (!rec) return;
    free(rec->label);
    rec->label = make_label(task);
    add_event(rec, at, TL_READY);
}

static bool starts_with(const char *s, const char *prefix) { return strncmp(s, prefix, strlen(prefix)) == 0; }

/* The asyncio primitive a function of the asyncio prelude belongs to, or TL_FUTURE. */
static TlState primitive_of(const char *qualname) {
    if (strstr(qualname, "Queue.")) return TL_QUEUE;
    if (starts_with(qualname, "Event.")) return TL_EVENT;
    if (starts_with(qualname, "Lock.") || strstr(qualname, "Semaphore.") || starts_with(qualname, "Condition.") ||
        starts_with(qualname, "Barrier."))
        return TL_LOCK;
    if (starts_with(qualname, "TaskGroup.") || strcmp(qualname, "wait") == 0) return TL_TASK; /* its tasks */
    return TL_FUTURE;
}

/* The primitive the task is suspended in: the outermost asyncio function on its stack that
 * names one is the call the program made (Queue.join, which waits on an Event inside). */
static TlState suspended_in(AwTask *task) {
    AwValue c = task->coro;
    if (!value_is_ptr(c) || value_as_ptr(c)->type != &aw_type_coroutine || !AW_GEN(c)->fiber) return TL_FUTURE;
    AwFiber *fiber = AW_GEN(c)->fiber;
    for (int32_t i = 0; i < fiber->nframes; i++) {
        AwCode *code = fiber->frames[i].code;
        if (strcmp(code->filename->data, "<frozen asyncio>") != 0) continue;
        TlState s = primitive_of(code->qualname->data);
        if (s != TL_FUTURE) return s;
    }
    return TL_FUTURE;
}

/* What a pending task waits on after a step: its fut_waiter, and for a plain future the asyncio
 * primitive it waits in (the future's type, or the function it is suspended in). */
static TlState wait_state(AwTask *task) {
    AwValue w = task->fut_waiter;
    if (!value_is_ptr(w)) return TL_READY;
    AwType *type = value_as_ptr(w)->type;
    if (type == &aw_type_sleep) {   /* asyncio.sleep, or the wait of a native primitive */
        AwSleep *y = AW_AS(AwSleep, w);
        if (!y->is_op) return TL_SLEEP;
        if (starts_with(y->ops->qualname, "_ContextManagerMixin.")) return TL_LOCK;
        TlState s = primitive_of(y->ops->qualname);
        return s != TL_FUTURE ? s : suspended_in(task);
    }
    if (value_is_instance(w, &aw_type_task)) return TL_TASK;
    const char *tn = type_name(type);
    if (strcmp(tn, "_GatheringFuture") == 0) return TL_GATHER;
    if (strstr(tn, "Queue")) return TL_QUEUE;
    return suspended_in(task);
}

static char *make_outcome(AwTask *task) {
    AwFuture *f = &task->fut;
    char buf[160];
    if (f->state == AW_FUT_CANCELLED) snprintf(buf, sizeof buf, "cancelled");
    else if (f->exception != AW_NONE && value_is_ptr(f->exception))
        snprintf(buf, sizeof buf, "failed: %s", type_name(value_as_ptr(f->exception)->type));
    else snprintf(buf, sizeof buf, "done");
    return strdup(buf);
}

void timeline_task_stepped(AwVM *vm, AwTask *task, double start, double end) {
    TlTask *rec = record_for(task);
    if (!rec || !rec->label) return;
    add_event(rec, start, TL_RUN);
    if (task->fut.state == AW_FUT_PENDING) {
        add_event(rec, end, wait_state(task));
        return;
    }
    add_event(rec, end, TL_END);
    free(rec->label);   /* set_name() may have renamed it */
    rec->label = make_label(task);
    rec->outcome = make_outcome(task);
}

/* ---- drawing ---- */

#define TL_WIDTH 80        /* the terminal the chart fits */
#define TL_MAX_LABEL 26    /* longer labels are cut */
#define TL_MAX_ROWS 40     /* more tasks than this: the first ones are drawn, the rest counted */

/* Microseconds from the start: the same on every run under the virtual clock. */
static double rel_time(double at, double origin) { return round((at - origin) * 1e6) / 1e6; }

static int column_of(double rel, double span, int width) {
    if (span <= 0) return 0;
    int c = (int)floor(rel / span * width);
    return c < 0 ? 0 : c >= width ? width - 1 : c;
}

/* Fills one task's row (width glyphs, NUL-terminated); marks the states it used. */
static void draw_row(const TlTask *rec, double origin, double span, int width, char *row, bool *used) {
    memset(row, ' ', (size_t)width);
    row[width] = '\0';
    for (int32_t i = 0; i < rec->nevents; i++) {
        const TlEvent *e = &rec->events[i];
        if (e->state == TL_RUN || e->state == TL_END) continue;
        int from = column_of(rel_time(e->at, origin), span, width);
        int to = i + 1 < rec->nevents ? column_of(rel_time(rec->events[i + 1].at, origin), span, width) : width - 1;
        for (int c = from; c <= to; c++) row[c] = TL_GLYPH[e->state];
    }
    for (int32_t i = 0; i < rec->nevents; i++)
        if (rec->events[i].state == TL_RUN) row[column_of(rel_time(rec->events[i].at, origin), span, width)] = TL_GLYPH[TL_RUN];
    for (int c = 0; c < width; c++)   /* the legend explains only what shows */
        for (int st = 0; st < TL_END; st++)
            if (row[c] == TL_GLYPH[st]) used[st] = true;
}

/* The axis: 0 under the first column, the middle time, the total under the last. */
static void draw_axis(FILE *out, int label_w, int width, double span) {
    char axis[TL_WIDTH * 2];
    int n = width + 2;
    memset(axis, ' ', (size_t)n);
    axis[n] = '\0';
    char mid[32], end[32];
    snprintf(mid, sizeof mid, "%.3f", span / 2);
    snprintf(end, sizeof end, "%.3f s", span);
    axis[1] = '0';
    int mid_at = 1 + width / 2 - (int)strlen(mid) / 2;
    if (span > 0 && mid_at > 3) memcpy(axis + mid_at, mid, strlen(mid));
    int end_at = n - (int)strlen(end);
    if (end_at > mid_at + (int)strlen(mid)) memcpy(axis + end_at, end, strlen(end));
    fprintf(out, "%-*s%s\n", label_w, "task", axis);
}

static void draw_legend(FILE *out, const bool *used) {
    char line[TL_WIDTH * 4];
    int len = snprintf(line, sizeof line, "legend:");
    for (int s = 0; s < TL_NSTATES; s++) {
        if (!used[s] || !TL_LEGEND[s]) continue;
        char item[48];
        int n = snprintf(item, sizeof item, " %c %s", TL_GLYPH[s], TL_LEGEND[s]);
        if (len + n + 1 > TL_WIDTH) { fprintf(out, "%s\n", line); len = snprintf(line, sizeof line, "       "); }
        len += snprintf(line + len, sizeof line - (size_t)len, "%s%s", item, s + 1 < TL_NSTATES ? "," : "");
    }
    if (len > 0 && line[len - 1] == ',') line[len - 1] = '\0';
    fprintf(out, "%s\n", line);
}

static void free_records(void) {
    for (int64_t i = 0; i < nrecords; i++) {
        free(records[i].label);
        free(records[i].outcome);
        free(records[i].events);
    }
    free(records);
    records = NULL;
    nrecords = 0;
    free(map_keys);
    free(map_vals);
    map_keys = NULL;
    map_vals = NULL;
    map_cap = map_used = 0;
}

void timeline_print(FILE *out, bool virtual_clock) {
    int64_t ntasks = 0;
    double first = 0, last = 0;
    int label_w = 4, outcome_w = 7;   /* "task", "pending" */
    for (int64_t i = 0; i < nrecords; i++) {
        const TlTask *r = &records[i];
        if (!r->label || !r->nevents) continue;
        if (!ntasks++ || r->events[0].at < first) first = r->events[0].at;
        if (ntasks == 1 || r->events[r->nevents - 1].at > last) last = r->events[r->nevents - 1].at;
        int n = (int)strlen(r->label);
        if (n > label_w) label_w = n > TL_MAX_LABEL ? TL_MAX_LABEL : n;
        if (r->outcome && (int)strlen(r->outcome) > outcome_w) outcome_w = (int)strlen(r->outcome);
    }
    if (ntasks) {
        label_w += 1;
        int width = TL_WIDTH - label_w - 2 - 1 - outcome_w;
        if (width < 20) width = 20;
        double span = rel_time(last, first);
        fflush(stdout);
        fprintf(out, "aw timeline: %lld task%s in %.3f s%s, one column = %.3f s%s\n", (long long)ntasks,
                ntasks == 1 ? "" : "s", span, virtual_clock ? " (virtual clock)" : "", span / width,
                out_of_memory ? " (incomplete: out of memory)" : "");
        draw_axis(out, label_w, width, span);
        bool used[TL_NSTATES] = {false};
        char row[TL_WIDTH + 1];
        int64_t drawn = 0;
        for (int64_t i = 0; i < nrecords && drawn < TL_MAX_ROWS; i++) {
            const TlTask *r = &records[i];
            if (!r->label || !r->nevents) continue;
            draw_row(r, first, span, width, row, used);
            fprintf(out, "%-*.*s|%s| %s\n", label_w, label_w - 1, r->label, row, r->outcome ? r->outcome : "pending");
            drawn++;
        }
        if (drawn < ntasks) fprintf(out, "... and %lld more tasks\n", (long long)(ntasks - drawn));
        draw_legend(out, used);
    }
    free_records();
}
