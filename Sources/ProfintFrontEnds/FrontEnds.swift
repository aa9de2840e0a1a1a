// The front ends: terminal and JSON-lines (issue 5).
