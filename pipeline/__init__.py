"""gwr: Chinese government reports -> a validated, offset-grounded dataset.

Stages (each a plain function over one `Document`): ingest -> segment -> extract -> validate -> write.
`pipeline.run.run()` runs them over many files; `cli.py` is a thin command line over it.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("gwr")
except PackageNotFoundError:  # running from a checkout that was not installed
    __version__ = "0.0.0+local"
