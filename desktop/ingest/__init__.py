"""Reading news texts into draft agreements: article text in, proposed records out.

Qt-free and offline. ``read_article`` proposes drafts with the sentences behind each
value; ``catalogue`` checks them against the catalogue and accepts the chosen ones.
"""

from desktop.ingest.catalogue import (
    Accepted,
    Decision,
    accept,
    load_article,
    possible_duplicates,
)
from desktop.ingest.drafts import Draft, Quote
from desktop.ingest.reader import read_article
from desktop.ingest.text import Article

__all__ = [
    "Accepted",
    "Article",
    "Decision",
    "Draft",
    "Quote",
    "accept",
    "load_article",
    "possible_duplicates",
    "read_article",
]
