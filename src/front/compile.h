/* compile: AST -> code objects (src/vm/code.h, instruction set src/vm/opcodes.h).
 *
 * mode: PARSE_EXEC (module), PARSE_EVAL (expression: returns its value),
 * PARSE_SINGLE (REPL: PRINT_EXPR for expression statements).
 * Raises SyntaxError (args (msg, (filename, lineno, offset, text, end_lineno,
 * end_offset)) as CPython) for compile-time errors, RecursionError for
 * nesting too deep to compile, MemoryError.
 *
 * Conventions the VM relies on:
 *  - functions and lambdas: consts[0] is the docstring (str) or None, as
 *    CPython <= 3.13; MAKE_FUNCTION takes the qualname from the code object;
 *  - MAKE_FUNCTION flag 4 (annotations) is a dict {name: value, 'return': v};
 *  - class bodies (CO_CLASS_BODY) return the __class__ cell (LOAD_CLOSURE)
 *    when a method uses super() or __class__, else None; they store
 *    __module__, __qualname__ and __firstlineno__ first (no __classcell__);
 *  - comprehensions and generator expressions are nested functions taking
 *    the outermost iterator (already passed through GET_ITER) as `.0`;
 *  - flags beyond code.h: CO_HAS_DOCSTRING (0x4000000, functions whose
 *    consts[0] is the docstring) and CO_INLINED_COMP (0x40000, list/set/dict
 *    comprehensions, which CPython 3.13 inlines; their code is named like
 *    the enclosing function, so a traceback matches CPython's when the
 *    entry of the frame that called such code is left out);
 *  - every backward jump is an unconditional JUMP (loops, continue), so
 *    the VM's instruction budget check at backward JUMPs sees every loop;
 *  - a `return <expr>` that leaves an except handler or finally body keeps
 *    its value in a hidden local named ".rvN" (POP_EXCEPT cuts the stack). */
#ifndef ASP_FRONT_COMPILE_H
#define ASP_FRONT_COMPILE_H

#include "core/realm.h"
#include "front/ast.h"
#include "front/parser.h"
#include "objects/objects.h"

Value compile_ast(Realm *r, AstMod *mod, Value filename, Value source, int mode);

/* Appends a readable listing of code (and of the code objects among its
 * constants) to out, one instruction per line:
 *   "  <line>  <index> <OPNAME> <arg> (<meaning>)". */
void compile_disassemble(Realm *r, Value code, StrBuf *out);

#endif
