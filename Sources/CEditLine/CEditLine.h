/* libedit's readline-compatible interface, from Debian's libedit-dev (/usr/include/editline). */
#include <stdio.h>
#include <editline/readline.h>
