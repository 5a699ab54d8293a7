# building strings: concatenation in loops, join, multiplication, reversal, counting
s = ""
for i in range(10):
    s += str(i)
print(s, len(s))
parts = []
for word in ["alpha", "beta", "gamma"]:
    parts.append(word[0].upper() + word[1:])
print("".join(parts), "-".join(parts), " ".join(p.lower() for p in parts))
print("ab" * 5, "-" * 20, "=" * 0 + "|")
text = "The quick brown fox jumps over the lazy dog"
print(text[::-1], " ".join(text.split()[::-1]), " ".join(w[::-1] for w in text.split()))
vowels = sum(1 for c in text.lower() if c in "aeiou")
print("vowels", vowels, "letters", sum(c.isalpha() for c in text), "upper", sum(c.isupper() for c in text))
counts = {}
for c in text.lower():
    if c.isalpha():
        counts[c] = counts.get(c, 0) + 1
print(len(counts), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(sorted(set(text.lower()) - set(" ")) == sorted("abcdefghijklmnopqrstuvwxyz"))
acronym = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acronym)
print("".join(chr(ord(c) + 1) for c in "HAL"), "".join(sorted("python", reverse=True)))
lines = ["first line", "second", "third one here"]
width = max(len(l) for l in lines)
print("+" + "-" * (width + 2) + "+")
for l in lines:
    print("| " + l.ljust(width) + " |")
print("+" + "-" * (width + 2) + "+")
snake = "some_variable_name"
camel = snake.split("_")[0] + "".join(w.title() for w in snake.split("_")[1:])
print(camel)
back = "".join("_" + c.lower() if c.isupper() else c for c in camel)
print(back, back == snake)
print("a,b;c d".replace(",", " ").replace(";", " ").split())
print(str(12345)[::-1], int(str(12345)[::-1]) + 1, sum(int(d) for d in str(2 ** 50)))
print("%s" % "x" * 3, ("%s" % "x") * 3)
