"""Finished summaries on disk, so `GET /v1/summaries/{doc_id}` works across restarts.

One JSON file per document under `<cache_dir>/summaries/`, written atomically (temp file +
rename), so a crash never leaves half a summary behind. The newest summary of a document
wins: the same text asked for with other options replaces the stored one.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
from pathlib import Path

from pydantic import ValidationError

from .schemas import DocumentSummary

log = logging.getLogger(__name__)

DOC_ID = re.compile(r"^[0-9a-f]{64}$")


class SummaryStore:
    def __init__(self, root: Path):
        self.root = Path(root) / "summaries"

    def _path(self, doc_id: str) -> Path | None:
        # doc_id comes from the URL: only a sha256 hex string may become a file name.
        if not DOC_ID.match(doc_id):
            return None
        return self.root / doc_id[:2] / f"{doc_id}.json"

    def put(self, summary: DocumentSummary) -> bool:
        """Store `summary`; False (and a logged warning) when the disk refuses."""
        path = self._path(summary.doc_id)
        if path is None:
            return False
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    f.write(summary.model_dump_json())
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
            return True
        except OSError as e:
            log.warning("could not store summary %s: %s", summary.doc_id, e)
            return False

    def get(self, doc_id: str) -> DocumentSummary | None:
        path = self._path(doc_id)
        if path is None:
            return None
        try:
            return DocumentSummary.model_validate_json(path.read_bytes())
        except FileNotFoundError:
            return None
        except (OSError, ValidationError, ValueError) as e:
            # A corrupted or unreadable file is a missing summary, not a server error.
            log.warning("stored summary %s is unreadable: %s", doc_id, e)
            return None

    def writable(self) -> tuple[bool, str]:
        """Can a summary be written right now? (bool, human-readable reason)."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".probe-")
            os.close(fd)
            os.unlink(tmp)
            return True, f"{self.root} is writable"
        except OSError as e:
            return False, f"{self.root} is not writable: {e.strerror or e}"
