import ArgumentParser

DLStudyCommand.main()
