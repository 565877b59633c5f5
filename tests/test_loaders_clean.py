from loaders.clean import clean
from loaders.model import Segment
from loaders.sentences import split_sentences

PAGE = """Ghana, Benin sign two agreements as minister visits Cotonou

Accra, 4 June 2024 – Ghana and Benin on Monday signed two agreements.

Photo: The ministers at the ceremony. Credit: Ministry

Read also: Cedi slides against the dollar

The talks covered trade. Mr. Mensah said the U.S. market mattered.

Share this story: Facebook | X

MORE FROM THE SITE
Togo and Niger sign pact on
Burkina Faso opens new road to...
"""


def kinds(text):
    return [(sg.kind, " ".join(sg.text.split())[:25]) for sg in clean(text)]


def test_chrome_rules():
    segs = clean(PAGE)
    by_kind = {}
    for sg in segs:
        by_kind.setdefault(sg.kind, []).append(" ".join(sg.text.split()))
    assert by_kind["title"] == ["Ghana, Benin sign two agreements as minister visits Cotonou"]
    assert by_kind["dateline"] == ["Accra, 4 June 2024 –"]
    chrome = " ".join(by_kind["chrome"])
    for piece in ("Photo:", "Read also", "Share this", "MORE FROM", "Togo and Niger", "Burkina Faso opens"):
        assert piece in chrome
    assert not any("Togo" in b for b in by_kind["body"])


def test_sentences_keep_offsets_and_abbreviations():
    segs = clean(PAGE)
    sents = split_sentences(PAGE, segs, kinds=("body",))
    texts = [s.text for s in sents]
    assert "Ghana and Benin on Monday signed two agreements." in texts
    assert "Mr. Mensah said the U.S. market mattered." in texts
    for s in sents:
        assert " ".join(PAGE[s.start:s.end].split()) == s.text


def test_wire_copy_rejoined():
    wire = ("NIGERIA, BRITAIN SIGN DEBT ACCORD\n31 Mar 1987\nLONDON, March 31 -\n\n"
            "Nigeria and Britain signed an agreement\nto reschedule Nigeria's official debts in the first of an\n"
            "expected series of such talks, government sources said.\n"
            "    The agreement was signed by the finance minister\nof Nigeria and an official of the\n"
            "department, the sources added today.\n REUTER\n")
    segs = clean(wire)
    assert [sg.kind for sg in segs][:3] == ["title", "dateline", "dateline"]
    sents = split_sentences(wire, segs, kinds=("body",))
    assert len(sents) == 2
    assert sents[0].text.startswith("Nigeria and Britain signed an agreement to reschedule")
    assert segs[-1].kind == "chrome"


SITE_PAGE = """THE HARBOUR TIMES
News | Business | Sport | Culture | Opinion
World > Europe

ECONOMY

Norway, Chile sign three pacts as minister ends Santiago visit

Published: Wednesday, 9 April 2025 | 10:15 CLT

[Photo: The two ministers shake hands in Santiago. Harbour Times]

Norway and Chile on Tuesday signed three agreements.
"""


def test_masthead_menu_section_labels_and_bracketed_captions_are_chrome():
    from loaders.resolve.dates import find_publication_date
    segs = clean(SITE_PAGE)
    kinds = {sg.text.strip(): sg.kind for sg in segs}
    assert kinds["Norway, Chile sign three pacts as minister ends Santiago visit"] == "title"
    for line in ("THE HARBOUR TIMES", "News | Business | Sport | Culture | Opinion", "World > Europe", "ECONOMY",
                 "[Photo: The two ministers shake hands in Santiago. Harbour Times]"):
        assert kinds[line] == "chrome", line
    assert kinds["Published: Wednesday, 9 April 2025 | 10:15 CLT"] == "dateline"
    assert find_publication_date(SITE_PAGE, segs).iso() == "2025-04-09"
    assert kinds["Norway and Chile on Tuesday signed three agreements."] == "body"


def test_a_wire_headline_in_capitals_stays_the_title():
    segs = clean("JAPAN TRADE SURPLUS\n12 Mar 1987\nTOKYO, March 12 -\n\n    Japan's surplus rose, officials said.\n")
    assert segs[0].kind == "title" and segs[0].text.strip() == "JAPAN TRADE SURPLUS"


def test_agency_datelines_with_the_date_after_the_source_or_no_dash():
    from loaders.resolve.dates import find_publication_date
    for text, want in [("Headline about two states\n\nHanoi (VNA) 22/01/2025 — The ministers met.\n", "2025-01-22"),
                       ("Headline about two states\n\nHavana, Jul 9, 2024 (Prensa Latina) Cuba and Ghana signed a pact.\n", "2024-07-09")]:
        segs = clean(text)
        assert "dateline" in [s.kind for s in segs], text
        assert find_publication_date(text, segs).iso() == want


def test_filipino_short_form_of_maria_is_no_sentence_end():
    page = ("Title of story\n\nSecretary of Labor Ma. Corazon Reyes concluded a visit to Canada. "
            "Alibaba was founded by Jack Ma. The company grew fast.\n")
    texts = [s.text for s in split_sentences(page, clean(page), kinds=("body",))]
    assert "Secretary of Labor Ma. Corazon Reyes concluded a visit to Canada." in texts
    assert "The company grew fast." in texts


def test_photo_captions_and_credits_are_chrome():
    page = ("Title of story\n\nGhana and Togo signed two memoranda on Tuesday.\n\n"
            "President Kofi Mensah (right) and President Yao Agbeko review an honour guard in Accra on Tuesday.\n\n"
            "GNA FOTO/Ama Boateng/nym.\n\nThe other two memoranda cover tourism and culture.\n")
    segs = clean(page)
    body = [sg.text for sg in segs if sg.kind == "body"]
    assert not any("honour guard" in b or "FOTO" in b for b in body)
    assert any("other two memoranda" in b for b in body)
    # a party label in a quote is no caption
    page2 = "Title of story\n\nSenator Bob Hale (R) said the treaty with Ghana was signed.\n"
    assert any("Bob Hale" in sg.text for sg in clean(page2) if sg.kind == "body")


# a title and a dateline, so that what follows is read as the body
_HEAD = "Minister visits Paraguay\n\nAsuncion, 5 March 2025 - The minister met officials.\n\n"


def test_a_numbered_paragraph_after_a_roman_list_is_a_sentence_of_its_own():
    # Embassy releases number their paragraphs; a list of documents inside paragraph 4
    # ends where paragraph 5 begins, so what paragraph 5 says is read on its own.
    page = (_HEAD +
            "4. In the presence of the two Ministers, the following documents were signed:\n"
            "   i.  Memorandum of Understanding on Cooperation in Agriculture;\n"
            "   ii. Cultural Exchange Programme for the years 2025-2029.\n\n"
            "5. Both sides agreed to continue negotiations on a Bilateral Investment Treaty.\n\n"
            "6. Bilateral trade reached US$ 431.5 million in 2024.\n")
    texts = [s.text for s in split_sentences(page, clean(page), kinds=("body",))]
    assert texts[1].startswith("4. In the presence") and texts[1].endswith("2025-2029.")
    assert any(t.startswith("5. Both sides agreed") for t in texts)
    assert any(t.startswith("6. Bilateral trade reached") for t in texts)


def test_a_numbered_list_stops_where_its_numbering_breaks():
    page = (_HEAD +
            "The following agreements were signed:\n"
            "1. Agreement on air services;\n"
            "2. Memorandum of Understanding on tourism.\n\n"
            "7. The ministers also discussed regional security.\n")
    texts = [s.text for s in split_sentences(page, clean(page), kinds=("body",))]
    assert texts[1].endswith("on tourism.")
    assert texts[-1] == "7. The ministers also discussed regional security."


def test_a_numbered_list_in_order_stays_one_sentence_with_its_lead():
    page = (_HEAD +
            "The following agreements were signed:\n"
            "1. Agreement on air services;\n"
            "2. Memorandum of Understanding on tourism;\n"
            "3. Protocol on consular matters.\n")
    texts = [s.text for s in split_sentences(page, clean(page), kinds=("body",))]
    assert len(texts) == 2 and texts[1].endswith("consular matters.")


def test_a_currency_short_form_before_its_amount_ends_no_sentence():
    page = ("Exports rise\n\nMay 2, 2025\n\nThe momentum continued, with exports to India reaching Rs. 21.4 billion, "
            "according to provisional Customs data. Officials welcomed the figures.\n")
    segs = clean(page)
    sents = split_sentences(page, segs, kinds=("body",))
    assert [s.text for s in sents][-2:] == [
        "The momentum continued, with exports to India reaching Rs. 21.4 billion, according to provisional Customs data.",
        "Officials welcomed the figures."]


def test_a_labelled_figure_is_data_not_a_heading():
    page = ("Minister visits Nairobi\n\nThe minister held talks in Nairobi on Monday.\n\n"
            "Trade between Japan and Kenya in 2023\n\nImports from Kenya: 0.3 billion yen\n\nRelated Links\n")
    got = kinds(page)
    assert ("body", "Imports from Kenya: 0.3 b") in got
    assert ("chrome", "Related Links") in got


def test_an_indian_style_before_a_name_ends_no_sentence():
    text = "The MoU was signed by Smt. Ama Boateng, Secretary, and by Mr. Ali Kaya."
    segs = [Segment(0, len(text), text, "body")]
    assert [s.text for s in split_sentences(text, segs, kinds=("body",))] == [text]


def test_a_line_ending_on_a_preposition_runs_on_into_the_next():
    from loaders.sentences import split_sentences
    text = ("Ghana and Togo signed agreements on environmental protection today at the end of a three-day official visit by\n"
            "Togolese Foreign Minister Kofi Mensah, the Ghanaian Foreign Ministry said.\n"
            "Ghana's exports to Togo rose in 2023 and the ministry published the figures\n"
            "Read also: Togo opens a new port\n")
    sents = [s.text for s in split_sentences(text, clean(text))]
    assert sents[0].endswith("visit by Togolese Foreign Minister Kofi Mensah, the Ghanaian Foreign Ministry said.")
    # a line that ends on a content word is still a line of its own
    assert not any("figures Read also" in s for s in sents)
    # a table header ending on 'by' keeps its rows apart
    text = "Document | Signed by\n1. Memorandum on tourism | Minister of Tourism\n"
    assert [s.text for s in split_sentences(text, clean(text))][0] == "Document | Signed by"


def test_a_date_line_with_its_time_and_place_is_a_date_line():
    from loaders.clean import _DATE_ONLY
    assert _DATE_ONLY.match("16.01.2025 12:30, Accra city")
    assert _DATE_ONLY.match("16.01.2025 12:30")
    assert not _DATE_ONLY.match("16.01.2025 12:30, the President of Ghana held talks with his guest")
