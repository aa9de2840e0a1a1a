/*
 * The error trampoline. A Swift closure is pushed as a C closure over this function with the
 * closure's box as upvalue. The Swift side returns a status instead of raising; this C frame
 * raises the Lua error afterwards, so lua_error's longjmp never unwinds a Swift frame.
 */
#include "runtime.h"

static int host_trampoline(lua_State *L) {
    shim_runtime *rt = shim_runtime_of(L);
    void *box = lua_touserdata(L, lua_upvalueindex(1));
    int saved_depth = rt->lua_depth;
    rt->lua_depth = 0;                       /* host code: no allocation may fail */
    int results = rt->dispatch(L, box);
    rt->lua_depth = saved_depth;
    if (results == SHIM_HOST_ERROR) {
        luaL_where(L, 1);
        lua_insert(L, -2);
        lua_concat(L, 2);
        return lua_error(L);
    }
    if (rt->limit_hit == SHIM_LIMIT_NONE && rt->memory_used > rt->memory_cap)
        rt->limit_hit = SHIM_LIMIT_MEMORY;
    if (rt->limit_hit != SHIM_LIMIT_NONE) return shim_raise_limit(L);
    return results;
}

void shim_push_host_function(lua_State *L, void *box) {
    lua_pushlightuserdata(L, box);
    lua_pushcclosure(L, host_trampoline, 1);
}
