"""A corpus of editions: the whole pipeline over every edition under a folder, on Dask.

``edition corpus DIR --out OUT`` (:func:`.run.run_corpus`) walks DIR for editions, runs
:mod:`frontpage.pipeline` on each (read → date → articles → claims with context) on a Dask
cluster (a local one by default, or an existing one by address), and writes Parquet datasets:

- ``OUT/editions/``: one row per edition (its path under DIR, sha256, date, paper, page, counts,
  status and, for a bad edition, the error);
- ``OUT/articles/`` and ``OUT/claims/``: the documented article and claim records, each with the
  edition's key (``edition``, its path under DIR);
- ``OUT/errors.csv``: the editions that could not be read (edition, one-line error).

The layer's parts, in the order data flows: :mod:`.schema` (the tables' columns),
:mod:`.records` (one edition → rows; runs on the workers), :mod:`.store` (the Parquet datasets:
atomic part files, resume, replace), :mod:`.run` (walk, batch, schedule, progress) and
:mod:`.generate` (a synthetic corpus for tests and benchmarks).
"""
