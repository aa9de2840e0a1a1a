/*
 * CLuaShim: the small C layer between Swift and the Lua 5.4 C API.
 *
 * It holds what Swift cannot express or must not do itself:
 *   - wrappers for the API macros Swift cannot import (lua_pop, lua_pcall, ...);
 *   - the capped allocator and the instruction-count hook that enforce a state's limits;
 *   - the error trampoline: Swift callbacks return a status, and the C frame raises
 *     the Lua error after the Swift frame has returned, so no longjmp crosses Swift.
 *
 * Nothing here knows about PROFINT.
 */
#ifndef CLUASHIM_H
#define CLUASHIM_H

#include <lua5.4/lua.h>
#include <lua5.4/lualib.h>
#include <lua5.4/lauxlib.h>
#include <stddef.h>
#include <stdint.h>

/* Which limit a state has hit. Sticky: once set, the running script is stopped again
 * at every hook tick, so a pcall in the script cannot swallow the stop. */
typedef enum {
    SHIM_LIMIT_NONE = 0,
    SHIM_LIMIT_INSTRUCTIONS = 1,
    SHIM_LIMIT_MEMORY = 2
} shim_limit;

/* Returned by a host dispatch function when it left an error message on the stack. */
#define SHIM_HOST_ERROR (-1)

/* Calls the Swift closure `box` with the arguments on L's stack. Returns the number of
 * results it pushed, or SHIM_HOST_ERROR with a message string on top of the stack. */
typedef int (*shim_host_dispatch)(lua_State *L, void *box);

/* Per-state bookkeeping, owned by the Swift side and passed to the allocator as `ud`. */
typedef struct shim_runtime {
    size_t memory_used;
    size_t memory_peak;
    size_t memory_cap;            /* bytes; enforced only while Lua code runs (see lua_depth) */
    int lua_depth;                /* > 0 while Lua code runs on behalf of the host */
    int64_t instruction_budget;   /* VM instructions allowed before the budget stops the run */
    int64_t instructions_used;
    int hook_interval;            /* instructions between two count-hook ticks */
    shim_limit limit_hit;
    shim_host_dispatch dispatch;
} shim_runtime;

/* A new state using the capped allocator, with the count hook armed. NULL if out of memory. */
lua_State *shim_newstate(shim_runtime *rt);

/* Opens the standard libraries the sandbox is built from (base, table, string, math, utf8,
 * coroutine, and os and debug, which the sandbox trims) in protected mode; never io or package.
 * Returns a lua status code; on error the message is on the stack. */
int shim_open_safe_libs(lua_State *L);

/* Resets the instruction count and any limit hit, and re-arms the count hook on L. */
void shim_reset_limits(lua_State *L);

/* Pushes a C closure that forwards to the host dispatch function with `box`. */
void shim_push_host_function(lua_State *L, void *box);

/* lua_resume with the memory cap in force while the coroutine runs. */
int shim_resume(lua_State *co, lua_State *from, int nargs, int *nresults);

/* luaL_loadbufferx in text mode only, with the memory cap in force while parsing. */
int shim_load_text(lua_State *L, const char *buffer, size_t size, const char *chunkname);

/* Dumps the function on top of L (kept there) as bytecode, with debug information, into a new
 * malloc'd buffer the caller frees. Returns 0 when it cannot. For the host's own chunks only:
 * the host compiles its Lua once per process and loads the bytecode in each new state. */
int shim_dump_function(lua_State *L, unsigned char **bytes, size_t *size);

/* luaL_loadbufferx of bytecode (mode "b") the host dumped itself, with the memory cap in force.
 * Never for bytes a script or a file supplies: Lua does not verify bytecode. */
int shim_load_binary(lua_State *L, const unsigned char *buffer, size_t size, const char *chunkname);

/* lua_resetthread with the memory cap in force (it may run __close metamethods). */
int shim_reset_thread(lua_State *co);

/* Which limit the state has hit. */
shim_limit shim_limit_hit(lua_State *L);

/* Writes "chunk:line" of the innermost Lua function on co's stack into buffer; returns 0
 * when there is none. */
int shim_where(lua_State *co, char *buffer, size_t size);

/* Writes "chunk:line" of the function `level` calls up the stack of L (0: the running one);
 * returns 0 when that level is not a Lua function with a line. */
int shim_where_at(lua_State *L, int level, char *buffer, size_t size);

/* Writes the source (e.g. "@tools/x.lua", "=sandbox") of the function `level` calls up co's
 * stack, and "chunk:line" where it stands (empty for a C function); returns 0 when there is no
 * such level. */
int shim_frame(lua_State *co, int level, char *source, size_t size, char *where, size_t wsize);

/* Pops the function on top and writes "chunk:line" where it is defined; returns 0 for a C
 * function or a main chunk. */
int shim_defined_at(lua_State *L, char *buffer, size_t size);

/* Pushes a table of C functions for the sandbox's own Lua code: charge(n) adds n to the
 * instruction count (stopping the script past the budget), limit_hit() tells whether a limit
 * stops the script, budget_left() the instructions left. */
void shim_push_budget_functions(lua_State *L);

/* Pushes make(format, prepare), a C function that returns the sandbox's string.format: the real
 * `format`, called after `prepare` (Lua) has rewritten the format and its arguments when an object
 * or a %p would show an address (format.c). */
void shim_push_format_maker(lua_State *L);

/* Sets the first upvalue (_ENV) of the function at `index` to the value on top; pops it. */
int shim_set_env(lua_State *L, int index);

/* How many entries the table at `index` holds, array and hash parts together, up to `limit`
 * (the count stops there), counted with lua_next (which raises no error for the keys it gives
 * itself); needs two free stack slots. The host reserves room for a table's copy with it. */
lua_Integer shim_table_count(lua_State *L, int index, lua_Integer limit);

/* Wrappers for API macros. */
void shim_pop(lua_State *L, int n);
/* A full garbage collection (lua_gc is variadic, which Swift cannot call). */
void shim_collect_garbage(lua_State *L);
void shim_newtable(lua_State *L);
void shim_insert(lua_State *L, int index);
void shim_remove(lua_State *L, int index);
int shim_upvalueindex(int i);
int shim_registryindex(void);
int shim_ridx_globals(void);
int shim_isinteger(lua_State *L, int index);
lua_Integer shim_tointeger(lua_State *L, int index);
lua_Number shim_tonumber(lua_State *L, int index);
const char *shim_tolstring(lua_State *L, int index, size_t *len);
void shim_traceback(lua_State *L, lua_State *co, const char *message, int level);

#endif
