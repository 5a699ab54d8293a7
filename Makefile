# asp build.  `make` builds the optimized variant into build/;
# `make VARIANT=debug` into build/debug/, `make VARIANT=san` (ASan+UBSan) into build/san/.
# Every .c file under src/ except src/cli/ goes into the library; src/cli/ is the command.

CC ?= cc
VARIANT ?= release

ifeq ($(VARIANT),release)
  OUT := build
  OPT := -O2 -DNDEBUG
else ifeq ($(VARIANT),debug)
  OUT := build/debug
  OPT := -O0 -g3
else ifeq ($(VARIANT),san)
  OUT := build/san
  OPT := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
else
  $(error VARIANT must be release, debug or san)
endif

WARN   := -Wall -Wextra -Werror -Wno-unused-parameter -Wvla
CFLAGS_ALL := -std=c11 -D_DEFAULT_SOURCE $(WARN) $(OPT) -fPIC -fvisibility=hidden \
              -Iinclude -Isrc $(CFLAGS)
LIBS   := -ltommath -lm

LIB_SRCS := $(shell find src -name '*.c' -not -path 'src/cli/*' | sort)
CLI_SRCS := $(shell find src/cli -name '*.c' | sort)
LIB_OBJS := $(LIB_SRCS:%.c=$(OUT)/obj/%.o)
CLI_OBJS := $(CLI_SRCS:%.c=$(OUT)/obj/%.o)
DEPS     := $(LIB_OBJS:.o=.d) $(CLI_OBJS:.o=.d)

all: $(OUT)/asp $(OUT)/libasp.a $(OUT)/libasp.so

$(OUT)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -MMD -MP -c $< -o $@

# The static library is one relocatable object whose internal symbols are made
# local, so only asp_* names can collide with a host program's symbols.
$(OUT)/libasp.a: $(LIB_OBJS)
	@rm -f $@
	ld -r -o $(OUT)/asp_all.o $(LIB_OBJS)
	objcopy --localize-hidden $(OUT)/asp_all.o
	ar rcs $@ $(OUT)/asp_all.o

$(OUT)/libasp.so: $(LIB_OBJS)
	$(CC) $(CFLAGS_ALL) -shared -o $@ $(LIB_OBJS) $(LIBS)

$(OUT)/asp: $(CLI_OBJS) $(OUT)/libasp.a
	$(CC) $(CFLAGS_ALL) -o $@ $(CLI_OBJS) $(OUT)/libasp.a $(LIBS)

clean:
	rm -rf build

.PHONY: all clean
-include $(DEPS)
