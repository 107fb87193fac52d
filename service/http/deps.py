"""What an endpoint gets from its app: the objects `create_app` put on `app.state`, as dependencies.

Each is an `Annotated` alias (`settings: SettingsDep`), so a route says what it uses and a test
builds the app with what it wants (`create_app(settings, summarize=...)`) instead of patching
modules. The getters are `async`: FastAPI would run plain functions in a thread. (`POST
/v1/summaries` reads `app.state` itself: see `summaries.create_summary`.)
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Annotated, Protocol

from fastapi import Depends, Request

from ..metrics import ServiceMetrics
from ..progress import ProgressCallback
from ..schemas import DocumentSummary, SummaryOptions
from ..settings import Settings
from ..store import SummaryStore


class Summarize(Protocol):
    """The signature of `service.pipeline.asummarize`, the app's default summarize function."""

    def __call__(
        self,
        text: str | bytes,
        options: SummaryOptions,
        *,
        title: str | None = None,
        settings: Settings | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> Awaitable[DocumentSummary]: ...


async def get_settings_from_app(request: Request) -> Settings:
    return request.app.state.settings


async def get_metrics(request: Request) -> ServiceMetrics:
    return request.app.state.metrics


async def get_store(request: Request) -> SummaryStore:
    return request.app.state.store


SettingsDep = Annotated[Settings, Depends(get_settings_from_app)]
MetricsDep = Annotated[ServiceMetrics, Depends(get_metrics)]
StoreDep = Annotated[SummaryStore, Depends(get_store)]
