# sandbox
# Without a writable mount there is no temporary directory: tempfile raises
# FileNotFoundError naming the directories it tried (the environment's
# TMPDIR is not granted, so it is not among them).
import tempfile
for f in (tempfile.gettempdir, tempfile.mkdtemp, tempfile.TemporaryFile, tempfile.NamedTemporaryFile):
    try:
        f()
    except FileNotFoundError as e:
        print(f.__name__, type(e).__name__, e.errno, e)
