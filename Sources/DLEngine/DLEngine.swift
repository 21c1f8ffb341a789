// DLEngine
