/* Sizing a table before the host copies it. */
#include "CLuaShim.h"

lua_Integer shim_table_count(lua_State *L, int index, lua_Integer limit) {
    lua_Integer count = 0;
    if (limit <= 0) return 0;
    index = lua_absindex(L, index);
    lua_pushnil(L);
    while (lua_next(L, index)) {
        lua_pop(L, 1);
        if (++count >= limit) {
            lua_pop(L, 1);
            break;
        }
    }
    return count;
}
