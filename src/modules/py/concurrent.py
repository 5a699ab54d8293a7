"""concurrent: package marker (asp provides concurrent.futures)."""

# a package: `from concurrent import futures` imports the submodule
__path__ = []
