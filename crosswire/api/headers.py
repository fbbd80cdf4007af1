"""The headers every answer of the server carries: the content policies of pages and of /docs
and the headers that keep pages from being framed or sniffed (``security`` sends them; an
error answered outside the middleware adds them itself, ``errors``)."""

from __future__ import annotations


def _policy(**directives: str) -> str:
    return "; ".join(f"{name.replace('_', '-')} {value}" for name, value in directives.items())


# The pages load only their own scripts and styles (/static) and read /api; they have no inline
# script. Their SVG charts and tables carry inline style attributes, hence 'unsafe-inline' for
# styles only.
PAGE_POLICY = _policy(
    default_src="'self'",
    script_src="'self'",
    style_src="'self' 'unsafe-inline'",
    img_src="'self' data: blob:",
    font_src="'self' data:",
    connect_src="'self'",
    object_src="'none'",
    base_uri="'none'",
    form_action="'self'",
    frame_ancestors="'none'",
)
# /docs (Swagger UI, served from a package: api/docs.py) starts its bundle with an inline
# script, and shows nothing but our own OpenAPI description; nothing comes from elsewhere.
DOCS_POLICY = _policy(
    default_src="'self'",
    script_src="'self' 'unsafe-inline'",
    style_src="'self' 'unsafe-inline'",
    img_src="'self' data:",
    font_src="'self' data:",
    worker_src="'self' blob:",
    connect_src="'self'",
    object_src="'none'",
    base_uri="'none'",
    frame_ancestors="'none'",
)
HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}
