"""frontpage: read a newspaper page's text layer, find its articles and every quantitative claim.

The package in the order data flows, one subpackage a layer::

    parse/      bytes -> Edition -> lines, blocks, paragraphs -> Article records
    numbers/    articles -> numerals -> quantities -> Claim records with context -> checks
    words/      articles -> segmentation, terms, voices, places
    pipeline    the one wiring: read -> date -> articles -> claims -> context -> checks
    evaluation/ scores against the annotated editions, known failures, first contact
    book/       what the chapters show, the downloads, the source view, the build
    cli         the ``edition`` command

A layer imports only the layers above it in this list (the architecture test checks);
``vocabulary`` reads the word lists in ``data/reference/vocabulary/``.
"""

__version__ = "0.1.0"
