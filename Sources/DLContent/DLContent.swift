// DLContent
