/* Functions for the Lua API macros that Swift cannot import. */
#include "CLuaShim.h"

void shim_pop(lua_State *L, int n) { lua_pop(L, n); }
void shim_collect_garbage(lua_State *L) { lua_gc(L, LUA_GCCOLLECT); }
void shim_newtable(lua_State *L) { lua_newtable(L); }
void shim_insert(lua_State *L, int index) { lua_insert(L, index); }
void shim_remove(lua_State *L, int index) { lua_remove(L, index); }
int shim_upvalueindex(int i) { return lua_upvalueindex(i); }
int shim_registryindex(void) { return LUA_REGISTRYINDEX; }
int shim_ridx_globals(void) { return LUA_RIDX_GLOBALS; }
int shim_isinteger(lua_State *L, int index) { return lua_isinteger(L, index); }
lua_Integer shim_tointeger(lua_State *L, int index) { return lua_tointegerx(L, index, NULL); }
lua_Number shim_tonumber(lua_State *L, int index) { return lua_tonumberx(L, index, NULL); }
const char *shim_tolstring(lua_State *L, int index, size_t *len) { return lua_tolstring(L, index, len); }
void shim_traceback(lua_State *L, lua_State *co, const char *message, int level) {
    luaL_traceback(L, co, message, level);
}
