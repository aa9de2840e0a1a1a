// The smallest Swift program, built like profint: the baseline of `scripts/bench` for start-up time.
print("hello")
