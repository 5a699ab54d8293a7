"""urllib: package marker (asp provides urllib.parse only; there is no network access)."""

# a package: `from urllib import parse` imports the submodule (asp's
# importer imports fromlist names as submodules when __path__ exists)
__path__ = []
