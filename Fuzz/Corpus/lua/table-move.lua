return table.move({1, 2, 3}, 1, 3, 2), table.concat({1, 2, 3}, ",")
