"""Sentences → mentions: the families of things an article reports (numbers today)."""
