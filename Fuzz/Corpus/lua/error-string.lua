error("plain failure", 2)
