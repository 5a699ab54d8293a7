/* modules: the built-in modules that `import` finds without any file.
 * Each module file provides `Value <name>_module_new(Realm *r)`, which builds
 * the module object; the registry makes it on first import. */
#ifndef ASP_MODULES_H
#define ASP_MODULES_H

#include "objects/objects.h"

typedef struct BuiltinModule {
    const char *name;
    Value (*make)(Realm *r);
} BuiltinModule;

/* A built-in module written in Python: src/modules/py/NAME.py, embedded by
 * tools/embed_py.py into the generated table pymodule_sources (ends with a
 * NULL name).  Its source runs in a fresh module on first import, with the
 * same rights as the guest's own code. */
typedef struct PyModuleSource {
    const char *name;
    const char *src;
    size_t len;
} PyModuleSource;
extern const PyModuleSource pymodule_sources[];

/* The module named `name` (a str), made and cached in r->modules on first
 * use, or V_NULL if no built-in module has that name.  Modules written in C
 * are searched first, then those written in Python. */
Value modules_find_builtin(Realm *r, Value name);
/* The built-in module `name` for the interpreter's own use (sys.modules
 * first, then the registry; never through a guest's __import__). */
Value modules_import(Realm *r, const char *name);
/* Adds native functions to a module's dict. */
void modules_add_functions(Realm *r, Value module, const MethodDef *defs);

Value codecs_module_new(Realm *r);
Value math_module_new(Realm *r);
Value random_module_new(Realm *r);   /* _random */
Value sre_module_new(Realm *r);      /* _sre: the regex engine under re */
Value traceback_module_new(Realm *r);   /* _traceback */
Value sys_module_new(Realm *r);
Value struct_module_new(Realm *r);   /* _struct: the core under struct */
Value hashlib_module_new(Realm *r);   /* _hashcore: the digests under hashlib */
Value binascii_module_new(Realm *r);   /* _binascii: the loops under binascii */
Value zlib_module_new(Realm *r);   /* _zlib: DEFLATE under zlib */
Value unicodedata_module_new(Realm *r);
/* importer.c: __import__(name, globals, fromlist, level). */
Value import_module_level(Realm *r, Value name, Value globals, Value fromlist, int64_t level);
/* Whether a module of that name is still running its top-level code. */
bool import_is_initializing(Realm *r, Value name);
Value os_module_new(Realm *r);     /* os.c: _os, the C half of os.py */
Value time_module_new(Realm *r);   /* os.c */
Value gc_module_new(Realm *r);
Value weakrefmod_module_new(Realm *r);   /* _weakref */

#endif
