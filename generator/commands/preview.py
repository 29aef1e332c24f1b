"""The live preview behind `agenda serve`: MkDocs' server, rebuilding only the pages that changed.

The generator rewrites only the Markdown files whose content changed, so MkDocs' "dirty"
rebuild (pages newer than their HTML) rebuilds exactly the pages an edit touched: a saved
edit shows within a second or two at any agenda size, where a full rebuild grows with the
agenda. Two things a dirty rebuild gets wrong are set right here: pages that are not rebuilt
have no title, so the navigation gets its titles from the generated pages' front matter; and
MkDocs warns on every dirty rebuild, so the preview is not strict (`agenda build` is).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.commands.serve import serve as mkdocs_serve
from mkdocs.utils.meta import get_data

from .build import CONFIG_FILE, _config


def serve_site(port: int, settings: dict[str, Any], config_file: Path = CONFIG_FILE) -> None:
    """Serve docs/ on 127.0.0.1:`port`; `settings` are the agenda's (build.site_settings)."""
    docs_dir = Path(_config(config_file).docs_dir)
    nav = [_titled(entry, docs_dir) for entry in settings.get("nav") or _config(config_file).nav or []]
    mkdocs_serve(str(config_file), livereload=True, build_type="dirty", dev_addr=f"127.0.0.1:{port}",
                 strict=False, **{**settings, "nav": nav})


def _titled(entry: Any, docs_dir: Path) -> Any:
    """`omraden/index.md` as `{"Områden": "omraden/index.md"}`, the title from the page's front matter."""
    if isinstance(entry, str) and (docs_dir / entry).is_file():
        title = get_data((docs_dir / entry).read_text(encoding="utf-8"))[1].get("title")
        if title:
            return {str(title): entry}
    return entry
