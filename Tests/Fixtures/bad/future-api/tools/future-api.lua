return tool { extends = "demo/plan" }
