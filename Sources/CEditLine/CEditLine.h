/* libedit's readline-compatible interface, from Debian's libedit-dev (pkg-config libedit). */
#include <stdio.h>
#include <editline/readline.h>
