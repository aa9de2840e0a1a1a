import ProfintCLI

ProfintCommand.main()
