"""The HTTP service (service/http/): through FastAPI's test client, a real `zhaiyao serve` process,
Schemathesis and a browser. Imported as `tests.http`, so the standard library's `http` is untouched."""
