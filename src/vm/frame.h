/* frame: the activation record of a running Python function.
 *
 * Frames of ordinary calls live in the realm's frame pool (indexed by call
 * depth) and their locals and operand stack on the realm's value stack, so a
 * call allocates nothing on the heap.  A generator owns its frame and value
 * area (see gen.c) and links the frame into the chain while it runs. */
#ifndef ASP_FRAME_H
#define ASP_FRAME_H

#include "objects/objects.h"
#include "vm/code.h"

enum { BLOCK_HANDLER = 1, BLOCK_EXCEPT_HANDLER = 2 };

typedef struct Block {
    uint32_t type;
    uint32_t handler;     /* instruction index */
    uint32_t level;       /* operand stack depth */
} Block;

#define FRAME_MAX_BLOCKS 24

struct Frame {
    Frame *prev;
    Code *code;
    Value func;           /* Func, or V_NULL for module/exec code */
    Value globals, builtins;
    Value locals;         /* dict for module and class bodies, else V_NULL */
    Value *fast;          /* nlocals + ncells + nfree slots */
    Value *stack;         /* operand stack base (stacksize slots) */
    Value *sp;            /* saved operand stack pointer while not running */
    uint32_t pc;          /* next instruction */
    uint32_t nblocks;
    Value gen;            /* owning generator, or V_NULL */
    bool entry;           /* returning from this frame leaves vm_run */
    Block blocks[FRAME_MAX_BLOCKS];
};

#endif
