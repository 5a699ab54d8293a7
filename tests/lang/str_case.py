# case methods and character classification
s = "hello World of PYTHON"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase())
print("o'neil is here".title(), "x1y2".title(), "ALL CAPS".capitalize())
print("Hello".isupper(), "HELLO".isupper(), "hello".islower(), "Title Case".istitle())
print("123".isdigit(), "12a".isdigit(), "".isdigit(), "١٢".isdigit(), "½".isnumeric(), "²".isdecimal())
print("abc".isalpha(), "ab1".isalpha(), "ab1".isalnum(), "".isalpha(), "é".isalpha())
print(" \t\n".isspace(), "".isspace(), " a ".isspace())
print("name_1".isidentifier(), "1name".isidentifier(), "class".isidentifier())
print("abc".isascii(), "é".isascii(), "".isascii())
print("Hello\n".isprintable(), "Hello".isprintable())
for w in ["python", "PyThOn", "123abc", "a b"]:
    print(w, w.upper(), w.lower(), w.capitalize(), w.title())
print("ß".lower(), "İ".lower() == "i̇", "ǅ".upper(), "ǅ".lower(), "ǅ".title())
print("MiXeD".casefold(), "Straße".casefold() == "strasse")
print(str.upper("x"), str.lower("Y"))
print("hello"[0].upper() + "hello"[1:])
print(sorted(["banana", "Apple", "cherry"]), sorted(["banana", "Apple", "cherry"], key=str.lower))
print(" ".join(w.capitalize() for w in "the great gatsby".split()))
