"""Web pages: Jinja2 shells whose small scripts read the JSON API, charts drawn as plain SVG."""
