// Nothing to compile: the header declares a function of libFuzzer, linked by -sanitize=fuzzer.
