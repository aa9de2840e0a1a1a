return ("Hello"):upper(), ("%d %s %q"):format(1, "x", "y\n"), ("a,b,,c"):gmatch("[^,]*")()
