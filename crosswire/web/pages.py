"""The HTML pages. Each is a shell; its script reads the JSON API (ARCHITECTURE.md: pages read
the API), so a page shows exactly what the API answers."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

HERE = Path(__file__).parent
TEMPLATES = Jinja2Templates(directory=HERE / "templates")
router = APIRouter(include_in_schema=False)


def _page(request: Request, name: str, **context: str) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(request, name, context)


@router.get("/", response_class=HTMLResponse)
def index(request: Request) -> HTMLResponse:
    return _page(request, "index.html")


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(request: Request, story_id: str) -> HTMLResponse:
    return _page(request, "story.html", story_id=story_id)


@router.get("/pairs/{a}/{b}", response_class=HTMLResponse)
def pair(request: Request, a: str, b: str) -> HTMLResponse:
    return _page(request, "pair.html", a=a, b=b)


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article(request: Request, article_id: str) -> HTMLResponse:
    return _page(request, "article.html", article_id=article_id)


@router.get("/events", response_class=HTMLResponse)
def events(request: Request) -> HTMLResponse:
    # the places map draws here once static/map.js ships; until then its box stays empty
    has_map = "true" if (HERE / "static" / "map.js").is_file() else ""
    return _page(request, "events.html", has_map=has_map)


@router.get("/actors", response_class=HTMLResponse)
def actors(request: Request) -> HTMLResponse:
    return _page(request, "actors.html")


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor(request: Request, actor_id: str) -> HTMLResponse:
    return _page(request, "actor.html", actor_id=actor_id)


@router.get("/overview", response_class=HTMLResponse)
def overview(request: Request) -> HTMLResponse:
    return _page(request, "overview.html")


@router.get("/network", response_class=HTMLResponse)
def network(request: Request) -> HTMLResponse:
    return _page(request, "network.html")


def mount_web(app: FastAPI) -> None:
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
