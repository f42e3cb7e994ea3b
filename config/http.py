"""What every app's views share about HTTP itself."""


def wants_json(request) -> bool:
    """Whether the page's script asked for JSON (`Accept: application/json`), not a page."""
    return "application/json" in request.headers.get("Accept", "")
