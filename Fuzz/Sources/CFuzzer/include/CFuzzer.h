// libFuzzer's entry point for programs that keep their own `main` (LLVM 11 and later).
//
// SwiftPM links an executable target on Linux with `main` defined as `<module>_main`, so
// libFuzzer's own `main` is never used; each harness defines `<module>_main` and calls this.
#ifndef CFUZZER_H
#define CFUZZER_H

#include <stddef.h>
#include <stdint.h>

/// Parses libFuzzer's options from `argc`/`argv` and runs `test` on each input; returns the exit code.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test)(const uint8_t *data, size_t size));

#endif
