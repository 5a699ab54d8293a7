/* disasm: a readable listing of code objects, for debugging and tests.
 * Read-only over the Code; nested code objects among the constants are
 * listed after their parent, up to a fixed depth (recursion bounded). */
#include "front/compile.h"

#include <string.h>
#include "vm/code.h"
#include "vm/opcodes.h"
#include "vm/ops.h"

static const char *const disasm_names[] = {
#define X(n) #n,
    ASP_OPCODES(X)
#undef X
};

static void disasm_int(StrBuf *out, int64_t v, int width) {
    char buf[24];
    int n = 0;
    bool neg = v < 0;
    uint64_t u = neg ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do { buf[n++] = (char)('0' + u % 10); u /= 10; } while (u && n < 22);
    if (neg) buf[n++] = '-';
    for (int i = n; i < width; i++) strbuf_add_ascii(out, " ", 1);
    while (n) strbuf_add_ascii(out, &buf[--n], 1);
}

static bool disasm_is_code(Realm *r, Value v) {
    return v_is_obj(v) && v_obj(v)->type == r->t_code;
}

static void disasm_tuple_item(Realm *r, StrBuf *out, Value tuple, uint32_t i) {
    if (v_is_obj(tuple) && i < (uint64_t)tuple_ptr(tuple)->len) strbuf_add_str(out, tuple_ptr(tuple)->items[i]);
    else strbuf_add_ascii(out, "?", 1);
}

static void disasm_code(Realm *r, Value code, StrBuf *out, int depth) {
    Code *co = (Code *)v_obj(code);
    strbuf_add_cstr(out, "Disassembly of <code ");
    strbuf_add_str(out, co->qualname);
    strbuf_add_cstr(out, "> stacksize=");
    disasm_int(out, co->stacksize, 0);
    strbuf_add_cstr(out, " maxblocks=");
    disasm_int(out, co->maxblocks, 0);
    strbuf_add_cstr(out, " flags=");
    disasm_int(out, co->flags, 0);
    strbuf_add_cstr(out, " argcount=");
    disasm_int(out, co->argcount, 0);
    strbuf_add_cstr(out, ":\n");
    int32_t last_line = -1;
    uint32_t ncells = co->ncells;
    for (uint32_t i = 0; i < co->nops; i++) {            /* budget */
        uint32_t ins = co->ops[i];
        uint32_t op = INSTR_OP(ins), arg = INSTR_ARG(ins);
        int32_t line = co->locs[i].line;
        if (line != last_line) { disasm_int(out, line, 4); last_line = line; }
        else strbuf_add_ascii(out, "    ", 4);
        disasm_int(out, i, 6);
        strbuf_add_ascii(out, " ", 1);
        const char *name = op < OP__COUNT ? disasm_names[op] : "???";
        strbuf_add_cstr(out, name);
        switch (op) {
        case OP_NOP: case OP_POP_TOP: case OP_GET_ITER: case OP_RETURN_VALUE: case OP_POP_BLOCK:
        case OP_POP_EXCEPT: case OP_RERAISE: case OP_BINARY_SUBSCR: case OP_STORE_SUBSCR:
        case OP_DELETE_SUBSCR: case OP_LIST_TO_TUPLE: case OP_UNARY_NEG: case OP_UNARY_POS:
        case OP_UNARY_INVERT: case OP_UNARY_NOT: case OP_LOAD_BUILD_CLASS: case OP_CHECK_EXC_MATCH:
        case OP_WITH_EXCEPT_START: case OP_LOAD_ASSERTION_ERROR: case OP_YIELD_VALUE:
        case OP_GET_YIELD_FROM_ITER: case OP_YIELD_FROM: case OP_IMPORT_STAR: case OP_SETUP_ANNOTATIONS:
        case OP_PRINT_EXPR: case OP_GET_LEN: case OP_MATCH_MAPPING: case OP_MATCH_SEQUENCE:
        case OP_MATCH_KEYS: case OP_GET_AWAITABLE:
            strbuf_add_ascii(out, "\n", 1);
            continue;
        default:
            break;
        }
        strbuf_add_ascii(out, " ", 1);
        disasm_int(out, arg, 0);
        switch (op) {
        case OP_LOAD_CONST:
            strbuf_add_cstr(out, " (");
            if (arg < (uint64_t)tuple_ptr(co->consts)->len) {
                Value k = tuple_ptr(co->consts)->items[arg];
                if (disasm_is_code(r, k)) {
                    strbuf_add_cstr(out, "<code ");
                    strbuf_add_str(out, ((Code *)v_obj(k))->qualname);
                    strbuf_add_cstr(out, ">");
                } else {
                    strbuf_add_str(out, op_repr(r, k));
                }
            }
            strbuf_add_cstr(out, ")");
            break;
        case OP_LOAD_NAME: case OP_LOAD_FROM_DICT_OR_GLOBALS: case OP_STORE_NAME: case OP_DELETE_NAME: case OP_LOAD_GLOBAL:
        case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL: case OP_LOAD_ATTR: case OP_STORE_ATTR:
        case OP_DELETE_ATTR: case OP_LOAD_METHOD: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
            strbuf_add_cstr(out, " (");
            disasm_tuple_item(r, out, co->names, arg);
            strbuf_add_cstr(out, ")");
            break;
        case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST:
            strbuf_add_cstr(out, " (");
            disasm_tuple_item(r, out, co->varnames, arg);
            strbuf_add_cstr(out, ")");
            break;
        case OP_LOAD_FAST_LOAD_FAST:
            strbuf_add_cstr(out, " (");
            disasm_tuple_item(r, out, co->varnames, arg >> 12);
            strbuf_add_cstr(out, ", ");
            disasm_tuple_item(r, out, co->varnames, arg & 0xfff);
            strbuf_add_cstr(out, ")");
            break;
        case OP_MAKE_CELL: case OP_LOAD_DEREF: case OP_STORE_DEREF: case OP_DELETE_DEREF:
        case OP_LOAD_CLOSURE: case OP_LOAD_CLASSDEREF: case OP_LOAD_FROM_DICT_OR_DEREF:
            strbuf_add_cstr(out, " (");
            if (arg < ncells) disasm_tuple_item(r, out, co->cellvars, arg);
            else disasm_tuple_item(r, out, co->freevars, arg - ncells);
            strbuf_add_cstr(out, ")");
            break;
        case OP_FOR_ITER: case OP_JUMP: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
        case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: case OP_POP_JUMP_IF_NONE:
        case OP_POP_JUMP_IF_NOT_NONE: case OP_SETUP_FINALLY: case OP_SETUP_WITH: case OP_SETUP_ASYNC_WITH:
            strbuf_add_cstr(out, " (to ");
            disasm_int(out, arg, 0);
            strbuf_add_cstr(out, ")");
            break;
        default:
            break;
        }
        strbuf_add_ascii(out, "\n", 1);
    }
    if (depth >= 50) return;
    Tuple *k = tuple_ptr(co->consts);
    for (int64_t i = 0; i < k->len; i++) {
        if (!disasm_is_code(r, k->items[i])) continue;
        strbuf_add_ascii(out, "\n", 1);
        disasm_code(r, k->items[i], out, depth + 1);
    }
}

void compile_disassemble(Realm *r, Value code, StrBuf *out) {
    if (!disasm_is_code(r, code)) { strbuf_add_cstr(out, "<not a code object>\n"); return; }
    disasm_code(r, code, out, 0);
}
