/* Internal: access to a state's shim_runtime. */
#ifndef CLUASHIM_RUNTIME_H
#define CLUASHIM_RUNTIME_H
#include "CLuaShim.h"

static inline shim_runtime *shim_runtime_of(lua_State *L) {
    void *ud = NULL;
    lua_getallocf(L, &ud);
    return (shim_runtime *)ud;
}

/* Raises the error of the limit already hit, naming where the script stands. Never returns. */
int shim_raise_limit(lua_State *L);

/* Makes every later instruction of L fail with the limit hit, so a pcall cannot recover. */
void shim_arm_sticky_hook(lua_State *L);

#endif
