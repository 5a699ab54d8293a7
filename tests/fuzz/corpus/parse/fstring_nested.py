f"{f'{f"{1}"}'}"
f"{x:{y:{z}}}"
f"{lambda x: x}"
