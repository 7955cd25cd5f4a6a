"""The site's one stylesheet and one script (local files: the site needs no network)."""

from __future__ import annotations

__all__ = ["SCRIPT", "STYLE"]

#: Colours are CSS variables so the accessibility test can read and check each pair.
STYLE = """\
:root {
  --text: #1b1b1b; --background: #ffffff; --muted: #4a4a4a; --link: #0b4f8a;
  --rule: #d0d7de; --panel: #f4f6f8;
  --asserted-text: #1d5b24; --asserted-bg: #e6f4e8;
  --hedged-text: #6b3f00; --hedged-bg: #fff1d6;
  --negated-text: #9d1c1c; --negated-bg: #fde8e8;
}
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC",
  "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; line-height: 1.5;
  color: var(--text); background: var(--background); }
body { margin: 0; }
main, h1, h2, h3, p, li, dd, code, .curie { overflow-wrap: anywhere; }
header.site, footer.site { background: var(--panel); border-bottom: 1px solid var(--rule); }
footer.site { border-top: 1px solid var(--rule); border-bottom: 0; margin-top: 3rem; }
header.site nav, footer.site p, main { max-width: 62rem; margin: 0 auto; padding: 0.6rem 1rem; }
header.site nav { display: flex; flex-wrap: wrap; gap: 0.2rem 1.2rem; }
header.site nav a { font-weight: 600; }
a { color: var(--link); }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 1rem 0 0.4rem; }
h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.1rem; margin-top: 1.4rem; }
.muted, .curie { color: var(--muted); }
.curie, code, pre { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
pre { background: var(--panel); padding: 0.8rem; overflow-x: auto; border: 1px solid var(--rule); }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem;
  border-bottom: 1px solid var(--rule); overflow-wrap: anywhere; }
th { background: var(--panel); }
dl.props { display: grid; grid-template-columns: minmax(8rem, 14rem) 1fr; gap: 0.2rem 1rem; }
dl.props dt { font-weight: 600; }
dl.props dd { margin: 0; overflow-wrap: anywhere; }
.claim { border: 1px solid var(--rule); border-radius: 4px; padding: 0.5rem 0.8rem; margin: 0.6rem 0; }
.certainty { display: inline-block; padding: 0 0.45rem; border-radius: 3px; font-weight: 600;
  font-size: 0.9rem; }
.certainty.asserted { color: var(--asserted-text); background: var(--asserted-bg); }
.certainty.hedged { color: var(--hedged-text); background: var(--hedged-bg); }
.certainty.negated { color: var(--negated-text); background: var(--negated-bg); }
blockquote { margin: 0.4rem 0; padding-left: 0.8rem; border-left: 3px solid var(--rule); }
#search { width: 100%; font-size: 1.1rem; padding: 0.4rem; border: 1px solid var(--muted); }
#results li { margin: 0.2rem 0; }
figure { margin: 1rem 0; }
figure img { max-width: 100%; height: auto; border: 1px solid var(--rule); }
@media (max-width: 40rem) {
  dl.props { grid-template-columns: 1fr; }
  h1 { font-size: 1.4rem; }
}
"""

#: The landing page's search over the local index (``search-index.js``, loaded before this).
SCRIPT = """\
(function () {
  "use strict";
  var index = window.FIRESLD_INDEX || [];
  var input = document.getElementById("search");
  var list = document.getElementById("results");
  var status = document.getElementById("search-status");
  if (!input || !list) { return; }
  function norm(text) { return text.normalize("NFKC").toLowerCase(); }
  var prepared = index.map(function (entry) {
    return { entry: entry, text: norm([entry.curie].concat(entry.labels, entry.synonyms).join(" \\u0001 ")) };
  });
  function show() {
    var query = norm(input.value.trim());
    list.textContent = "";
    if (!query) { status.textContent = ""; return; }
    var hits = prepared.filter(function (p) { return p.text.indexOf(query) >= 0; });
    hits.sort(function (a, b) {
      var ea = a.entry.labels.some(function (l) { return norm(l) === query; }) ? 0 : 1;
      var eb = b.entry.labels.some(function (l) { return norm(l) === query; }) ? 0 : 1;
      return ea - eb || (a.entry.curie < b.entry.curie ? -1 : 1);
    });
    status.textContent = hits.length + (hits.length === 1 ? " match" : " matches");
    hits.slice(0, 50).forEach(function (p) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = p.entry.page;
      a.textContent = p.entry.labels.join(" · ") || p.entry.curie;
      var span = document.createElement("span");
      span.className = "curie";
      span.textContent = " " + p.entry.curie + " (" + p.entry.kind + ")";
      li.appendChild(a);
      li.appendChild(span);
      list.appendChild(li);
    });
  }
  input.addEventListener("input", show);
  show();
})();
"""
