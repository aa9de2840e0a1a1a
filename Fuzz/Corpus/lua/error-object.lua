error({code = 1, message = "table error"})
