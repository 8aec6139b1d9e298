"""words: segmentation, glossary, terms, voices (reads articles)."""
