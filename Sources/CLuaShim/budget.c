/*
 * Charging the instruction budget from C functions, for the sandbox's Lua code: work that a
 * library function does without running VM instructions (moving a table, matching a pattern in
 * C, a full garbage collection) is charged here before it runs, so it counts like instructions.
 */
#include "runtime.h"

/* Adds `n` instructions to the count; past the budget, stops the script as the count hook does. */
static int charge(lua_State *L) {
    shim_runtime *rt = shim_runtime_of(L);
    lua_Integer n = luaL_checkinteger(L, 1);
    if (rt->limit_hit == SHIM_LIMIT_NONE && n > 0) {
        int64_t left = rt->instruction_budget - rt->instructions_used;
        if (n <= left) {
            rt->instructions_used += n;
            return 0;
        }
        rt->instructions_used = rt->instruction_budget + 1;
        rt->limit_hit = SHIM_LIMIT_INSTRUCTIONS;
    }
    if (rt->limit_hit == SHIM_LIMIT_NONE) return 0;
    shim_arm_sticky_hook(L);
    return shim_raise_limit(L);
}

/* True when a limit was hit and the script is being stopped: code that would run outside the
 * count hook (message handlers, to-be-closed variables of a stopped coroutine) must not run. */
static int limit_hit(lua_State *L) {
    lua_pushboolean(L, shim_runtime_of(L)->limit_hit != SHIM_LIMIT_NONE);
    return 1;
}

/* Instructions left in the budget. */
static int budget_left(lua_State *L) {
    shim_runtime *rt = shim_runtime_of(L);
    int64_t left = rt->instruction_budget - rt->instructions_used;
    lua_pushinteger(L, left > 0 ? (lua_Integer)left : 0);
    return 1;
}

void shim_push_budget_functions(lua_State *L) {
    lua_createtable(L, 0, 3);
    lua_pushcfunction(L, charge);
    lua_setfield(L, -2, "charge");
    lua_pushcfunction(L, limit_hit);
    lua_setfield(L, -2, "limit_hit");
    lua_pushcfunction(L, budget_left);
    lua_setfield(L, -2, "budget_left");
}
