from loaders.clean import clean
from loaders.model import PartialDate as P
from loaders.resolve.dates import compatible, find_dates, find_publication_date, since_year


def iso(sentence, ref=None, years=()):
    return [(d.iso, d.end_value.iso() if d.end_value else None) for d in find_dates(sentence, ref, years)]


def pub(text):
    d = find_publication_date(text, clean(text))
    return d.iso() if d else None


def test_publication_dates():
    assert pub("HEADLINE HERE\n31 Mar 1987\nMOSCOW, March 31 -\n\n    Body text here.\n") == "1987-03-31"
    assert pub("Title of story\n\nBy A Writer | Published 21 June 2024\n\nBody.\n") == "2024-06-21"
    assert pub("Title of story\n\nAccra, 14 March 2024 – Ghana did things.\n") == "2024-03-14"
    assert pub("Title\n\n15.11.2024 18:20\n\nBody.\n") == "2024-11-15"
    # no year in the dateline and no firm evidence: no date
    assert pub("Title\n\nLUSAKA, May 24 (Xinhua) -- Talks were held.\n") is None
    assert pub("Title\n\nLUSAKA, May 24 (Xinhua) -- Talks. This year marks the 40th anniversary of ties established in 1980.\n") == "2020-05-24"


def test_relative_dates():
    ref = P(2024, 3, 14)  # a Thursday
    assert iso("they signed on Tuesday", ref) == [("2024-03-12", None)]
    assert iso("held talks on Thursday", ref) == [("2024-03-14", None)]
    assert iso("the visit ended yesterday", ref) == [("2024-03-13", None)]
    assert iso("a visit last week", ref) == [("2024-03", None)]
    assert iso("went there in November", ref) == [("2023-11", None)]
    assert iso("signed last March", ref) == [("2023-03", None)]
    assert iso("signed on Tuesday", None) == [(None, None)]


def test_spans_and_years():
    ref = P(2024, 7, 10)
    assert iso("an official visit from July 8 to 11.", ref) == [("2024-07-08", "2024-07-11")]
    assert iso("a visit from 27 to 29 January 2025, during which") == [("2025-01-27", "2025-01-29")]
    assert iso("In September 2023, both countries signed") == [("2023-09", None)]
    assert iso("he first visited the country in 2015") == [("2015", None)]
    assert iso("programme for 2025-2027") == []


def test_weekday_anchor_and_since():
    # no reference: the year whose calendar has 28 May on a Wednesday, from 2015 up
    assert iso("on Wednesday, May 28, signed", None, (2015,)) == [("2025-05-28", None)]
    assert since_year("marking a full decade since his last journey in 2015") == 2025
    assert iso("Last May he visited, marking a full decade since his last journey in 2015.")[0] == ("2025-05", None)


def test_compatible():
    assert compatible("2025-05", "2025-05-27") and compatible("2015", "2015") and compatible(None, "2020")
    assert not compatible("2025-05", "2025-06-01")


def test_weekday_day_month_takes_the_one_mentioned_year_that_fits():
    from loaders.resolve.dates import find_dates
    ds = find_dates("It ended on Friday, March 14.", None, (2024, 2025, 2027))
    assert ds and ds[0].value is not None and ds[0].value.iso() == "2025-03-14"


def test_page_header_date_lines_in_many_shapes():
    from loaders.clean import clean
    from loaders.resolve.dates import find_publication_date
    for header, want in [
        ("Thursday, November 28, 2024 | E-paper | বাংলা\n\nHeadline here about trade\n\nBody text follows here.", "2024-11-28"),
        ("Headline here about trade\n\n18.06.2025 | 17:42 | Newsroom\n\nBody text follows here.", "2025-06-18"),
        ("Headline here about trade\n\nAma Owusu | Publication date 29 August 2024 | 19:20 GMT\n\nBody text.", "2024-08-29"),
        ("Headline here about trade\n\nThu Nov 28, 2024 12:00 AM | Last update on: Thu Nov 28, 2024 01:35 AM\n\nBody.", "2024-11-28"),
    ]:
        d = find_publication_date(header, clean(header))
        assert d is not None and d.iso() == want, header


def test_agency_dateline_with_a_full_stop_takes_its_year_from_a_completed_period():
    from loaders.clean import clean
    from loaders.resolve.dates import find_publication_date
    text = ("Headline about two countries\n\nAccra, May 15 (GNA). The ministers met on Tuesday.\n\n"
            "In the first quarter of 2025, trade rose by 4 percent.\n")
    segs = clean(text)
    assert [s.kind for s in segs][:2] == ["title", "dateline"]
    assert find_publication_date(text, segs).iso() == "2025-05-15"
    # a period not yet over at the dateline's month proves nothing
    text2 = text.replace("first quarter", "first half")
    assert find_publication_date(text2, clean(text2)) is None


def test_more_header_date_shapes():
    from loaders.clean import clean
    from loaders.resolve.dates import find_publication_date
    for header, want in [("WEDNESDAY, MARCH 12, 2025", "2025-03-12"), ("12-03-2025 10:45", "2025-03-12"),
                         ("12 de marzo de 2025", "2025-03-12"), ("12 mars 2025", "2025-03-12"),
                         ("Issue 47 | March 2025", "2025-03")]:
        text = "Ghana and Togo sign pacts\n\n" + header + "\n\nGhana and Togo signed two agreements on Tuesday.\n"
        d = find_publication_date(text, clean(text))
        assert d is not None and d.iso() == want, header
    # a body sentence naming a month is no date line
    text = "Ghana and Togo sign pacts\n\nIn March 2025 the two countries met.\n\nThey signed two agreements.\n"
    assert find_publication_date(text, clean(text)) is None


def test_a_yearless_dateline_takes_the_year_of_a_full_date_nearby_on_the_page():
    from loaders.clean import clean
    from loaders.resolve.dates import find_publication_date
    text = ("Ghana, Togo ink pacts\n\nACCRA, Feb. 27 (Newswire) -- Ghana and Togo signed two agreements.\n\n"
            "[Photo] The ministers in Accra on Feb. 26, 2025. Newswire\n")
    assert find_publication_date(text, clean(text)).iso() == "2025-02-27"


def test_a_month_with_a_year_word_takes_that_year():
    ref = P(2024, 10, 3)
    assert iso("who visited Seoul in June last year, said", ref)[0] == ("2023-06", None)
    assert iso("signed in February of last year", ref)[0] == ("2023-02", None)
    assert iso("went there in March this year", ref)[0] == ("2024-03", None)
    # without a year word, the latest such month on or before the reference
    assert iso("went there in November", ref) == [("2023-11", None)]
    later = find_dates("a visit in November this year", ref, ())[0]
    assert (later.iso, later.future) == ("2024-11", True)


def test_a_present_tense_end_on_a_weekday_looks_ahead():
    ref = P(2025, 8, 27)  # a Wednesday
    assert iso("arrived on Monday for a visit that ends Thursday", ref) == [("2025-08-25", None), ("2025-08-28", None)]
    assert iso("a visit that ends on Wednesday", ref)[0] == ("2025-08-27", None)
    # a past end stays in the past
    assert iso("the visit ended on Thursday", ref) == [("2025-08-21", None)]


def test_agency_dateline_in_the_first_paragraph_takes_the_year_of_its_weekday():
    page = ("ACCRA NEWS AGENCY\n\nTalks held\n\nACCRA, MAY 20, GNA. President Kofi Mensah on Tuesday received his "
            "Togolese counterpart. A programme for 2025 was signed. Trade rose in 2024.\n")
    assert pub(page) == "2025-05-20"
    # the lede's weekday does not fit the years the article names: no year is invented
    page = page.replace("on Tuesday", "on Friday")
    assert pub(page) is None


def test_press_release_header_with_a_numeric_date():
    assert pub("Ministry of Foreign Affairs\n\nPress release | Date: 05/02/2025 | No.: 014/25\n\nTitle\n\nBody text.\n") == "2025-02-05"


def test_year_first_dotted_header_date():
    assert pub("Embassy news\n\nTitle of the story\n\nDate: 2024.06.20   Hits: 512\n\nBody text.\n") == "2024-06-20"


def test_a_first_paragraph_opened_by_a_place_and_full_date_and_a_full_stop_or_by_a_numeric_date():
    assert pub("PRESS RELEASE No. 12/24\n\nTitle\n\nLome, September 27, 2024. The President of the Republic "
               "welcomed his guest on Friday.\n") == "2024-09-27"
    assert pub("Embassy news\n\nTitle\n\n04.07.2024 - The Deputy Prime Minister paid a working visit to Ghana.\n") == "2024-07-04"
    # a place and a date with no year, closed by a full stop, is no date line of its own
    assert pub("Title\n\nLome, September 27. The President welcomed his guest.\n") is None


def test_a_date_line_with_a_place_name_particle():
    assert pub("DAILY NEWS\n\nTitle\n\nBy Correspondent\nDar es Salaam. Tuesday, 10 June 2025\n\n"
               "PRESIDENT X yesterday hosted a guest.\n") == "2025-06-10"


def test_publication_date_in_a_byline_bar_with_a_section():
    assert pub("Ghana, Togo ink three pacts\n\nMay 7, 2025 | By Staff Writer | Filed under News\n\nBody text.\n") == "2025-05-07"
    # a sentence that merely contains a date is no date line
    assert pub("Ghana, Togo ink three pacts\n\nThe pacts signed on May 7, 2025 | in Accra were filed under review.\n") is None


def test_publication_date_opening_a_paragraph_with_its_time_and_update():
    page = ("The Daily Paper\nHome | News | Ghana | Business | Opinion | Sports | Entertainment | Lifestyle | Environment | E-paper"
            "\n\nBUSINESS > ECONOMY\n\n"
            "Ghana, Togo sign seven instruments\n\nStar Business Report\n"
            "Thu Jan 16, 2025 12:00 AM  Last update on: Thu Jan 16, 2025 01:25 AM\n\n"
            "Ghana and Togo yesterday signed seven instruments.\n")
    assert pub(page) == "2025-01-16"


def test_publication_date_from_a_comments_bar_a_release_foot_and_a_wire_copyright():
    assert pub("Minister holds talks\n\n13 December 2024 06:21 am - 2 comments\n\nBy A Writer\n\nBody text.\n") == "2024-12-13"
    release = ("REPUBLIC OF GHANA\nPRESS RELEASE\n\nPRESIDENT HOSTS TOGOLESE COUNTERPART\n\n"
               "The President on Wednesday hosted the President of Togo.\n\n"
               "ISSUED BY:\nKofi Mensah\nPRESS SECRETARY\nACCRA\n20th March, 2025\n")
    assert pub(release) == "2025-03-20"
    wire = ("Ghana and Togo sign seven agreements\n\nAccra, Feb 14 (EFE).- Ghana and Togo signed seven agreements "
            "on Thursday.\n\nIt was the first visit since 2013.\n\n(c) EFE 2025.\n")
    assert pub(wire) == "2025-02-14"
    # no copyright line: a dateline without its year stays undated
    assert pub(wire.replace("(c) EFE 2025.\n", "")) is None


def test_publication_dates_of_more_page_styles():
    # agency datelines with a country in brackets or the agency between slashes
    assert pub("Ghana, Togo sign deals\n\nLomé (Togo), February 14, 2025 (APA) – Ghana's minister wrapped up a visit.\n") == "2025-02-14"
    assert pub("PM visits Korea\n\nUlaanbaatar, November 28, 2024 /MONTSAME/. The Prime Minister paid a visit.\n") == "2024-11-28"
    # a Central European embassy page; a weather box beside the date
    assert pub("Embassy news\n\n12. 3. 2025\n\nThe Deputy Minister paid a working visit.\n") == "2025-03-12"
    assert pub("THE DAILY\nThursday, November 7, 2024 | Suva 29°C\n\nMinister visits Fiji\n\nThe minister arrived.\n") == "2024-11-07"
    # dated at the foot: after the place of issue, or on a 'Posted On' line; 'Last Updated' is the page's
    body = "".join(f"Paragraph {i} of the story tells what the ministers discussed.\n\n" for i in range(14))
    foot = "Visit of the Minister to Ghana\n\n" + body + "Accra\n5 March 2025\n\nLast Updated: 06-03-2025\n"
    assert pub(foot) == "2025-03-05"
    # a date alone, with no place of issue above it, dates nothing
    assert pub(foot.replace("Accra\n", "Thank you.\n").replace("Last Updated: 06-03-2025\n", "")) is None
    assert pub("Visit of the Minister\n\nThe Minister paid a visit.\n\nPosted On: 25 Jan 2025\n\nShare: f | X\n") == "2025-01-25"
    # a numeric stamp written month first, on a page whose dateline names the month
    assert pub("Presidents meet\n\n05/08/2025 09:37 PM\n\nTaipei, May 8 (CNA) The two presidents met.\n") == "2025-05-08"


def test_two_named_days_of_one_month_are_a_span():
    ref = P(2025, 2, 18)
    for text, first, last in (("paid an official visit on 10 and 11 November 2024", "2024-11-10", "2024-11-11"),
                              ("on February 17 and 18, 2025, the minister", "2025-02-17", "2025-02-18")):
        (d,) = find_dates(text, ref, ())
        assert (d.kind, d.value.iso(), d.end_value.iso()) == ("span", first, last)
    # two days far apart are two dates, never one stay
    assert all(d.kind != "span" for d in find_dates("on 3 and 17 May 2024", ref, ()))


def test_a_date_line_with_the_reading_time():
    assert pub("Ghana, Togo ink three pacts\n\nOct. 8, 2024 | By Staff Writer | 4 min read\n\nBody text.\n") == "2024-10-08"
    # a sentence that only mentions a reading is no date line
    assert pub("Ghana, Togo ink three pacts\n\nOn Oct. 8, 2024 the minister gave a reading at the library.\n") is None


def test_a_span_opening_the_sentence():
    [d] = find_dates("From August 24 to 26, the minister toured the north.", P(2024, 8, 27))
    assert (d.kind, d.value.iso(), d.end_value.iso()) == ("span", "2024-08-24", "2024-08-26")


def test_a_dotted_day_month_year_after_on():
    [d] = find_dates("The agreement was signed in Malé on 12.11.2024.", P(2025, 2, 26))
    assert d.value.iso() == "2024-11-12"
    # a version number or a decimal is no date
    assert all(x.value.day is None for x in find_dates("Version 1.2.2024 rose 12.11 percent in 2024.", P(2025, 2, 26)))


def test_a_paragraph_opening_with_the_release_date_after_the_source():
    assert pub("Ghana and Togo strengthen ties\n\nGIS - 12 May, 2025: Ghana and Togo signed two protocols on Friday.\n") \
        == "2025-05-12"


def test_a_yearless_agency_dateline_takes_its_year_from_a_figure_told_last_year_and_in_a_year():
    page = ("Ghana-Togo trade rises 6.8 pct to 38.2 bln cedis in 2024 - minister\n\n"
            "ACCRA, Feb 11 (GNA) -- Ghana's total trade with Togo rose 6.8 per cent to 38.2 billion cedis last year, "
            "the minister said.\n")
    assert pub(page) == "2025-02-11"
    # different figures prove nothing
    assert pub(page.replace("rose 6.8 per cent to 38.2", "rose 5.1 per cent to 31.0")) is None


def test_a_yearless_agency_dateline_after_a_headline_paragraph_takes_the_year_of_the_foot_date():
    page = ("ANSA English\n\nItaly, Ghana sign water accords as minister visits Rome\n\n"
            "(ANSA) - ROME, OCT 22 - Ghanaian and Italian ministers on Wednesday signed a memorandum on water. "
            "The two countries plan a power corridor by 2030.\n\n"
            "ALL RIGHTS RESERVED © Copyright ANSA\n22 October 2025 18:04\n")
    assert pub(page) == "2025-10-22"


def test_a_target_year_does_not_anchor_a_weekday():
    page = ("ANSA English\n\nItaly, Ghana sign water accords as minister visits Rome\n\n"
            "(ANSA) - ROME, OCT 22 - Ghanaian and Italian ministers on Wednesday signed a memorandum on water, "
            "after trade fell in 2024. They aim to connect the two shores by 2030.\n")
    assert pub(page) == "2025-10-22"


def test_a_date_line_with_the_hour_in_h():
    assert pub("Ghana, Togo sign two pacts\n\n13.06.2024. 08:21h\nAuthor: A. Mensah\n\nBody text.\n") == "2024-06-13"


def test_a_date_in_brackets_opening_the_lede_is_the_publication_date():
    text = ("Government Information Office\n\nPresident wraps up visit; two MoUs signed\n\n"
            "Accra, Ghana – (March 29, 2025) President Kofi Mensah on Friday concluded a two-day visit to Togo.\n")
    assert pub(text) == "2025-03-29"
    assert pub("News\n\n(29 March 2025) The minister arrived in Lomé on Friday.\n") == "2025-03-29"
    # a bracketed date inside the text is an event's, not the page's
    assert pub("News\n\nThe minister recalled the treaty (March 29, 2025) signed in Lomé.\n") is None


def test_an_agency_sign_off_at_the_foot_dates_the_story():
    body = "".join(f"Paragraph {i} of the story tells at some length what the two ministers discussed during the session, "
                   "which covered trade, energy, health and the management of the shared border.\n\n" for i in range(14))
    story = ("GNA – Ghana News Agency\nNational | Economy | World | Sport\n\nGhana-Togo: nine agreements signed\n\n"
             "Ghana and Togo signed on Tuesday nine agreements in Accra.\n\n" + body)
    assert pub(story + "GNA – 10 December 2024\n\nRelated articles\nGhana-Benin: a road opened...\n"
                       "Cocoa board signs a deal with a Swiss...\n") == "2024-12-10"
    # a byline with no agency tag is no sign-off
    assert pub(story + "Kofi Mensah – 10 December 2024 reported\n") is None


def test_a_weekday_with_its_date_in_brackets():
    from loaders.resolve.dates import find_dates
    ds = [d for d in find_dates("The guest arrived on Monday (2 June) for a state visit.", None, (2023,)) if d.value]
    assert [d.value.iso() for d in ds] == ["2025-06-02"]
