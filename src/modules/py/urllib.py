"""urllib: package marker (asp provides urllib.parse only; there is no network access)."""
