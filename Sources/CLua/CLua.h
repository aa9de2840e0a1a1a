/* The Lua 5.4 C API as Debian's liblua5.4-dev installs it, in /usr/include/lua5.4. */
#include <lua5.4/lua.h>
#include <lua5.4/lualib.h>
#include <lua5.4/lauxlib.h>
