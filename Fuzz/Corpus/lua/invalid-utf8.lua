return "\xff\xfe", {["\xc3"] = 1}
