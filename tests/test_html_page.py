"""Saved web pages → RawArticle: article text in, page chrome out."""
import hashlib

import pytest

from loaders.html_page import decode_html, read_html
from loaders.read import ReadError

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kazakhstan and Korea sign mining accord | The Daily Courier</title>
<meta property="og:title" content="Kazakhstan and Korea sign mining accord">
<meta property="article:published_time" content="2025-05-28T09:30:00+05:00">
<meta name="description" content="Astana and Seoul agreed on critical minerals.">
</head>
<body>
<header class="site-header">
  <div class="logo"><a href="/">The Daily Courier</a></div>
  <nav class="main-nav"><ul>
    <li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
    <li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li>
    <li><a href="/subscribe">Subscribe to our newsletter</a></li>
  </ul></nav>
</header>
<main>
<article class="story">
  <h1 class="headline">Kazakhstan and Korea sign mining accord</h1>
  <div class="byline">By Aigerim Sadykova &middot;
    <time datetime="2025-05-28T09:30:00+05:00">28 May 2025</time></div>
  <div class="story-body">
    <p>ASTANA &mdash; Kazakhstan and the Republic of Korea signed a memorandum of
    understanding on cooperation in critical minerals on Wednesday, during
    President Yoon's state visit to Astana.</p>
    <p>The agreement covers joint exploration of tungsten and lithium deposits in
    the east of the country, and a processing plant near Ust-Kamenogorsk,
    officials said.</p>
    <p>Bilateral trade between the two countries reached $6.4 billion last year,
    up 12 percent from 2023, according to the Kazakh trade ministry.</p>
    <p>"This is a new chapter in our strategic partnership," the Kazakh foreign
    minister told reporters after the ceremony in the Akorda palace.</p>
  </div>
</article>
<aside class="related">
  <h2>Related stories</h2>
  <ul>
    <li><a href="/world/1">Uzbekistan opens new border crossing with Tajikistan</a></li>
    <li><a href="/world/2">China pledges $2bn for Kyrgyz railway project</a></li>
    <li><a href="/world/3">Oil prices rise as OPEC+ weighs cuts</a></li>
  </ul>
</aside>
</main>
<footer class="site-footer">
  <p>&copy; 2025 The Daily Courier. All rights reserved.</p>
  <p><a href="/privacy">Privacy policy</a> &middot; <a href="/terms">Terms of use</a>
     &middot; <a href="/contact">Contact us</a></p>
</footer>
</body></html>
"""

CHROME = ["World", "Business", "Subscribe", "Related stories", "Uzbekistan",
          "Kyrgyz railway", "OPEC", "All rights reserved", "Privacy policy",
          "Terms of use", "Contact us", "Daily Courier"]


def test_title_date_and_body_come_out_and_chrome_does_not():
    art = read_html("accord.html", PAGE.encode("utf-8"), "/saved/accord.html")
    lines = art.text.split("\n")
    assert art.name == "accord.html"
    assert art.path == "/saved/accord.html"
    assert art.title == "Kazakhstan and Korea sign mining accord"
    assert art.published == "2025-05-28"
    # title first, then one paragraph per line, wrapped source lines joined
    assert lines[0] == art.title
    assert lines[1].startswith("ASTANA — Kazakhstan and the Republic of Korea signed")
    assert lines[1].endswith("President Yoon's state visit to Astana.")
    assert len(lines) == 5
    assert lines[3].startswith("Bilateral trade between the two countries reached $6.4 billion")
    assert lines[4].endswith("in the Akorda palace.")
    assert art.text.count(art.title) == 1  # the h1 is not repeated in the body
    for chrome in CHROME:
        assert chrome not in art.text, chrome
    assert art.content_hash == hashlib.sha256(art.text.encode("utf-8")).hexdigest()


def test_visible_published_line_without_meta_and_no_guess_from_copyright():
    page = """<html><head><title>Ministers meet in Baku - Gazette</title></head><body>
    <div id="top"><a href="/">Home</a> | <a href="/news">News</a></div>
    <div class="content"><h1>Ministers meet in Baku</h1>
    <div class="meta">Published: 3 March 2024</div>
    <div class="txt">Azerbaijan and Rwanda signed an air services agreement in Baku on
    Monday, officials said, opening the way for direct flights between the two
    capitals later this year.</div></div>
    <div id="foot">Copyright 2025 Gazette</div></body></html>"""
    art = read_html("baku.htm", page.encode())
    assert art.title == "Ministers meet in Baku"
    assert art.published == "2024-03-03"
    assert "Azerbaijan and Rwanda signed an air services agreement" in art.text
    undated = read_html("baku.htm", page.replace("Published: 3 March 2024", "").encode())
    assert undated.published is None  # not 2025-01-01 from the copyright line


@pytest.mark.parametrize("page", [
    # a section front: menus, a heading and teaser links only
    """<html><head><title>The Daily Courier - Home</title></head><body>
    <header><nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
    </ul></nav></header><main><h2>Latest</h2><ul>
    <li><a href="/a">Uzbekistan opens new border crossing with Tajikistan</a></li>
    <li><a href="/b">China pledges $2bn for Kyrgyz railway project</a></li></ul></main>
    <footer><p>&copy; 2025 The Daily Courier. All rights reserved.</p></footer></body></html>""",
    "<html><head><title>Empty</title></head><body></body></html>",
])
def test_page_without_article_body_raises(page):
    with pytest.raises(ReadError, match="no article body found in the page"):
        read_html("front.html", page.encode())


def test_empty_bytes_raise():
    with pytest.raises(ReadError):
        read_html("empty.html", b"  \n")


def _plain_page(first_words: str, charset_meta: str = "") -> str:
    return PAGE.replace('<meta charset="utf-8">', charset_meta).replace(
        "ASTANA &mdash;", first_words + " -").replace("&middot;", "-").replace("&copy;", "(c)")


def test_charset_from_meta_tag():
    page = _plain_page("АСТАНА",
                       '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">')
    art = read_html("ru.html", page.encode("cp1251"))
    assert art.text.split("\n")[1].startswith("АСТАНА - Kazakhstan")


def test_latin1_declared_means_cp1252_and_undeclared_legacy_bytes_decode():
    declared = _plain_page("ASTANÁ “quoted”", '<meta charset="iso-8859-1">')
    assert "ASTANÁ “quoted”" in read_html("a.html", declared.encode("cp1252")).text
    undeclared = _plain_page("ASTANÁ café")
    assert "ASTANÁ café -" in read_html("b.html", undeclared.encode("cp1252")).text


def test_boms_and_xml_declaration():
    assert decode_html(b"\xef\xbb\xbf<p>caf\xc3\xa9</p>") == "<p>café</p>"
    assert decode_html(b"\xff\xfe" + "<p>café</p>".encode("utf-16-le")) == "<p>café</p>"
    xhtml = '<?xml version="1.0" encoding="utf-8"?>\n' + PAGE
    art = read_html("x.xhtml", xhtml.encode("utf-8"))
    assert art.title == "Kazakhstan and Korea sign mining accord"
    utf16 = read_html("w.html", b"\xff\xfe" + PAGE.encode("utf-16-le"))
    assert utf16.text == read_html("u.html", PAGE.encode("utf-8")).text


HARD_PAGE = """<html><head><meta charset="utf-8">
<title>Ghana and Togo leaders meet in Accra - West Africa Daily</title>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ghana and Togo leaders meet in Accra",
 "datePublished": "2024-03-14T08:00:00Z", "dateModified": "2024-03-20T08:00:00Z"}</script>
</head><body>
<div class="topbar"><a href="/">Home</a><a href="/politics">Politics</a><a href="/login">Log in</a></div>
<div class="container"><article>
<h1>Ghana and Togo leaders meet in Accra</h1>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
<figure><img src="a.jpg"><figcaption>Photo: the two presidents in Accra. (AFP)</figcaption></figure>
<p>ACCRA, 14 March 2024 – Togo's President Faure Gnassingbé arrived in Accra on Thursday for a
two-day working visit, during which the two leaders are expected to discuss border security and trade.</p>
<p>Read more: <a href="/x">Ghana's cocoa exports fall for the third year</a></p>
<p>The two countries signed a memorandum of understanding on energy cooperation, covering the supply
of electricity from Ghana's Akosombo dam to Lomé, officials said.</p>
<div class="newsletter"><h3>Get our newsletter</h3><p>Sign up for the best of West Africa Daily.</p>
<form><input type="email"></form></div>
<p>Trade between Ghana and Togo was worth $450 million in 2023, according to the
<a href="https://statsghana.gov.gh">Ghana Statistical Service</a>.</p>
<div class="tags">Tags: <a href="/t/ghana">Ghana</a> <a href="/t/togo">Togo</a></div>
<section class="related"><h2>More from Politics</h2>
<div class="card"><a href="/1"><h3>Nigeria and Benin reopen border</h3>
<p>The two countries agreed to reopen the Seme crossing after talks...</p></a></div>
</section></article>
<div class="comments"><h3>Comments (2)</h3>
<p>Great news for both countries, finally some progress on the border issue!</p></div></div>
<footer><p>West Africa Daily © 2024</p><a href="/about">About</a></footer>
</body></html>"""


def test_in_article_chrome_teasers_and_comments_are_left_out():
    art = read_html("accra.html", HARD_PAGE.encode("utf-8"))
    assert art.published == "2024-03-14"  # datePublished, not dateModified
    assert art.text.split("\n") == [
        "Ghana and Togo leaders meet in Accra",
        "ACCRA, 14 March 2024 – Togo's President Faure Gnassingbé arrived in Accra on Thursday for a "
        "two-day working visit, during which the two leaders are expected to discuss border security and trade.",
        "The two countries signed a memorandum of understanding on energy cooperation, covering the supply "
        "of electricity from Ghana's Akosombo dam to Lomé, officials said.",
        # a link inside a sentence is kept: only link-dominated short blocks are teasers
        "Trade between Ghana and Togo was worth $450 million in 2023, according to the "
        "Ghana Statistical Service.",
    ]


from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=60, deadline=None)
@given(st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=600).map(lambda t: f"<html><body><p>{t}</p><a href='/x'>{t[:20]}</a></body></html>".encode()),
))
def test_any_bytes_give_an_article_or_a_read_error(data):
    try:
        art = read_html("fuzz.html", data)
    except ReadError:
        return
    assert art.text.strip() and "\n\n" not in art.text
    assert art.content_hash == hashlib.sha256(art.text.encode("utf-8")).hexdigest()
