/* realm: all the state of one interpreter instance.  Nothing in the library
 * is global; every function reaches its state through a Realm.  Two realms
 * share nothing and may run on two threads at once. */
#ifndef ASP_REALM_H
#define ASP_REALM_H

#include "core/object.h"
#include "core/heap.h"
#include "core/error.h"

/* Built-in types: each realm has its own type objects. */
#define ASP_TYPES(X) \
    X(object) X(type) X(NoneType) X(NotImplementedType) X(ellipsis) \
    X(bool) X(int) X(float) X(complex) X(str) X(bytes) X(bytearray) X(memoryview) X(memory_iterator) \
    X(list) X(tuple) X(dict) X(set) X(frozenset) X(range) X(slice) \
    X(function) X(method) X(builtin_function_or_method) X(code) X(cell) \
    X(module) X(generator) X(coroutine) X(async_generator) \
    X(async_generator_asend) X(async_generator_athrow) X(coroutine_wrapper) X(anext_awaitable) X(property) X(classmethod) X(staticmethod) \
    X(super) X(getset_descriptor) X(member_descriptor) \
    X(list_iterator) X(list_reverseiterator) X(tuple_iterator) X(str_iterator) X(str_ascii_iterator) \
    X(bytes_iterator) X(range_iterator) X(set_iterator) X(iterator) X(callable_iterator) \
    X(dict_keys) X(dict_values) X(dict_items) \
    X(dict_keyiterator) X(dict_valueiterator) X(dict_itemiterator) \
    X(dict_reversekeyiterator) \
    X(enumerate) X(zip) X(map) X(filter) X(reversed) X(TypeAliasType) \
    X(TypeVar) X(TypeVarTuple) X(ParamSpec) X(NoDefaultType) X(mappingproxy) X(traceback) X(UnionType) X(weakref) X(weakproxy) \
    X(weakcallableproxy)

/* The built-in exception hierarchy: X(name, base). */
#define ASP_EXCEPTIONS(X) \
    X(BaseException, object) \
    X(BaseExceptionGroup, BaseException) \
    X(GeneratorExit, BaseException) X(KeyboardInterrupt, BaseException) \
    X(SystemExit, BaseException) \
    X(Exception, BaseException) \
    X(ArithmeticError, Exception) X(FloatingPointError, ArithmeticError) \
    X(OverflowError, ArithmeticError) X(ZeroDivisionError, ArithmeticError) \
    X(AssertionError, Exception) X(AttributeError, Exception) \
    X(BufferError, Exception) X(EOFError, Exception) \
    X(ExceptionGroup, Exception) \
    X(ImportError, Exception) X(ModuleNotFoundError, ImportError) \
    X(LookupError, Exception) X(IndexError, LookupError) X(KeyError, LookupError) \
    X(MemoryError, Exception) \
    X(NameError, Exception) X(UnboundLocalError, NameError) \
    X(OSError, Exception) X(BlockingIOError, OSError) X(ChildProcessError, OSError) \
    X(ConnectionError, OSError) X(BrokenPipeError, ConnectionError) \
    X(ConnectionAbortedError, ConnectionError) X(ConnectionRefusedError, ConnectionError) \
    X(ConnectionResetError, ConnectionError) X(FileExistsError, OSError) \
    X(FileNotFoundError, OSError) X(InterruptedError, OSError) \
    X(IsADirectoryError, OSError) X(NotADirectoryError, OSError) \
    X(PermissionError, OSError) X(ProcessLookupError, OSError) X(TimeoutError, OSError) \
    X(ReferenceError, Exception) \
    X(RuntimeError, Exception) X(NotImplementedError, RuntimeError) \
    X(PythonFinalizationError, RuntimeError) X(RecursionError, RuntimeError) \
    X(StopAsyncIteration, Exception) X(StopIteration, Exception) \
    X(SyntaxError, Exception) X(IndentationError, SyntaxError) X(TabError, IndentationError) \
    X(SystemError, Exception) X(TypeError, Exception) \
    X(ValueError, Exception) X(UnicodeError, ValueError) \
    X(UnicodeDecodeError, UnicodeError) X(UnicodeEncodeError, UnicodeError) \
    X(UnicodeTranslateError, UnicodeError) \
    X(Warning, Exception) X(BytesWarning, Warning) X(DeprecationWarning, Warning) \
    X(EncodingWarning, Warning) X(FutureWarning, Warning) X(ImportWarning, Warning) \
    X(PendingDeprecationWarning, Warning) X(ResourceWarning, Warning) \
    X(RuntimeWarning, Warning) X(SyntaxWarning, Warning) X(UnicodeWarning, Warning) \
    X(UserWarning, Warning)

/* Interned names the C code uses: NM(r, __init__). */
#define ASP_NAMES(X) \
    X(__init__) X(__new__) X(__call__) X(__repr__) X(__str__) X(__hash__) \
    X(__eq__) X(__ne__) X(__lt__) X(__le__) X(__gt__) X(__ge__) \
    X(__len__) X(__bool__) X(__getitem__) X(__setitem__) X(__delitem__) \
    X(__iter__) X(__next__) X(__contains__) X(__reversed__) \
    X(__getattr__) X(__getattribute__) X(__setattr__) X(__delattr__) \
    X(__get__) X(__set__) X(__delete__) X(__set_name__) X(__init_subclass__) \
    X(__enter__) X(__exit__) X(__index__) X(__int__) X(__float__) X(__complex__) \
    X(__neg__) X(__pos__) X(__invert__) X(__abs__) X(__round__) X(__format__) \
    X(__add__) X(__radd__) X(__iadd__) X(__sub__) X(__rsub__) X(__isub__) \
    X(__mul__) X(__rmul__) X(__imul__) X(__matmul__) X(__rmatmul__) X(__imatmul__) \
    X(__truediv__) X(__rtruediv__) X(__itruediv__) \
    X(__floordiv__) X(__rfloordiv__) X(__ifloordiv__) X(__mod__) X(__rmod__) X(__imod__) \
    X(__pow__) X(__rpow__) X(__ipow__) X(__lshift__) X(__rlshift__) X(__ilshift__) \
    X(__rshift__) X(__rrshift__) X(__irshift__) X(__and__) X(__rand__) X(__iand__) \
    X(__or__) X(__ror__) X(__ior__) X(__xor__) X(__rxor__) X(__ixor__) \
    X(__name__) X(__qualname__) X(__module__) X(__doc__) X(__dict__) X(__class__) \
    X(__bases__) X(__mro__) X(__slots__) X(__builtins__) X(__main__) X(__file__) \
    X(__annotations__) X(__classcell__) X(__missing__) X(__instancecheck__) \
    X(__subclasscheck__) X(__mro_entries__) X(__prepare__) X(__class_getitem__) \
    X(__build_class__) X(__debug__) X(__spec__) X(__package__) X(__loader__) \
    X(__dir__) X(__del__) X(__length_hint__) X(__trunc__) X(__floor__) X(__ceil__) \
    X(__bytes__) X(__match_args__) \
    X(__await__) X(__aiter__) X(__anext__) X(__aenter__) X(__aexit__) \
    X(send) X(throw) X(close) X(args) X(keys) X(items) X(values) X(append) \
    X(print) X(end) X(sep) X(flush) X(file) X(key) X(reverse) X(default) X(strict) \
    X(self) X(metaclass) X(mro) X(value) X(code) X(name) X(obj) X(builtins) \
    X(lambda) X(genexpr) X(listcomp) X(setcomp) X(dictcomp) X(module)

enum {
#define X(n) N_##n,
    ASP_NAMES(X)
#undef X
    N__COUNT
};
#define NM(r, n) ((r)->names[N_##n])

enum {
#define X(n, b) E_##n,
    ASP_EXCEPTIONS(X)
#undef X
    E__COUNT
};
#define EXC(r, n) ((r)->exc_types[E_##n])

typedef struct Frame Frame;

/* Output sink: the host decides where print() goes. */
typedef void (*RealmWriteFn)(void *ud, const char *data, size_t len);

struct Realm {
    Heap heap;
    ErrJmp *jmp;              /* innermost catch point */
    Value exc;                /* the exception being propagated */
    Frame *exc_frame;         /* r->frame when it was raised */
    uint32_t exc_depth;       /* r->depth when it was raised */
    Value tb_skip_caller;     /* exception leaving an inlined comprehension's frame: its
                                 traceback entry stands for the caller's (CPython 3.13
                                 runs such comprehensions in the caller's frame) */
    Value *exc_stack_top;     /* r->stack_top when it was raised */
    bool reraise;             /* the raise continues an exception: no new traceback entry */
    Value stop_value;         /* StopIteration value seen by a next slot that returned V_NULL */

    /* limits (limits.h) */
    uint64_t steps_left;      /* steps until the next limits_check */
    uint64_t steps_used;
    uint64_t max_steps;       /* instruction limit; 0 = none */
    uint64_t deadline_ns;     /* wall-time limit on the host clock; 0 = none */
    uint64_t (*clock)(void *ud);   /* host capability: monotonic nanoseconds */
    void *clock_ud;
    int interrupt;            /* set by the host, possibly from another thread */
    int limit_hit;            /* the limit that ended the run (LIMIT_*), or 0 */
    Type *t_limit_error;      /* ResourceLimitError: no guest handler runs for it */

#define X(n) Type *t_##n;
    ASP_TYPES(X)
#undef X
    Type *exc_types[E__COUNT];
    Value names[N__COUNT];

    Value builtins;           /* the builtins module's dict */
    Value modules;            /* sys.modules: name -> module */
    Value interned;           /* dict str -> str */
    Value empty_tuple, empty_str, empty_bytes;
    Value latin1[256];        /* one-character strings */
    Value notimpl, ellipsis;  /* singletons */
    Value no_default;         /* typing.NoDefault (PEP 696) */
    Value dummy;              /* deleted-entry marker for sets */
    Value main_module;
    Value memory_error;       /* preallocated: raising it never allocates */
    Value repr_stack;         /* list of containers being repr'd (recursion guard) */
    Value codec_errors;       /* codecs.register_error: name -> callable, or V_NULL */

    uint64_t hash_k0, hash_k1;  /* SipHash key for str and bytes */
    int64_t int_max_str_digits;

    /* VM */
    Value *stack, *stack_end; /* value stack: frames' locals and operands */
    Value *stack_top;         /* first free slot of the value stack */
    Frame *frame;             /* innermost running Python frame */
    Frame *frame_pool;        /* Frame structs of ordinary calls, by depth */
    uint32_t frame_pool_size; /* the hard bound of max_depth */
    Value exc_info;           /* exception being handled (sys.exc_info()), or V_NONE */
    uint64_t dict_version_seed;
    uint64_t type_epoch;      /* changes whenever any class's attributes change (VM caches) */
    uint32_t depth, max_depth;      /* Python call depth */
    uint32_t depth_cap;             /* the host's bound: sys.setrecursionlimit stays below it */
    uint32_t c_depth, max_c_depth;  /* nested C-to-Python re-entries */
    bool clean_entry;         /* the outermost run was started by asp_exec/asp_eval, whose C
                                 frames hold nothing the roots miss (see gc.c) */
    uintptr_t c_stack_limit;  /* lowest C stack address allowed */
    size_t c_stack_bytes;     /* C stack the realm may use below its entry point */

    /* host capabilities (src/cap/: files, environment, clocks, input, randomness) */
    RealmWriteFn write_out, write_err;
    void *write_ud;
    void (*flush_out)(void *ud);   /* the host's flush of write_out (write_ud); NULL = none */
    struct Caps *caps;        /* owned: freed with the realm */
    uint64_t max_output;      /* bytes through write_out/write_err; 0 = no limit */
    uint64_t output_used;
    Value sys_path;           /* list of guest directories `import` searches (sys.path) */
    Value io_types;           /* tuple of the io module's file types, made on first open() */
    Value io_stdin;           /* sys.stdin (io.c), or V_NULL before first use */
    Value importing;          /* dict: names of modules running their top-level code, or V_NULL */
    int argc;
    const char *const *argv;

    /* embedding API (src/api/) */
    Value api_handles;        /* list: the values of the host's handles (V_NULL: a free slot) */
    Value api_error;          /* the exception of the last failed API call, or V_NULL */
};

/* Marks the calling function as the realm's entry point: the collector
 * scans the C stack up to its frame, which lies above all its locals.
 * Nested entries keep the outermost one. */
#define REALM_ENTER(r) \
    do { \
        if (!(r)->heap.stack_top) { \
            (r)->heap.stack_top = (uintptr_t)__builtin_frame_address(0); \
            (r)->c_stack_limit = (r)->heap.stack_top - (r)->c_stack_bytes; \
        } \
    } while (0)

/* What the host decides when it creates a realm. */
typedef struct RealmConfig {
    size_t heap_limit;        /* bytes; 0 = none */
    uint64_t hash_key[2];     /* SipHash key for str/bytes; {0, 0} = a fixed default */
    bool gc_stress;           /* collect at every allocation */
    RealmWriteFn write_out, write_err;
    void *write_ud;
    void (*flush_out)(void *ud);
    uint64_t fail_alloc_at;   /* tests: make allocation number N fail with MemoryError (0: never) */
    uint64_t max_steps;       /* instruction budget (backward jumps and calls); 0 = none */
    uint64_t max_time_ns;     /* wall time from the first run, on `clock`; 0 = none */
    uint64_t (*clock)(void *ud);   /* monotonic nanoseconds; called with write_ud */
    uint32_t max_depth;       /* Python recursion limit; 0 = the default 1000 */
    int argc;                 /* sys.argv; the strings must outlive the realm */
    const char *const *argv;
    struct Caps *caps;        /* capabilities (cap_new); the realm takes it, even on failure; NULL = none */
    bool clock_is_caps;       /* `clock` takes the Caps (not write_ud) */
    uint64_t max_output;      /* output byte limit; 0 = none */
    const char *const *import_path;   /* initial sys.path (guest directories) */
    size_t nimport_path;
} RealmConfig;

/* Creates the built-in types, builtins module and sys-like state; NULL if
 * memory ran out. */
Realm *realm_new_with(const RealmConfig *cfg);
Realm *realm_new(void);       /* default configuration */
void realm_free(Realm *r);
/* Fills in a built-in type made after boot (inherited slots, MRO, slot
 * wrappers), as boot does for the types of ASP_TYPES. */
void realm_finish_type(Realm *r, Type *t);

/* Writes to the host's stdout (fd 1) or stderr (fd 2) sink, counting the
 * bytes against the output limit (limits.c): past it, what fits is written
 * and the run ends with the output limit. */
void realm_write(Realm *r, int fd, const char *data, size_t len);
/* Asks the host to write out what it buffered of stdout (fd 1). */
void realm_flush(Realm *r, int fd);

/* The type of any value. */
static inline Type *v_type(Realm *r, Value v) {
    if (v_is_obj(v)) return v_obj(v)->type;
    if (v_is_int(v)) return r->t_int;
    if (v_is_float(v)) return r->t_float;
    if (v == V_NONE) return r->t_NoneType;
    return r->t_bool;
}

#endif
