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

/* The module named `name` (a str), made and cached in r->modules on first
 * use, or V_NULL if no built-in module has that name. */
Value modules_find_builtin(Realm *r, Value name);
/* Adds native functions to a module's dict. */
void modules_add_functions(Realm *r, Value module, const MethodDef *defs);

Value codecs_module_new(Realm *r);
Value math_module_new(Realm *r);
Value sys_module_new(Realm *r);

#endif
