"""parse: bytes -> Edition -> lines, blocks, paragraphs -> Article records (the first layer)."""
