"""Documents → sentences: Arabic normalisation, sentence spans, page furniture, text search, word classes."""
