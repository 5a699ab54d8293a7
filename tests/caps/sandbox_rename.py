# sandbox
# flags: --allow-read=data --allow-write=out --allow-write=out2
# os.rename and Path.rename stay inside writable mounts: both names need
# write access, and a rename between two mounts is refused as across file
# systems (EXDEV); a mount's own directory cannot be renamed.
import os
from pathlib import Path
def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)
with open("out/f.txt", "w") as fh:
    fh.write("data\n")
attempt("from read-only", lambda: os.rename("data/hello.txt", "out/h.txt"))
attempt("into read-only", lambda: os.rename("out/f.txt", "data/f.txt"))
attempt("out of the tree", lambda: os.rename("out/f.txt", "../stolen.txt"))
attempt("absolute outside", lambda: os.rename("out/f.txt", "/tmp/asp-stolen.txt"))
attempt("across mounts", lambda: os.rename("out/f.txt", "out2/f.txt"))
attempt("the mount itself", lambda: os.rename("out", "out/x"))
attempt("onto the mount", lambda: os.rename("out/f.txt", "out"))
attempt("symlink source", lambda: os.rename("data/link_out", "out/l"))
attempt("inside", lambda: Path("out/f.txt").rename("out/g.txt"))
attempt("read back", lambda: open("out/g.txt").read())
attempt("listing", lambda: sorted(os.listdir("out")))
