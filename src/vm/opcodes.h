/* opcodes: the bytecode instruction set.
 *
 * An instruction is one uint32_t: opcode in the low 8 bits, argument in the
 * high 24 bits.  EXTENDED_ARG x prefixes an instruction whose argument is
 * then (x << 24) | arg.  Jump targets are absolute instruction indexes.
 * Stack effects are written (before -- after), top of stack on the right.
 * PEEK(i) is the i-th value from the top (PEEK(1) = top).
 *
 * Exception handling uses a per-frame block stack (as CPython <= 3.10):
 * SETUP_FINALLY pushes a handler block recording the stack depth; when an
 * exception propagates into the frame, the VM pops blocks: for an
 * EXCEPT_HANDLER block it restores the handled exception and the depth;
 * for a handler block it cuts the stack to the recorded depth L, pushes the
 * previously handled exception (sys.exc_info, or None) at L, pushes an
 * EXCEPT_HANDLER block with depth L, pushes the new exception at L+1, makes
 * it the handled exception and jumps to the handler.  POP_EXCEPT pops that
 * EXCEPT_HANDLER block, restores the handled exception from stack[L] and cuts
 * the stack to L.  Code leaving a handler early (return, break, continue)
 * must emit POP_EXCEPT, and code leaving a try block early must emit
 * POP_BLOCK (plus the finally body), as CPython 3.10's compiler does.
 *
 * try/except* (as CPython 3.11): the handler turns (prev_exc exc) into
 * (prev_exc orig list rest); each except* clause does CHECK_EG_MATCH on
 * rest and runs its body under SETUP_FINALLY, whose handler appends the
 * escaping exception to list and POP_EXCEPTs; at the end rest is appended
 * and PREP_RERAISE_STAR (orig list -- r) decides what to RERAISE. */
#ifndef ASP_OPCODES_H
#define ASP_OPCODES_H

#define ASP_OPCODES(X) \
    X(NOP)               /* */ \
    X(EXTENDED_ARG)      /* arg: high bits for the next instruction */ \
    X(POP_TOP)           /* (a -- ) */ \
    X(COPY)              /* (.. x [n-1 values] -- .. x [n-1 values] x): arg n>=1, COPY 1 = dup top */ \
    X(SWAP)              /* swap top with PEEK(n), n>=2 */ \
    X(LOAD_CONST)        /* ( -- consts[arg]) */ \
    X(LOAD_FAST)         /* ( -- locals[arg]); UnboundLocalError if unset */ \
    X(STORE_FAST)        /* (v -- ) */ \
    X(DELETE_FAST)       /* */ \
    X(LOAD_FAST_LOAD_FAST) /* ( -- locals[arg>>12] locals[arg&0xfff]) superinstruction */ \
    X(MAKE_CELL)         /* cells[arg] = new empty cell (cells[i] is locals[nlocals+i]) */ \
    X(LOAD_DEREF)        /* ( -- cells[arg].v); cellvars come first, then freevars */ \
    X(STORE_DEREF)       /* (v -- ) */ \
    X(DELETE_DEREF)      /* */ \
    X(LOAD_CLOSURE)      /* ( -- cells[arg]) the cell itself */ \
    X(LOAD_CLASSDEREF)   /* class body: locals dict[name of cell arg], else cells[arg].v */ \
    X(LOAD_LOCALS)       /* ( -- locals) the class body's namespace */ \
    X(LOAD_FROM_DICT_OR_GLOBALS) /* (mapping -- v) names[arg] in mapping, else globals, builtins */ \
    X(LOAD_FROM_DICT_OR_DEREF)   /* (mapping -- v) name of cell arg in mapping, else cells[arg].v */ \
    X(LOAD_NAME)         /* ( -- v) locals dict, globals, builtins; arg: names index */ \
    X(STORE_NAME)        /* (v -- ) into the locals dict */ \
    X(DELETE_NAME)       /* */ \
    X(LOAD_GLOBAL)       /* ( -- v) globals, builtins */ \
    X(STORE_GLOBAL)      /* (v -- ) */ \
    X(DELETE_GLOBAL)     /* */ \
    X(LOAD_ATTR)         /* (o -- o.name) */ \
    X(STORE_ATTR)        /* (v o -- ) o.name = v */ \
    X(DELETE_ATTR)       /* (o -- ) */ \
    X(LOAD_METHOD)       /* (o -- f self) when o.name is a plain method, else (o -- bound NULL) */ \
    X(CALL_METHOD)       /* (f self_or_NULL a1..an -- r): arg n */ \
    X(CALL_METHOD_KW)    /* (f self_or_NULL a1..an kwnames -- r): arg n counts keyword values */ \
    X(CALL)              /* (f a1..an -- r) */ \
    X(CALL_KW)           /* (f a1..an kwnames -- r): kwnames a const tuple of str naming the last len(kwnames) args */ \
    X(CALL_EX)           /* (f argstuple -- r), or with arg&1 (f argstuple kwdict -- r) */ \
    X(BINARY_OP)         /* (a b -- r): arg NB_* */ \
    X(INPLACE_OP)        /* (a b -- r): arg NB_* */ \
    X(UNARY_NEG) X(UNARY_POS) X(UNARY_INVERT) X(UNARY_NOT) /* (a -- r) */ \
    X(COMPARE_OP)        /* (a b -- r): arg CMP_* */ \
    X(IS_OP)             /* (a b -- bool): arg 1 = 'is not' */ \
    X(CONTAINS_OP)       /* (a b -- bool) a in b; arg 1 = 'not in' */ \
    X(BINARY_SUBSCR)     /* (o k -- o[k]) */ \
    X(STORE_SUBSCR)      /* (v o k -- ) */ \
    X(DELETE_SUBSCR)     /* (o k -- ) */ \
    X(BUILD_SLICE)       /* (a b -- slice) or (a b c -- slice): arg 2 or 3 */ \
    X(BUILD_TUPLE) X(BUILD_LIST) X(BUILD_SET)   /* (v1..vn -- c) */ \
    X(BUILD_MAP)         /* (k1 v1 .. kn vn -- dict) */ \
    X(BUILD_STRING)      /* (s1..sn -- s) concatenation of n str */ \
    X(FORMAT_VALUE)      /* (v -- s) or with arg&4 (v spec -- s); arg&3: 0 none, 1 !s, 2 !r, 3 !a */ \
    X(LIST_APPEND)       /* (v -- ) PEEK(arg).append(v) after popping v */ \
    X(SET_ADD)           /* (v -- ) PEEK(arg).add(v) */ \
    X(MAP_ADD)           /* (k v -- ) PEEK(arg)[k] = v */ \
    X(LIST_EXTEND)       /* (it -- ) PEEK(arg).extend(it) */ \
    X(SET_UPDATE)        /* (it -- ) */ \
    X(DICT_UPDATE)       /* (m -- ) PEEK(arg).update(m) */ \
    X(DICT_MERGE)        /* (m -- ) like DICT_UPDATE but duplicate keys raise TypeError naming the callable at PEEK(arg+2) */ \
    X(LIST_TO_TUPLE)     /* (list -- tuple) */ \
    X(UNPACK_SEQUENCE)   /* (seq -- vn .. v1): v1 ends on top */ \
    X(UNPACK_EX)         /* (seq -- ..): arg = before | after << 8; the starred list sits between */ \
    X(GET_ITER)          /* (o -- iter(o)) */ \
    X(FOR_ITER)          /* (it -- it next) or, exhausted, (it -- ) and jump to arg */ \
    X(JUMP)              /* */ \
    X(POP_JUMP_IF_FALSE) X(POP_JUMP_IF_TRUE)      /* (v -- ) */ \
    X(JUMP_IF_FALSE_OR_POP) X(JUMP_IF_TRUE_OR_POP) /* (v -- v) if jumping, else (v -- ) */ \
    X(POP_JUMP_IF_NONE) X(POP_JUMP_IF_NOT_NONE)    /* (v -- ) */ \
    X(RETURN_VALUE)      /* (v -- ) */ \
    X(MAKE_FUNCTION)     /* ([defaults] [kwdefaults] [annotations] [closure] code -- fn): arg flags 1 2 4 8 say which are present */ \
    X(LOAD_BUILD_CLASS)  /* ( -- builtins.__build_class__) */ \
    X(SETUP_FINALLY)     /* push a handler block for arg (depth = current) */ \
    X(SETUP_WITH)        /* (mgr -- exit enter_result), pushes a handler block for arg with depth including exit */ \
    X(POP_BLOCK)         /* pop a handler block */ \
    X(POP_EXCEPT)        /* pop an EXCEPT_HANDLER block, see above */ \
    X(RERAISE)           /* (exc -- ) raise exc again, keeping its traceback */ \
    X(RAISE_VARARGS)     /* arg 0: re-raise the handled exception; 1: (exc -- ); 2: (exc cause -- ) */ \
    X(CHECK_EXC_MATCH)   /* (exc type -- exc bool) type may be a tuple */ \
    X(CHECK_EG_MATCH)    /* (exc type -- rest match) except*: exc split by type (exc may be None); \
                            match None when nothing matched, else it becomes the handled exception */ \
    X(PREP_RERAISE_STAR) /* (orig excs -- r) except*: r what to raise (or None) from orig, the exception \
                            caught, and the list of those raised/re-raised by handlers + the unmatched rest */ \
    X(WITH_EXCEPT_START) /* (exit prev exc -- exit prev exc r) r = exit(type(exc), exc, tb) */ \
    X(MAKE_TYPE_ALIAS)   /* (name params func -- alias) `type name[params] = v`: func evaluates v lazily */ \
    X(MAKE_TYPEVAR)      /* (name [bound] [default] -- tv): arg&3 TYPEVAR_* kind; with arg&8 a \
                            function evaluating lazily the bound (the constraints when arg&4), \
                            with arg&16 one evaluating the default (PEP 696) */ \
    X(SUBSCRIPT_GENERIC) /* (params -- typing.Generic[params]) base of `class C[T]` */ \
    X(LOAD_ASSERTION_ERROR) /* ( -- AssertionError) */ \
    X(YIELD_VALUE)       /* (v -- sent) */ \
    X(GET_YIELD_FROM_ITER) /* (o -- it) */ \
    X(YIELD_FROM)        /* (it v -- it v') delegating; when it finishes (it v -- result) */ \
    X(IMPORT_NAME)       /* (level fromlist -- module): arg names index */ \
    X(IMPORT_FROM)       /* (module -- module attr) */ \
    X(IMPORT_STAR)       /* (module -- ) */ \
    X(SETUP_ANNOTATIONS) /* create __annotations__ in the locals dict if absent */ \
    X(PRINT_EXPR)        /* (v -- ) REPL: print repr(v) unless None, set builtins._ */ \
    X(GET_LEN)           /* (o -- o len(o)) */ \
    X(MATCH_MAPPING)     /* (o -- o bool) */ \
    X(MATCH_SEQUENCE)    /* (o -- o bool) */ \
    X(MATCH_KEYS)        /* (o keys -- o keys values_tuple_or_None) */ \
    X(MATCH_CLASS)       /* (o cls names -- attrs_tuple_or_None): arg = count of positional patterns */ \
    X(GET_AWAITABLE)     /* (o -- awaitable): arg 1/2 names __aenter__/__aexit__ in errors */ \
    X(GET_AITER)         /* (o -- o.__aiter__()) */ \
    X(GET_ANEXT)         /* (aiter -- aiter awaitable) */ \
    X(BEFORE_ASYNC_WITH) /* (mgr -- exit enter_awaitable) */ \
    X(SETUP_ASYNC_WITH)  /* (exit res -- exit res), pushes a handler block for arg with depth including exit */ \
    X(END_ASYNC_FOR)     /* handler of `async for`: (aiter prev_exc exc -- ) on StopAsyncIteration, else reraise */ \
    X(RETURN_GENERATOR_UNUSED)

/* MAKE_TYPEVAR arg & 3 */
enum { TYPEVAR_PLAIN, TYPEVAR_TUPLE, TYPEVAR_PARAMSPEC };

enum {
#define X(n) OP_##n,
    ASP_OPCODES(X)
#undef X
    OP__COUNT
};

#define INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define INSTR_OP(i)  ((i) & 0xff)
#define INSTR_ARG(i) ((i) >> 8)
#define MAX_ARG      0xffffff

#endif
