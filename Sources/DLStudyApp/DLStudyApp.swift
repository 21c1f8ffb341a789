// DLStudyApp
