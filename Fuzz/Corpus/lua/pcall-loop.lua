local ok = pcall(function() while true do end end)
return ok
