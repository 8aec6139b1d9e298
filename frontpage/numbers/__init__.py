"""numbers: numerals -> quantities -> Claim records with their context -> checks (reads articles, never words or book)."""
