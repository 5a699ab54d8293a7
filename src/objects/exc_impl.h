/* exc_impl: layout of the exception families' extra attributes, shared by
 * exceptions.c, exc_format.c and whoever fills them from C (the VM sets
 * AttributeError.name/obj and NameError.name for suggestions).
 * Not part of the public object API (objects.h). */
#ifndef ASP_EXC_IMPL_H
#define ASP_EXC_IMPL_H

#include "objects/objects.h"

/* An exception of a family with extra attributes: f[] follows the
 * Exception header; its length is given by the type's basicsize. */
typedef struct ExcExt {
    Exception e;
    Value f[];
} ExcExt;

/* Field indexes, per family (the family root is in the name). */
/* XF_*_FRAME (not attributes): what the traceback's suggestions need from
 * the frame the exception was raised in, captured by exc_add_traceback:
 * NameError: a tuple (locals dict, globals dict, builtins dict);
 * AttributeError: True if the frame's `self` is the object. */
enum { XF_ATTR_NAME, XF_ATTR_OBJ, XF_ATTR_FRAME, XF_ATTR__COUNT };      /* AttributeError */
enum { XF_NAME_NAME, XF_NAME_FRAME, XF_NAME__COUNT };                   /* NameError */
enum { XF_IMP_MSG, XF_IMP_NAME, XF_IMP_PATH, XF_IMP_NAME_FROM, XF_IMP__COUNT }; /* ImportError */
enum { XF_OS_ERRNO, XF_OS_STRERROR, XF_OS_FILENAME, XF_OS_FILENAME2, XF_OS_WRITTEN,
       XF_OS__COUNT };                                                  /* OSError */
enum { XF_SYN_MSG, XF_SYN_FILENAME, XF_SYN_LINENO, XF_SYN_OFFSET, XF_SYN_TEXT,
       XF_SYN_END_LINENO, XF_SYN_END_OFFSET, XF_SYN_PRINT_FILE_AND_LINE,
       XF_SYN__COUNT };                                                 /* SyntaxError */
enum { XF_UNI_ENCODING, XF_UNI_OBJECT, XF_UNI_START, XF_UNI_END, XF_UNI_REASON,
       XF_UNI__COUNT };                                                 /* UnicodeError */
enum { XF_GROUP_MSG, XF_GROUP_EXCS, XF_GROUP__COUNT };                  /* BaseExceptionGroup */

static inline bool exc_check(Value v) {
    return v_is_obj(v) && (v_obj(v)->type->flags & TF_EXC_SUB);
}

/* Reads/writes field `field` of family root r->exc_types[e_index]; get
 * returns None (set does nothing) when exc is not of that family.
 * Never raise. */
Value exc_field_get(Realm *r, Value exc, int e_index, int field);
void exc_field_set(Realm *r, Value exc, int e_index, int field, Value v);

#endif
