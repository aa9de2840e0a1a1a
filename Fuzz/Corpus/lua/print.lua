for i = 1, 1000 do print(("x"):rep(100)) end
