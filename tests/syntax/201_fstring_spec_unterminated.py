x = f"{a:"
