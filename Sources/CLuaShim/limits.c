/*
 * The two limits of a state: a memory cap (a custom lua_Alloc) and an instruction
 * budget (a count hook).
 *
 * The cap applies only while Lua code runs on behalf of the host (lua_depth > 0). Host code
 * pushing values never sees an allocation failure, so no Lua error can be raised inside a
 * Swift frame; the trampoline checks the cap again once the Swift frame has returned.
 */
#include <stdlib.h>
#include <stdio.h>
#include "runtime.h"

static void *capped_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
    shim_runtime *rt = (shim_runtime *)ud;
    size_t old = ptr ? osize : 0;   /* when ptr is NULL, osize is a type tag */
    if (nsize == 0) {
        free(ptr);
        rt->memory_used -= old;
        return NULL;
    }
    if (nsize > old && rt->lua_depth > 0 && rt->memory_used - old + nsize > rt->memory_cap) {
        if (rt->limit_hit == SHIM_LIMIT_NONE) rt->limit_hit = SHIM_LIMIT_MEMORY;
        return NULL;
    }
    void *grown = realloc(ptr, nsize);
    if (grown == NULL) return NULL;
    rt->memory_used = rt->memory_used - old + nsize;
    if (rt->memory_used > rt->memory_peak) rt->memory_peak = rt->memory_used;
    return grown;
}

int shim_raise_limit(lua_State *L) {
    shim_runtime *rt = shim_runtime_of(L);
    lua_Debug ar;
    char where[128] = "";
    if (lua_getstack(L, 0, &ar) && lua_getinfo(L, "Sl", &ar) && ar.currentline > 0)
        snprintf(where, sizeof where, "%s:%d: ", ar.short_src, ar.currentline);
    if (rt->limit_hit == SHIM_LIMIT_MEMORY)
        lua_pushfstring(L, "%smemory limit of %I bytes exceeded", where, (lua_Integer)rt->memory_cap);
    else
        lua_pushfstring(L, "%sinstruction budget of %I instructions exhausted", where,
                        (lua_Integer)rt->instruction_budget);
    return lua_error(L);
}

static void count_hook(lua_State *L, lua_Debug *ar) {
    shim_runtime *rt = shim_runtime_of(L);
    (void)ar;
    if (rt->limit_hit == SHIM_LIMIT_NONE) {
        rt->instructions_used += rt->hook_interval;
        if (rt->instructions_used <= rt->instruction_budget) return;
        rt->limit_hit = SHIM_LIMIT_INSTRUCTIONS;
    }
    shim_arm_sticky_hook(L);
    shim_raise_limit(L);
}

void shim_arm_sticky_hook(lua_State *L) {
    /* From now on every instruction of this thread fails, so a pcall cannot recover. */
    lua_sethook(L, count_hook, LUA_MASKCOUNT, 1);
}

lua_State *shim_newstate(shim_runtime *rt) {
    lua_State *L = lua_newstate(capped_alloc, rt);
    if (L == NULL) return NULL;
    lua_sethook(L, count_hook, LUA_MASKCOUNT, rt->hook_interval > 0 ? rt->hook_interval : 1);
    return L;
}

void shim_reset_limits(lua_State *L) {
    shim_runtime *rt = shim_runtime_of(L);
    rt->instructions_used = 0;
    rt->limit_hit = SHIM_LIMIT_NONE;
    lua_sethook(L, count_hook, LUA_MASKCOUNT, rt->hook_interval > 0 ? rt->hook_interval : 1);
}
