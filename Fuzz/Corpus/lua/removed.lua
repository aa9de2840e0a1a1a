return io, os.execute, debug and debug.getinfo, dofile, string.dump
