print("dlstudy")
