"""concurrent: package marker (asp provides concurrent.futures)."""
