"""Web pages: Jinja2 shells whose small scripts read the JSON API, and plotly for charts."""
