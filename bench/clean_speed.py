"""How long the clean stage takes: each seed (warm), a 1 MB HTML page and 1 MB of plain text.

Run: .venv/bin/python bench/clean_speed.py
The pages are generated here (no web content): a realistic page is mostly markup around a long
article; the text case is one megabyte of article paragraphs with a little chrome.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from service.cleaning import clean

ROOT = Path(__file__).resolve().parents[1]


def timed(fn, repeat: int = 5) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def html_page(target_bytes: int = 1_000_000) -> str:
    nav = "".join(f'<li><a href="/c{i}">栏目{i}</a></li>' for i in range(40))
    script = "<script>var cfg = {" + ",".join(f'"k{i}": {i}' for i in range(2000)) + "};</script>"
    paragraphs = []
    i = 0
    body = ""
    while len(body.encode()) < target_bytes * 0.45:
        i += 1
        paragraphs.append(
            f"<p>第{i}段：全县新签约项目{i}个，总投资{i * 3}亿元，同比增长{i % 40}.5%，"
            f"带动就业{i * 7}人，力争全年完成固定资产投资{i + 100}亿元。</p>"
        )
        body = "".join(paragraphs)
    related = "".join(f'<li><a href="/n{i}">相关新闻标题第{i}条</a></li>' for i in range(200))
    page = (
        f"<!DOCTYPE html><html><head><title>县域经济报道_某某新闻网</title>{script}</head><body>"
        f'<div id="nav"><ul>{nav}</ul></div><div class="crumb">当前位置：首页 &gt; 新闻</div>'
        f'<h1>县域经济报道</h1><div class="info">发布时间：2024-03-18 09:30 来源：某某新闻网</div>'
        f'<div class="content">{body}</div><div class="related"><ul>{related}</ul></div>'
    )
    filler = '<div class="ad"><a href="/ad"><img src="/a.png" alt="广告"></a></div>'
    while len(page.encode()) < target_bytes:
        page += filler
    return page + '<div class="footer">版权所有 某某新闻网 ICP备12345678号</div></body></html>'


def plain_text(target_bytes: int = 1_000_000) -> str:
    lines = [
        "首页 | 新闻 | 政务 | 民生 | 视频",
        "县域经济报道",
        "发布时间：2024-03-18 09:30 来源：某某新闻网",
    ]
    i = 0
    while len("\n\n".join(lines).encode()) < target_bytes:
        i += 1
        lines.append(
            f"第{i}段：全县新签约项目{i}个，总投资{i * 3}亿元，同比增长{i % 40}.5%，"
            f"带动就业{i * 7}人，力争全年完成固定资产投资{i + 100}亿元。"
        )
    lines.append("版权所有 某某新闻网 ICP备12345678号")
    return "\n\n".join(lines)


def main() -> None:
    clean("热身")  # loads the OpenCC dictionaries once
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        clean(text)
        print(f"seed {seed.stem}: {timed(lambda t=text: clean(t), 20) * 1000:.1f} ms")
    page = html_page()
    print(f"HTML page {len(page.encode()) / 1e6:.2f} MB: {timed(lambda: clean(page), 3) * 1000:.0f} ms")
    text = plain_text()
    print(f"plain text {len(text.encode()) / 1e6:.2f} MB: {timed(lambda: clean(text), 3) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
