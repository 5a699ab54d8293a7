/* Unit tests of the symbol table and the bytecode compiler: snippets are
 * parsed and compiled, then the disassembly (compile_disassemble) is checked
 * for the instruction sequences the VM expects, and compile-time errors for
 * CPython 3.13's messages and positions.
 * Weak stand-ins cover the parts of the core not merged yet. */
#include <stdlib.h>
#include "unit.h"
#include "front/compile.h"
#include "front/parser.h"
#include "vm/ops.h"
#include "vm/code.h"
void realm_finish_type(Realm *r, Type *t);

/* ---- weak stand-ins ---- */
#define W __attribute__((weak))
W void builtins_init(Realm *r) { r->builtins = dict_new(r); }
W void exceptions_init(Realm *r)
{
    static const char *const names[] = {
#define X(n, b) #n,
        ASP_EXCEPTIONS(X)
#undef X
    };
    static const char *const bases[] = {
#define X(n, b) #b,
        ASP_EXCEPTIONS(X)
#undef X
    };
    for (int i = 0; i < E__COUNT; i++) {
        Type *base = r->t_object;
        for (int k = 0; k < i; k++) if (strcmp(names[k], bases[i]) == 0) base = r->exc_types[k];
        r->exc_types[i] = type_new_builtin(r, names[i], base, sizeof(Exception), TF_BASETYPE | TF_EXC_SUB);
    }
    for (int i = 0; i < E__COUNT; i++) realm_finish_type(r, r->exc_types[i]);
}
W Value exc_new(Realm *r, Type *t, Value *args, size_t nargs)
{
    Exception *e = (Exception *)heap_alloc(r, t, sizeof(Exception));
    e->args = tuple_from_array(r, args, nargs);
    e->traceback = e->cause = e->context = V_NONE;
    return v_from_obj(e);
}
W Value exc_new_msg(Realm *r, Type *t, Value msg) { return exc_new(r, t, &msg, 1); }
W void exc_add_traceback(Realm *r, Value exc, Value code, uint32_t pc) { (void)r; (void)exc; (void)code; (void)pc; }

/* ---- helpers ---- */
static Realm *R;
static char out_buf[1 << 16];

/* Compiles src; returns its disassembly, or "Type: msg (line, offset, end_line, end_offset)". */
static const char *compile_src(const char *src, int mode)
{
    Arena *a = arena_new((size_t)1 << 26);
    ParseError pe;
    memset(&pe, 0, sizeof pe);
    AstMod *m = parse_source(a, src, strlen(src), "<test>", (ParseMode)mode, &pe);
    if (!m) {
        snprintf(out_buf, sizeof out_buf, "parse error: %s", pe.msg ? pe.msg : "?");
        arena_free(a);
        return out_buf;
    }
    ErrJmp j;
    if (ERR_TRY(R, &j)) {
        Value code = compile_ast(R, m, str_from_cstr(R, "<test>"), str_from_cstr(R, src), mode);
        StrBuf b;
        strbuf_init(R, &b);
        compile_disassemble(R, code, &b);
        Value s = strbuf_finish(&b);
        size_t n;
        const char *u = str_utf8(R, s, &n);
        snprintf(out_buf, sizeof out_buf, "%s", u);
        err_untry(R, &j);
    } else {
        Exception *e = (Exception *)v_obj(R->exc);
        Tuple *args = tuple_ptr(e->args);
        size_t n;
        const char *msg = args->len ? str_utf8(R, op_str(R, args->items[0]), &n) : "";
        if (args->len > 1) {
            Tuple *loc = tuple_ptr(args->items[1]);
            snprintf(out_buf, sizeof out_buf, "%s: %s (%lld, %lld, %lld, %lld)", e->hdr.type->name, msg,
                     (long long)v_as_small(loc->items[1]), (long long)v_as_small(loc->items[2]),
                     (long long)v_as_small(loc->items[4]), (long long)v_as_small(loc->items[5]));
        } else {
            snprintf(out_buf, sizeof out_buf, "%s: %s", e->hdr.type->name, msg);
        }
    }
    arena_free(a);
    return out_buf;
}

/* True if every line of `want` appears in order in the disassembly, each
 * as a substring of some later line (instruction index columns are skipped
 * by matching substrings). */
static bool has_seq(const char *dis, const char *want)
{
    const char *p = dis;
    while (*want) {
        const char *nl = strchr(want, '\n');
        size_t len = nl ? (size_t)(nl - want) : strlen(want);
        char item[256];
        if (len >= sizeof item) return false;
        memcpy(item, want, len);
        item[len] = 0;
        const char *hit = strstr(p, item);
        if (!hit) { printf("  missing: %s\n", item); return false; }
        p = hit + len;
        want += len + (nl ? 1 : 0);
    }
    return true;
}

#define CHECK_DIS(src, want) do { \
    const char *d_ = compile_src(src, PARSE_EXEC); \
    bool ok_ = has_seq(d_, want); \
    CHECK(ok_); \
    if (!ok_) printf("%s\n", d_); \
} while (0)

#define CHECK_ERR(src, want) CHECK_EQ_STR(compile_src(src, PARSE_EXEC), want)

/* ---- tests ---- */

static void test_basic(void)
{
    CHECK_DIS("x = 1\ny = x + -2\n",
              "LOAD_CONST 0 (1)\nSTORE_NAME 0 (x)\nLOAD_NAME 0 (x)\nLOAD_CONST 1 (-2)\n"
              "BINARY_OP 0\nSTORE_NAME 1 (y)\nLOAD_CONST 2 (None)\nRETURN_VALUE");
    CHECK_DIS("print(a, b, sep='')\n",
              "LOAD_NAME 0 (print)\nLOAD_NAME 1 (a)\nLOAD_NAME 2 (b)\nLOAD_CONST 0 ('')\n"
              "LOAD_CONST 1 (('sep',))\nCALL_KW 3\nPOP_TOP");
    CHECK_DIS("o.m(1)\n", "LOAD_NAME 0 (o)\nLOAD_METHOD 1 (m)\nLOAD_CONST 0 (1)\nCALL_METHOD 1");
    CHECK_DIS("f(*a, k=1, **d)\n",
              "LOAD_NAME 0 (f)\nLOAD_NAME 1 (a)\n"
              "LOAD_CONST 0 ('k')\nLOAD_CONST 1 (1)\nBUILD_MAP 1\nLOAD_NAME 2 (d)\nDICT_MERGE 1\nCALL_EX 1");
    CHECK_DIS("a, *b, c = x\n", "UNPACK_EX 257\nSTORE_NAME 1 (a)\nSTORE_NAME 2 (b)\nSTORE_NAME 3 (c)");
    CHECK_DIS("t = (1, (2, 'a'), None)\n", "LOAD_CONST 0 ((1, (2, 'a'), None))");
    CHECK_DIS("o[k] += 2\n", "COPY 2\nCOPY 2\nBINARY_SUBSCR\nLOAD_CONST 0 (2)\nINPLACE_OP 0\nSWAP 3\nSWAP 2\nSTORE_SUBSCR");
    CHECK_DIS("r = a < b < c\n",
              "SWAP 2\nCOPY 2\nCOMPARE_OP 0\nJUMP_IF_FALSE_OR_POP\nLOAD_NAME 2 (c)\nCOMPARE_OP 0\nJUMP\nSWAP 2\nPOP_TOP");
    CHECK_DIS("s = f'{a!r:>{w}}'\n", "LOAD_NAME 0 (a)\nLOAD_CONST 0 ('>')\nLOAD_NAME 1 (w)\nFORMAT_VALUE 0\n"
              "BUILD_STRING 2\nFORMAT_VALUE 6\nSTORE_NAME 2 (s)");
    CHECK_DIS("import a.b as c\n", "IMPORT_NAME 0 (a.b)\nIMPORT_FROM 1 (b)\nSTORE_NAME 2 (c)\nPOP_TOP");
    CHECK_DIS("from .m import x as y\n", "LOAD_CONST 0 (1)\nLOAD_CONST 1 (('x',))\nIMPORT_NAME 0 (m)\n"
              "IMPORT_FROM 1 (x)\nSTORE_NAME 2 (y)\nPOP_TOP");
    CHECK_DIS("assert x, 'm'\n", "POP_JUMP_IF_TRUE\nLOAD_ASSERTION_ERROR\nLOAD_CONST 0 ('m')\nCALL 1\nRAISE_VARARGS 1");
    CHECK_EQ_STR(compile_src("x\n", PARSE_SINGLE) + 0 == NULL ? "" : (strstr(out_buf, "PRINT_EXPR") ? "ok" : out_buf), "ok");
}

static void test_scopes(void)
{
    CHECK_DIS("def f(a):\n    def g():\n        return a\n    return g\n",
              "<code f>\nMAKE_CELL 0 (a)\nLOAD_FAST 0 (a)\nSTORE_DEREF 0 (a)\nLOAD_CLOSURE 0 (a)\nBUILD_TUPLE 1\n"
              "MAKE_FUNCTION 8\nSTORE_FAST 1 (g)\n<code f.<locals>.g>\nLOAD_DEREF 0 (a)\nRETURN_VALUE");
    CHECK_DIS("def f():\n    global x\n    x = 1\n", "<code f>\nLOAD_CONST 1 (1)\nSTORE_GLOBAL 0 (x)");
    CHECK_DIS("class C:\n    def m(self):\n        return super().m()\n",
              "<code C>\nMAKE_CELL 0 (__class__)\nLOAD_NAME 0 (__name__)\nSTORE_NAME 1 (__module__)\n"
              "STORE_NAME 2 (__qualname__)\nLOAD_CLOSURE 0 (__class__)\nBUILD_TUPLE 1\nMAKE_FUNCTION 8\n"
              "LOAD_CLOSURE 0 (__class__)\nRETURN_VALUE\n<code C.m>\nLOAD_GLOBAL 0 (super)\nCALL 0");
    CHECK_DIS("def f():\n    x = 1\n    class C:\n        y = x\n",
              "<code f.<locals>.C>\nLOAD_CLASSDEREF 0 (x)\nSTORE_NAME");
    CHECK_DIS("class C:\n    def __m(self): return self.__a\n", "STORE_NAME 4 (_C__m)\nLOAD_ATTR 0 (_C__a)");
    CHECK_DIS("def f():\n    return [y := i for i in r]\n",
              "<code f>\nMAKE_CELL 0 (y)\nLOAD_CLOSURE 0 (y)\nDisassembly of <code f>\nSTORE_FAST 1 (i)\nLOAD_FAST 1 (i)\nCOPY 1\n"
              "STORE_DEREF 0 (y)\nLIST_APPEND 2");
    CHECK_DIS("def g():\n    yield 1\n", "<code g> stacksize=1 maxblocks=0 flags=35");
}

static void test_blocks(void)
{
    CHECK_DIS("for i in x:\n    if i: break\n    continue\nelse:\n    pass\n",
              "GET_ITER\nFOR_ITER 10 (to 10)\nSTORE_NAME 1 (i)\nLOAD_NAME 1 (i)\nPOP_JUMP_IF_FALSE 8\n"
              "POP_TOP\nJUMP 10\nJUMP 2\nJUMP 2");
    CHECK_DIS("try:\n    a()\nexcept E as e:\n    b()\n",
              "stacksize=4 maxblocks=2\nSETUP_FINALLY 6\nLOAD_NAME 0 (a)\nCALL 0\nPOP_TOP\nPOP_BLOCK\nJUMP\n"
              "LOAD_NAME 1 (E)\nCHECK_EXC_MATCH\nPOP_JUMP_IF_FALSE\nSTORE_NAME 2 (e)\nSETUP_FINALLY\n"
              "LOAD_NAME 3 (b)\nCALL 0\nPOP_TOP\nPOP_BLOCK\nPOP_EXCEPT\nLOAD_CONST 0 (None)\nSTORE_NAME 2 (e)\n"
              "DELETE_NAME 2 (e)\nJUMP\nLOAD_CONST 0 (None)\nSTORE_NAME 2 (e)\nDELETE_NAME 2 (e)\nRERAISE\nRERAISE");
    CHECK_DIS("def f():\n    try:\n        return g()\n    finally:\n        h()\n",
              "<code f>\nSETUP_FINALLY\nLOAD_GLOBAL 0 (g)\nCALL 0\nPOP_BLOCK\nLOAD_GLOBAL 1 (h)\nCALL 0\nPOP_TOP\n"
              "RETURN_VALUE");
    CHECK_DIS("def f():\n    try:\n        pass\n    except:\n        return g()\n",
              "<code f>\nPOP_TOP\nLOAD_GLOBAL 0 (g)\nCALL 0\nSTORE_FAST 0 (.rv0)\nPOP_EXCEPT\nLOAD_FAST 0 (.rv0)\nRETURN_VALUE");
    CHECK_DIS("with a as b, c:\n    pass\n",
              "SETUP_WITH\nSTORE_NAME 1 (b)\nLOAD_NAME 2 (c)\nSETUP_WITH\nPOP_TOP\nPOP_BLOCK\nLOAD_CONST 0 (None)\n"
              "LOAD_CONST 0 (None)\nLOAD_CONST 0 (None)\nCALL 3\nPOP_TOP\nJUMP\nWITH_EXCEPT_START\n"
              "POP_JUMP_IF_TRUE\nRERAISE\nPOP_TOP\nPOP_EXCEPT\nPOP_TOP");
}

static void test_match(void)
{
    CHECK_DIS("match s:\n    case [x, *r] if x:\n        a()\n    case {'k': 1, **kw}:\n        b()\n    case _:\n        c()\n",
              "COPY 1\nMATCH_SEQUENCE\nPOP_JUMP_IF_FALSE\nGET_LEN\nLOAD_CONST 0 (1)\nCOMPARE_OP 5\n"
              "POP_JUMP_IF_FALSE\nUNPACK_EX 1\nSTORE_NAME 1 (x)\nSTORE_NAME 2 (r)\nLOAD_NAME 1 (x)\nPOP_JUMP_IF_FALSE\n"
              "POP_TOP\nLOAD_NAME 3 (a)\nJUMP\nPOP_TOP\nCOPY 1\nMATCH_MAPPING\nGET_LEN\nBUILD_TUPLE 1\nMATCH_KEYS\n"
              "UNPACK_SEQUENCE 1\nLOAD_CONST\nCOMPARE_OP 2\nBUILD_MAP 0\nSWAP 3\nDICT_UPDATE 2\nSTORE_NAME 4 (kw)");
    CHECK_ERR("match s:\n    case x:\n        pass\n    case 1:\n        pass\n",
              "SyntaxError: name capture 'x' makes remaining patterns unreachable (2, 10, 2, 11)");
}

static void test_errors(void)
{
    CHECK_ERR("return 1", "SyntaxError: 'return' outside function (1, 1, 1, 9)");
    CHECK_ERR("x=1\ndef f():\n  x=2\n  global x\n",
              "SyntaxError: name 'x' is assigned to before global declaration (4, 3, 4, 11)");
    CHECK_ERR("def f():\n  print(x)\n  global x\n", "SyntaxError: name 'x' is used prior to global declaration (3, 3, 3, 11)");
    CHECK_ERR("def f(a):\n global a", "SyntaxError: name 'a' is parameter and global (2, 2, 2, 10)");
    CHECK_ERR("nonlocal x", "SyntaxError: nonlocal declaration not allowed at module level (1, 1, 1, 11)");
    CHECK_ERR("def f():\n nonlocal x", "SyntaxError: no binding for nonlocal 'x' found (2, 2, 2, 12)");
    CHECK_ERR("break", "SyntaxError: 'break' outside loop (1, 1, 1, 6)");
    CHECK_ERR("continue", "SyntaxError: 'continue' not properly in loop (1, 1, 1, 9)");
    CHECK_ERR("yield 1", "SyntaxError: 'yield' outside function (1, 1, 1, 8)");
    CHECK_ERR("await x", "SyntaxError: 'await' outside function (1, 1, 1, 8)");
    CHECK_ERR("def f(a,a): pass", "SyntaxError: duplicate argument 'a' in function definition (1, 9, 1, 10)");
    CHECK_ERR("f(a=1,a=2)", "SyntaxError: keyword argument repeated: a (1, 7, 1, 10)");
    CHECK_ERR("def f():\n  from m import *", "SyntaxError: import * only allowed at module level (2, 17, 2, 18)");
    CHECK_ERR("def f():\n  for i in x:\n    def g():\n      break", "SyntaxError: 'break' outside loop (4, 7, 4, 12)");
    CHECK_ERR("def f(x):\n  nonlocal x", "SyntaxError: name 'x' is parameter and nonlocal (2, 3, 2, 13)");
    /* 22 nested blocks (CPython 3.13 allows 21) */
    char deep[4096] = "";
    for (int i = 0; i < 22; i++) {
        size_t n = strlen(deep);
        for (int k = 0; k < i; k++) deep[n++] = ' ';
        memcpy(deep + n, "while x:\n", 10);
    }
    size_t n = strlen(deep);
    for (int k = 0; k < 22; k++) deep[n++] = ' ';
    memcpy(deep + n, "pass\n", 6);
    const char *r = compile_src(deep, PARSE_EXEC);
    CHECK(strncmp(r, "SyntaxError: too many statically nested blocks", 46) == 0);
}

/* The same program compiled with a collection at every allocation must give
 * the same code: every Value the compiler holds is reachable. */
static const char *const stress_src =
    "import a.b as c\n"
    "class K(Base, metaclass=M):\n"
    "    'doc'\n"
    "    x: int = 3\n"
    "    def m(self, *a, k=(1, 2.5, 'z'), **kw):\n"
    "        self.v = [i * 2 for i in a if i]\n"
    "        return super().m(*a, **kw), {k: v for k, v in kw.items()}, f'{self.v!r:>{k}}'\n"
    "def g(n):\n"
    "    try:\n"
    "        yield from range(n)\n"
    "    except (E1, E2) as e:\n"
    "        return -1\n"
    "    finally:\n"
    "        print('fin', 10 ** 30, 1j, b'by')\n"
    "match g:\n"
    "    case [1, *r] | {'k': r}:\n"
    "        pass\n"
    "    case K(x=3):\n"
    "        pass\n";

static void test_gc_stress(void)
{
    static char plain[1 << 16];
    snprintf(plain, sizeof plain, "%s", compile_src(stress_src, PARSE_EXEC));
    CHECK(strncmp(plain, "Disassembly", 11) == 0);
    RealmConfig cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.gc_stress = true;
    Realm *saved = R;
    R = realm_new_with(&cfg);
    CHECK(R != NULL);
    if (!R) { R = saved; return; }
    REALM_ENTER(R);
    const char *stressed = compile_src(stress_src, PARSE_EXEC);
    CHECK_EQ_STR(stressed, plain);
    CHECK(R->heap.collections > 100);
    realm_free(R);
    R = saved;
}

int main(void)
{
    R = realm_new();
    REALM_ENTER(R);
    test_basic();
    test_scopes();
    test_blocks();
    test_match();
    test_errors();
    test_gc_stress();
    return unit_report();
}
