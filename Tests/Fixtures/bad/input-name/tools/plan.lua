-- Planted: a hook reading an input by a name the tool does not declare (always nil).
return tool {
  extends = "demo/plan",
  inputs = { plan = { tool = "demo/plan", optional = true } },
  append("partners", ask.text { id = "earlier", text = "What did the plan say?",
    relevant = function(a, ctx) return ctx.inputs.plna ~= nil and ctx.inputs["plan"] ~= nil end }),
}
