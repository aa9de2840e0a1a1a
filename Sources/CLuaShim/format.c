/*
 * string.format for scripts: stock, save that no address shows. When the format has a %p
 * conversion or an argument is an object (a table, function, coroutine or userdata), the
 * sandbox's `prepare` (Lua) first rewrites the format and the arguments, giving an object's
 * number in place of its address. Being a C function, it keeps its caller's frame even when a
 * script tail-calls it (`return string.format(...)`), so an error names the script's line, as
 * stock string.format's do; a Lua wrapper's frame would have replaced the script's.
 */
#include "runtime.h"
#include <string.h>

/* Whether `format` has a %p conversion (its flags, width and precision skipped; %% is text). */
static int has_pointer_conversion(const char *format, size_t length) {
    for (size_t i = 0; i < length; i++) {
        if (format[i] != '%') continue;
        i++;
        if (i < length && format[i] == '%') continue;
        while (i < length && format[i] != '\0' && strchr("-+ #0123456789.", format[i]) != NULL) i++;
        if (i < length && format[i] == 'p') return 1;
    }
    return 0;
}

/* Whether the value at `index` is one whose address stock Lua would print (the types sandbox.lua's
 * `referenced` names; light userdata is "userdata" there). */
static int is_object(lua_State *L, int index) {
    switch (lua_type(L, index)) {
    case LUA_TTABLE: case LUA_TFUNCTION: case LUA_TTHREAD: case LUA_TUSERDATA: case LUA_TLIGHTUSERDATA:
        return 1;
    default:
        return 0;
    }
}

/* The format scripts call: upvalue 1 is the real string.format, upvalue 2 the sandbox's prepare,
 * which takes the format and the arguments and returns them rewritten, as many. An error of the
 * real format is raised again with the caller's position in front, as luaL_error would put it. */
static int hiding_format(lua_State *L) {
    int count = lua_gettop(L);
    int hides = 0;
    if (lua_type(L, 1) == LUA_TSTRING) {
        size_t length = 0;
        const char *format = lua_tolstring(L, 1, &length);
        hides = has_pointer_conversion(format, length);
        for (int i = 2; !hides && i <= count; i++) hides = is_object(L, i);
    }
    if (hides) {
        lua_pushvalue(L, lua_upvalueindex(2));
        lua_insert(L, 1);
        lua_call(L, count, count);
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    int status = lua_pcall(L, count, 1, 0);
    if (status != LUA_OK) {
        if (status == LUA_ERRRUN && lua_type(L, -1) == LUA_TSTRING) {
            luaL_where(L, 1);
            lua_insert(L, -2);
            lua_concat(L, 2);
        }
        return lua_error(L);
    }
    return 1;
}

/* make(format, prepare): the format scripts call, built on the real one and the sandbox's prepare. */
static int make_hiding_format(lua_State *L) {
    luaL_checktype(L, 1, LUA_TFUNCTION);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_settop(L, 2);
    lua_pushcclosure(L, hiding_format, 2);
    return 1;
}

void shim_push_format_maker(lua_State *L) {
    lua_pushcfunction(L, make_hiding_format);
}
