"""The actor-pair page in Chromium, laid out 390 px wide (browser.measuring), over the
workbench store (Norway and Chile): plain SVG, no plotly, a mark for every dated event of the
pair, and nothing wider than the phone or cut off by its box."""

import re

import pytest

from tests.web.browser import chromium, measured, measuring, require_chromium, serving_app

PAIR = "/pairs/code:NOR/code:CHL"


@pytest.fixture(scope="module")
def server(workbench_db):
    require_chromium()
    from crosswire.api import create_app

    with serving_app(measuring(create_app(workbench_db))) as base:
        yield base


def test_shell_loads_no_chart_library(workbench_db):
    from fastapi.testclient import TestClient

    from crosswire.api import create_app

    with TestClient(create_app(workbench_db)) as client:
        page = client.get(PAIR).text
        assert client.get("/vendor/plotly.min.js").status_code == 404
    assert "plotly" not in page.lower() and "/static/charts.js" in page


@pytest.mark.browser
@pytest.mark.parametrize("query", ["", "?interval=week", "?interval=day&directed=true"])
def test_pair_page_fits_a_phone(server, query):
    dom, console = chromium(f"{server}{PAIR}{query}", size=(390, 900))
    seen = measured(dom)
    assert console == [] and 'data-state="ready"' in dom
    assert seen["outside"] == [] and seen["widest"] <= 390
    assert not [p for p in seen["requested"] if "plotly" in p or p.startswith("/vendor/")]
    assert "/static/charts.js" in seen["requested"]


@pytest.mark.browser
def test_pair_page_draws_each_dated_event(server):
    dom, _ = chromium(f"{server}{PAIR}", size=(390, 900))
    chart = dom[dom.index('id="series"') : dom.index('id="summary"')]
    assert 'class="pairchart"' in chart
    # May 2023: the talks (told by two reports), the accusation and the expulsion; the 1976
    # pact is dated to the year only, so the monthly series leaves it out and so does the chart
    dot = r'<a href="/articles/[^"]+#ev-[0-9a-f]+" class="dot" data-event="([0-9a-f]+)"'
    dots = re.findall(dot, chart)
    assert len(dots) == 4 and len(set(dots)) == 4
    bars = re.findall(r'class="count" data-period="([\d-]+)" data-value="(\d+)"', chart)
    assert bars == [("2023-05-01", "4")]
    assert chart.count('class="mean goldstein"') == 2  # the line and the month's tick
    assert "left out" in dom and 'href="/actors/code%3ANOR"' in dom


@pytest.mark.browser
def test_day_interval_keeps_quiet_days_between(server):
    dom, _ = chromium(f"{server}{PAIR}?interval=day", size=(390, 900))
    chart = dom[dom.index('id="series"') : dom.index('id="summary"')]
    bars = re.findall(r'class="count" data-period="([\d-]+)" data-value="(\d+)"', chart)
    assert bars == [("2023-05-08", "2"), ("2023-05-10", "1"), ("2023-05-22", "1")]
    xs = [float(x) for x in re.findall(r'<rect x="([\d.]+)"[^>]*class="count"', chart)]
    # 8 to 10 May is two days, 10 to 22 May twelve: the gaps show on the axis
    assert xs[2] - xs[1] > 4 * (xs[1] - xs[0]) > 0
    assert '<option value="day" selected' in dom or 'value="day"' in dom
