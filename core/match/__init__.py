"""Mentions → facts: stories, sentence alignment, what a mention is about, totals and parts, agreement."""
