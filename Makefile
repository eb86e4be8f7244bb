# aw — build, test, benchmark. `make` builds ./aw (optimised); see README.md.
CC ?= cc
PKGS := libuv libcurl
CFLAGS_BASE := -std=c11 -D_GNU_SOURCE -Wall -Wextra -Wno-unused-parameter -I. -g
CFLAGS ?= -O2
WERROR ?=
LIBS := -lgmp -lreadline -luv -lm -lpthread -ldl
SRCS := $(sort $(wildcard interp/*.c stdlib/*.c repl/*.c))
FROZEN := $(sort $(wildcard stdlib/*.py))
OBJS := $(patsubst %.c,build/%.o,$(SRCS)) build/gen/frozen.o
ASAN_OBJS := $(patsubst %.c,build-asan/%.o,$(SRCS)) build-asan/gen/frozen.o
ASAN_FLAGS := -O1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
PREFIX ?= /usr/local
# the re module's engine (stdlib/re.c)
LIBS += $(shell pkg-config --libs libpcre2-8)
# the zlib module (stdlib/zlib.c)
LIBS += -lz
# the sqlite3 module (stdlib/sqlite3.c)
LIBS += $(shell pkg-config --libs sqlite3)
# the pyexpat module (stdlib/pyexpat.c)
LIBS += -lexpat
# the bz2 module (stdlib/bz2.c)
LIBS += -lbz2

.PHONY: all deps unit unit-asan test test-asan check-golden bench demo install clean syntax

all: deps aw

deps:
	@bash scripts/deps.sh

aw: $(OBJS)
	$(CC) $(CFLAGS_BASE) $(CFLAGS) -o $@ $(OBJS) $(LIBS)

aw-asan: $(ASAN_OBJS)
	$(CC) $(CFLAGS_BASE) $(ASAN_FLAGS) -o $@ $(ASAN_OBJS) $(LIBS)

build/%.o: %.c $(wildcard interp/*.h stdlib/*.h repl/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(CFLAGS) $(WERROR) -c $< -o $@

build/gen/frozen.c: scripts/embed.sh $(FROZEN)
	@mkdir -p $(dir $@)
	@echo "sh scripts/embed.sh stdlib/*.py > $@"
	@sh scripts/embed.sh $(FROZEN) > $@

build/gen/%.o: build/gen/%.c stdlib/frozen.h
	$(CC) $(CFLAGS_BASE) $(CFLAGS) -c $< -o $@

build-asan/gen/%.o: build/gen/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(ASAN_FLAGS) -c $< -o $@

build-asan/%.o: %.c $(wildcard interp/*.h stdlib/*.h repl/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(ASAN_FLAGS) $(WERROR) -c $< -o $@

# Compile-check every source without linking (works while parts of the tree are missing).
syntax:
	@for f in $(SRCS) tests/unit/test_parser.c; do $(CC) $(CFLAGS_BASE) $(WERROR) -fsyntax-only $$f || exit 1; done

PARSER_SRCS := interp/lexer.c interp/parser.c interp/parser_stmt.c interp/parser_expr.c interp/parser_args.c interp/parser_match.c \
	interp/parser_string.c interp/ast.c interp/unicode.c

# C unit tests: the parser on its own (no VM), against CPython's ast.dump and error positions.
build/test_parser: tests/unit/test_parser.c $(PARSER_SRCS) $(wildcard interp/*.h)
	@mkdir -p build
	$(CC) $(CFLAGS_BASE) -O2 $(WERROR) -o $@ tests/unit/test_parser.c $(PARSER_SRCS) -lm

unit: build/test_parser
	@bash tests/unit/parser/run.sh build/test_parser

build-asan/test_parser: tests/unit/test_parser.c $(PARSER_SRCS) $(wildcard interp/*.h)
	@mkdir -p build-asan
	$(CC) $(CFLAGS_BASE) $(ASAN_FLAGS) $(WERROR) -o $@ tests/unit/test_parser.c $(PARSER_SRCS) -lm

unit-asan: build-asan/test_parser
	@bash tests/unit/parser/run.sh build-asan/test_parser

test: all unit
	@bash tests/run.sh --aw ./aw --xfail tests/XFAIL
	@python3 tests/repl_pty.py ./aw

test-asan: deps aw-asan unit-asan
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 AW_TEST_TIMEOUT=4 bash tests/run.sh --aw ./aw-asan --xfail tests/XFAIL
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 python3 tests/repl_pty.py ./aw-asan

check-golden:
	@bash tests/check_golden.sh

bench: all
	@bash bench/run.sh --aw ./aw

demo: all
	./aw samples/demo.aw

install: all
	install -d $(PREFIX)/bin
	install -m 755 aw $(PREFIX)/bin/aw

clean:
	rm -rf build build-asan aw aw-asan
