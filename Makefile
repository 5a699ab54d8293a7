# asp build.  `make` builds the optimized variant into build/;
# `make VARIANT=valgrind` a build for memcheck into build/valgrind/ (see tests/valgrind.sh);
# `make VARIANT=debug` into build/debug/, `make VARIANT=san` (ASan+UBSan) into build/san/,
# `make VARIANT=coverage` (gcov) into build/coverage/ (see `make coverage`).
# Every .c file under src/ except src/cli/ goes into the library; src/cli/ is the command.

CC ?= cc
VARIANT ?= release

ifeq ($(VARIANT),release)
  OUT := build
  OPT := -O2 -DNDEBUG
else ifeq ($(VARIANT),debug)
  OUT := build/debug
  OPT := -O0 -g3
else ifeq ($(VARIANT),valgrind)
  OUT := build/valgrind
  OPT := -O1 -g -DASP_VALGRIND
else ifeq ($(VARIANT),san)
  OUT := build/san
  OPT := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
else ifeq ($(VARIANT),coverage)
  # gcov instrumentation for `make coverage` (unoptimized so lines map 1:1)
  OUT := build/coverage
  OPT := -O0 -g --coverage
else ifeq ($(VARIANT),tsan)
  # ThreadSanitizer (clang): `make tsan` builds and runs tests/unit/test_realms.c
  OUT := build/tsan
  OPT := -O1 -g -fsanitize=thread -fno-omit-frame-pointer
else ifeq ($(VARIANT),fuzz)
  # libFuzzer targets (tests/fuzz/fuzz_*.c): clang only; `make fuzz`
  OUT := build/fuzz
  OPT := -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all \
         -fno-omit-frame-pointer
else ifeq ($(VARIANT),afl)
  # the same targets for AFL++ (afl-clang-fast, ASan+UBSan); `make fuzz-afl`
  OUT := build/afl
  OPT := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
else
  $(error VARIANT must be release, debug, san, tsan, valgrind, coverage, fuzz or afl)
endif

WARN   := -Wall -Wextra -Werror -Wno-unused-parameter -Wvla
CFLAGS_ALL := -std=c11 -D_DEFAULT_SOURCE $(WARN) $(OPT) -fPIC -fvisibility=hidden \
              -Iinclude -Isrc $(CFLAGS)
LIBS   := -ltommath -lm

LIB_SRCS := $(shell find src -name '*.c' -not -path 'src/cli/*' | sort)
CLI_SRCS := $(shell find src/cli -name '*.c' | sort)
# Built-in modules written in Python (src/modules/py/NAME.py) are embedded
# by tools/embed_py.py into one generated C file of the library.
PY_MODULES := $(sort $(wildcard src/modules/py/*.py))
LIB_OBJS := $(LIB_SRCS:%.c=$(OUT)/obj/%.o) $(OUT)/obj/gen/pymodules.o
CLI_OBJS := $(CLI_SRCS:%.c=$(OUT)/obj/%.o)
DEPS     := $(LIB_OBJS:.o=.d) $(CLI_OBJS:.o=.d)

all: $(OUT)/asp $(OUT)/libasp.a $(OUT)/libasp.so

$(OUT)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -MMD -MP -c $< -o $@

$(OUT)/gen/pymodules.c: $(PY_MODULES) tools/embed_py.py
	@mkdir -p $(dir $@)
	python3 tools/embed_py.py $@ $(PY_MODULES)

$(OUT)/obj/gen/pymodules.o: $(OUT)/gen/pymodules.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -MMD -MP -c $< -o $@

# The static library is one relocatable object whose internal symbols are made
# local, so only asp_* names can collide with a host program's symbols.  Its
# .data.rel.ro sections (const tables of pointers, which -fPIC places there)
# are flagged read-only, as the loader makes them after relocation (RELRO), so
# `nm` shows them as read-only data; tests/unit/test_no_globals.c checks that
# nothing else is writable.
$(OUT)/libasp.a: $(LIB_OBJS)
	@rm -f $@
	ld -r -o $(OUT)/asp_all.o $(LIB_OBJS)
	objcopy --localize-hidden \
	  --set-section-flags .data.rel.ro=alloc,load,readonly,data,contents \
	  --set-section-flags .data.rel.ro.local=alloc,load,readonly,data,contents \
	  $(OUT)/asp_all.o
	ar rcs $@ $(OUT)/asp_all.o

$(OUT)/libasp.so: $(LIB_OBJS)
	$(CC) $(CFLAGS_ALL) -shared -o $@ $(LIB_OBJS) $(LIBS)

# The command links the library's objects rather than libasp.a: main.c uses
# only the public include/asp.h, but its debugging hooks (--dump-ast,
# --parse-only, --syntax-error, --dis, ASP_FAIL_ALLOC, ASP_GCSTATS in
# src/cli/dump_ast.c and cli_debug.c) call internal functions, which
# libasp.a keeps local.
$(OUT)/asp: $(CLI_OBJS) $(LIB_OBJS)
	$(CC) $(CFLAGS_ALL) -o $@ $(CLI_OBJS) $(LIB_OBJS) $(LIBS)

# C unit tests: each tests/unit/test_X.c becomes $(OUT)/tests/test_X.  They
# link the library's objects directly rather than $(OUT)/libasp.a, because
# libasp.a has its non-asp_* symbols localized and unit tests call internal
# functions (dtoa_*, uni_*, ...).  Each binary runs from the repository root
# with no arguments and prints `N passed, M failed` (see tests/unit/unit.h).
UNIT_SRCS := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(OUT)/tests/%)

unit-tests: $(UNIT_BINS)

$(OUT)/tests/%: tests/unit/%.c tests/unit/unit.h $(LIB_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -Itests/unit -MMD -MP -o $@ $< $(LIB_OBJS) $(LIBS)

-include $(UNIT_BINS:=.d)

# `make test`: the release build, then the ASan+UBSan build with the GC
# collecting at every allocation; both run tests/run_lang.py (language
# programs, tests/syntax cases, unit tests).  The last line is the combined `N passed, M failed`.
TEST_J ?= 2
SAN_TIMEOUT ?= 60
SAN_ENV := ASP=build/san/asp ASP_GCSTRESS=1 \
           ASAN_OPTIONS=detect_stack_use_after_return=0:detect_leaks=1

# tests/security/run.py (hostile programs with declared outcomes, see its
# docstring) runs against both builds too; the san run has no GC stress (the
# resource bombs allocate millions of objects) and no timing checks.  `make
# tsan` runs tests/unit/test_realms.c (realms on threads) under
# ThreadSanitizer; LeakSanitizer covers its create-run-destroy cycles in the
# san run.
SEC_SAN_ENV := ASP=build/san/asp ASAN_OPTIONS=detect_stack_use_after_return=0:detect_leaks=1
COUNTS := build/test-release.counts build/test-security.counts build/test-san.counts \
          build/test-security-san.counts build/test-tsan.counts build/test-valgrind.counts

test:
	@rm -f $(COUNTS)
	$(MAKE) VARIANT=release all unit-tests
	@mkdir -p build
	-ASP=build/asp python3 tests/run_lang.py -j $(TEST_J) --counts build/test-release.counts
	-ASP=build/asp python3 tests/security/run.py -j $(TEST_J) --counts build/test-security.counts
	-$(MAKE) VARIANT=san all unit-tests && \
	  $(SAN_ENV) python3 tests/run_lang.py -j $(TEST_J) --timeout $(SAN_TIMEOUT) \
	    --counts build/test-san.counts && \
	  $(SEC_SAN_ENV) python3 tests/security/run.py -j $(TEST_J) --no-timing --timeout $(SAN_TIMEOUT) \
	    --counts build/test-security-san.counts
	-$(MAKE) tsan TSAN_COUNTS=build/test-tsan.counts
	-$(MAKE) VARIANT=valgrind all && tests/valgrind.sh --counts build/test-valgrind.counts
	@echo "== combined (release + security + san + security-san + tsan + valgrind):"
	@python3 tests/run_lang.py --combine $(COUNTS)

# The count files of `make test`, for .ci/run's total.
print-test-counts:
	@echo $(COUNTS)

# `make tsan`: test_realms (8 realms on 4 threads, asp_interrupt from
# another thread, create-run-destroy cycles) built with clang's
# ThreadSanitizer; any report fails the run.
TSAN_COUNTS ?= build/test-tsan.counts
tsan:
	$(MAKE) VARIANT=tsan CC=clang build/tsan/tests/test_realms
	@mkdir -p build
	TSAN_OPTIONS=halt_on_error=1:exitcode=66 python3 tests/run_lang.py --unit-dir build/tsan/tests \
	  --no-syntax --counts $(TSAN_COUNTS) test_realms

# `make install PREFIX=/usr/local`: the libraries, the one public header
# and a pkg-config file (the release variant unless VARIANT says otherwise).
PREFIX ?= /usr/local
DESTDIR ?=

install: $(OUT)/libasp.a $(OUT)/libasp.so
	install -d $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/lib/pkgconfig
	install -m 644 $(OUT)/libasp.a $(DESTDIR)$(PREFIX)/lib/libasp.a
	install -m 755 $(OUT)/libasp.so $(DESTDIR)$(PREFIX)/lib/libasp.so
	install -m 644 include/asp.h $(DESTDIR)$(PREFIX)/include/asp.h
	sed -e 's|@PREFIX@|$(PREFIX)|g' asp.pc.in > $(DESTDIR)$(PREFIX)/lib/pkgconfig/asp.pc

# `make fuzz`: the libFuzzer targets, each tests/fuzz/fuzz_X.c becomes
# build/fuzz/fuzz_X (clang with -fsanitize=fuzzer,address,undefined; the
# runtime is Debian's libclang-rt-14-dev).  Run one with
# `tests/fuzz/run.sh fuzz_X SECONDS`.
FUZZ_SRCS := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BINS := $(FUZZ_SRCS:tests/fuzz/%.c=build/fuzz/%)

fuzz:
	$(MAKE) VARIANT=fuzz CC=clang fuzz-targets

fuzz-targets: $(FUZZ_BINS)

build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(LIB_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -fsanitize=fuzzer -MMD -MP -o $@ $< $(LIB_OBJS) $(LIBS)

-include $(FUZZ_BINS:=.d)

# `make fuzz-afl`: the same targets for AFL++ (Debian's afl++ package):
# compiled by afl-clang-fast with ASan+UBSan and linked with AFL++'s
# libAFLDriver, which calls LLVMFuzzerTestOneInput; build/afl/fuzz_X.  Run:
#   AFL_SKIP_CPUFREQ=1 afl-fuzz -i tests/fuzz/corpus/X -o build/afl/out-X \
#       [-x tests/fuzz/X.dict] -- build/afl/fuzz_X
# (seeds bigger than 1 MB are refused by afl-fuzz; the corpora are small).
AFL_CC ?= afl-clang-fast
AFL_DRIVER ?= /usr/lib/afl/libAFLDriver.a
AFL_BINS := $(FUZZ_SRCS:tests/fuzz/%.c=build/afl/%)

fuzz-afl:
	$(MAKE) VARIANT=afl CC=$(AFL_CC) afl-targets

afl-targets: $(AFL_BINS)

build/afl/fuzz_%: tests/fuzz/fuzz_%.c $(LIB_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -MMD -MP -o $@ $< $(LIB_OBJS) $(AFL_DRIVER) $(LIBS) -lstdc++

-include $(AFL_BINS:=.d)

# `make coverage`: the gcov build runs the whole test suite (language
# programs, syntax cases, unit tests), then gcovr reports line and branch
# coverage of src/ (build/coverage/report.txt per file, report.html in
# build/coverage/html/) and prints one summary line:
# `coverage: lines X% (a/b), branches Y% (c/d)`.  Needs Debian's gcovr.
coverage:
	$(MAKE) VARIANT=coverage all unit-tests
	@find build/coverage -name '*.gcda' -delete
	-ASP=build/coverage/asp python3 tests/run_lang.py -j $(TEST_J) --timeout 60 > build/coverage/tests.log 2>&1; tail -n 1 build/coverage/tests.log
	@python3 tools/coverage_report.py build/coverage

# `make analyze`: gcc -fanalyzer, clang-tidy and cppcheck over src/, each also
# callable alone (analyze-gcc, analyze-tidy, analyze-cppcheck); findings not
# covered by tools/analyzers/suppressions.txt fail the target.  See
# tools/analyzers/analyze.py.
ANALYZE_J ?= 2

analyze:
	python3 tools/analyzers/analyze.py -j $(ANALYZE_J) gcc tidy cppcheck

analyze-gcc analyze-tidy analyze-cppcheck: analyze-%:
	python3 tools/analyzers/analyze.py -j $(ANALYZE_J) $*

clean:
	rm -rf build

.PHONY: all clean unit-tests test print-test-counts tsan install fuzz fuzz-targets fuzz-afl afl-targets coverage analyze \
        analyze-gcc analyze-tidy analyze-cppcheck
-include $(DEPS)
