"""rapport.html: the yearly account as one self-contained page (inline CSS, no scripts), the same blocks as the
Word document."""

from __future__ import annotations

from html import escape

from samverkan.annual.content import Block

STYLE = """
body { font-family: "Segoe UI", Arial, sans-serif; max-width: 62rem; margin: 2rem auto; padding: 0 1rem;
       color: #1d1d1b; line-height: 1.45; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; } h3 { font-size: 1.05rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.2rem; font-size: .9rem; }
th, td { border: 1px solid #bbb; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #eef2f7; }
@media print { body { margin: 0; max-width: none; } }
"""


def render_html(blocks: list[Block], lang: str) -> str:
    title = next((b.text for b in blocks if b.kind == "title"), "")
    parts = ["<!DOCTYPE html>", f'<html lang="{escape(lang)}">', "<head>", '<meta charset="utf-8">',
             "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
             f"<title>{escape(title)}</title>", f"<style>{STYLE}</style>", "</head>", "<body>"]
    tags = {"title": "h1", "h1": "h2", "h2": "h3", "p": "p"}
    for block in blocks:
        if block.kind in tags:
            parts.append(f"<{tags[block.kind]}>{escape(block.text)}</{tags[block.kind]}>")
            continue
        parts.append("<table>")
        parts.append("<thead><tr>" + "".join(f"<th>{escape(h)}</th>" for h in block.header) + "</tr></thead>")
        parts.append("<tbody>")
        for row in block.rows:
            parts.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>")
        parts.append("</tbody></table>")
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"
