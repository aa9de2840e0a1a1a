local settings = nil
return tool { title = settings.title }
