/*
 * Entry points that run Lua code for the host: each raises lua_depth so the memory cap
 * applies while Lua runs, and lowers it again when control returns to the host.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runtime.h"

static int open_libs(lua_State *L) {
    static const luaL_Reg libs[] = {
        {LUA_GNAME, luaopen_base},
        {LUA_TABLIBNAME, luaopen_table},
        {LUA_STRLIBNAME, luaopen_string},
        {LUA_MATHLIBNAME, luaopen_math},
        {LUA_UTF8LIBNAME, luaopen_utf8},
        {LUA_COLIBNAME, luaopen_coroutine},
        {LUA_OSLIBNAME, luaopen_os},       /* the sandbox keeps its clock and dates only */
        {LUA_DBLIBNAME, luaopen_debug},    /* the sandbox keeps traceback only */
        {NULL, NULL}
    };
    for (const luaL_Reg *lib = libs; lib->func; lib++) {
        luaL_requiref(L, lib->name, lib->func, 1);
        lua_pop(L, 1);
    }
    return 0;
}

int shim_open_safe_libs(lua_State *L) {
    lua_pushcfunction(L, open_libs);
    return lua_pcall(L, 0, 0, 0);
}

int shim_resume(lua_State *co, lua_State *from, int nargs, int *nresults) {
    shim_runtime *rt = shim_runtime_of(co);
    rt->lua_depth++;
    int status = lua_resume(co, from, nargs, nresults);
    rt->lua_depth--;
    return status;
}

int shim_load_text(lua_State *L, const char *buffer, size_t size, const char *chunkname) {
    shim_runtime *rt = shim_runtime_of(L);
    rt->lua_depth++;
    int status = luaL_loadbufferx(L, buffer, size, chunkname, "t");
    rt->lua_depth--;
    return status;
}

int shim_reset_thread(lua_State *co) {
    shim_runtime *rt = shim_runtime_of(co);
    rt->lua_depth++;
    int status = lua_resetthread(co);
    rt->lua_depth--;
    return status;
}

int shim_where(lua_State *co, char *buffer, size_t size) {
    lua_Debug ar;
    for (int level = 0; lua_getstack(co, level, &ar); level++) {
        if (lua_getinfo(co, "Sl", &ar) && ar.currentline > 0) {
            snprintf(buffer, size, "%s:%d", ar.short_src, ar.currentline);
            return 1;
        }
    }
    return 0;
}

int shim_where_at(lua_State *L, int level, char *buffer, size_t size) {
    lua_Debug ar;
    if (!lua_getstack(L, level, &ar) || !lua_getinfo(L, "Sl", &ar) || ar.currentline <= 0) return 0;
    snprintf(buffer, size, "%s:%d", ar.short_src, ar.currentline);
    return 1;
}

int shim_frame(lua_State *co, int level, char *source, size_t size, char *where, size_t wsize) {
    lua_Debug ar;
    if (!lua_getstack(co, level, &ar) || !lua_getinfo(co, "Sl", &ar)) return 0;
    snprintf(source, size, "%s", ar.source ? ar.source : "?");
    if (ar.currentline > 0) snprintf(where, wsize, "%s:%d", ar.short_src, ar.currentline);
    else if (wsize > 0) where[0] = '\0';
    return 1;
}

int shim_defined_at(lua_State *L, char *buffer, size_t size) {
    lua_Debug ar;
    if (lua_type(L, -1) != LUA_TFUNCTION) { lua_pop(L, 1); return 0; }
    if (!lua_getinfo(L, ">S", &ar) || ar.linedefined <= 0) return 0;
    snprintf(buffer, size, "%s:%d", ar.short_src, ar.linedefined);
    return 1;
}

int shim_set_env(lua_State *L, int index) {
    return lua_setupvalue(L, index, 1) != NULL;
}

shim_limit shim_limit_hit(lua_State *L) {
    return shim_runtime_of(L)->limit_hit;
}

/* lua_Writer collecting a dump into a growing malloc'd buffer. */
typedef struct { unsigned char *bytes; size_t size, capacity; int failed; } dump_buffer;

static int collect_dump(lua_State *L, const void *p, size_t size, void *ud) {
    (void)L;
    dump_buffer *out = (dump_buffer *)ud;
    if (out->size + size > out->capacity) {
        size_t capacity = out->capacity ? out->capacity : 4096;
        while (capacity < out->size + size) capacity *= 2;
        unsigned char *grown = realloc(out->bytes, capacity);
        if (grown == NULL) { out->failed = 1; return 1; }
        out->bytes = grown;
        out->capacity = capacity;
    }
    memcpy(out->bytes + out->size, p, size);
    out->size += size;
    return 0;
}

int shim_dump_function(lua_State *L, unsigned char **bytes, size_t *size) {
    dump_buffer out = { NULL, 0, 0, 0 };
    int status = lua_dump(L, collect_dump, &out, 0);
    if (status != 0 || out.failed) { free(out.bytes); return 0; }
    *bytes = out.bytes;
    *size = out.size;
    return 1;
}

int shim_load_binary(lua_State *L, const unsigned char *buffer, size_t size, const char *chunkname) {
    shim_runtime *rt = shim_runtime_of(L);
    rt->lua_depth++;
    int status = luaL_loadbufferx(L, (const char *)buffer, size, chunkname, "b");
    rt->lua_depth--;
    return status;
}
