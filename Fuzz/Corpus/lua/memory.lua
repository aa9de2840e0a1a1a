local t = {}
for i = 1, 1e7 do t[i] = tostring(i) end
return #t
