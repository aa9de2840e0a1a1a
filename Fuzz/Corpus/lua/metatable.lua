return setmetatable({}, {__index = function(t, k) return k end, __len = function() return 1e9 end})
