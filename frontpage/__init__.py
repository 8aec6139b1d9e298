"""frontpage: read a newspaper page's text layer, find its articles and every quantitative claim.

The pipeline, one module a step::

    reading   bytes -> Edition (strict decoding, clear errors)
    layout    line widths, blocks, column widths
    reflow    lines -> paragraphs (column breaks, split numbers, display spacing)
    articles  paragraphs -> Article records with their parts
    numbers   numerals, scales and units -> values
    claims    articles -> Claim records with subject, period, comparison

``frontpage.book.page.load()`` runs it for the book; ``edition`` is the command line.
"""

__version__ = "0.1.0"
