local s = {1, 2}
local t = {s, s, s, s}
for i = 1, 5 do t = {t, t} end
return t
