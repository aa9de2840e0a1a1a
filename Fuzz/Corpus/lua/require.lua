return pcall(require, "string"), pcall(require, "nothing.here")
