return function() return 1 end, coroutine.create(function() end)
