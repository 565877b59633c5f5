"""numbers: money in its common written forms, percentages with the sign of
the change, number words. Sentences are invented for the tests."""
import pytest

from loaders.resolve.numbers import find_money, find_percents, parse_number, resolve_currency


def one(text, **kw):
    found = find_money(text, **kw)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text,value,code", [
    ("$1.2bn", 1_200_000_000, "USD"),
    ("US$3.4 billion", 3_400_000_000, "USD"),
    ("USD 450 million", 450_000_000, "USD"),
    ("€120m", 120_000_000, "EUR"),
    ("CFA 24 billion", 24_000_000_000, "XOF"),
    ("1.3 billion dlrs", 1_300_000_000, "USD"),
    ("436 mln stg", 436_000_000, "GBP"),
    ("7.45 billion H.K. Dlrs", 7_450_000_000, "HKD"),
    ("428 mln Australian dlrs' worth", 428_000_000, "AUD"),
    ("83.5 million USD", 83_500_000, "USD"),
    ("6.2 billion U.S. dollars", 6_200_000_000, "USD"),
    ("₦1,480", 1480, "NGN"),
    ("R9.8 billion", 9_800_000_000, "ZAR"),
    ("US$ 39.8 million", 39_800_000, "USD"),
    ("£2.75bn", 2_750_000_000, "GBP"),
    ("five billion stg", 5_000_000_000, "GBP"),
    ("150 million yuan", 150_000_000, "CNY"),
    ("¥62.4 billion", 62_400_000_000, "JPY"),
    ("Sh1 trillion", 1_000_000_000_000, "KES"),
])
def test_money_forms(text, value, code):
    m = one(text)
    assert m.value == value
    assert m.currency == code


def test_money_offsets_point_at_the_amount():
    text = "Exports reached US$3.4 billion last year."
    m = one(text)
    assert text[m.start:m.end] == "US$3.4 billion"


def test_family_currencies_follow_the_country_hints():
    assert one("Sh2.3 billion", hints=["UGA"]).currency == "UGX"
    assert one("Sh2.3 billion", hints=["TZA", "KEN"]).currency == "TZS"
    assert one("CFA 24 billion", hints=["CMR"]).currency == "XAF"
    assert one("CFA 24 billion", hints=["SEN"]).currency == "XOF"
    assert one("3.9 billion dirhams", hints=["MAR"]).currency == "MAD"
    assert one("3.9 billion dirhams", hints=["ARE"]).currency == "AED"
    assert one("160 mln crowns", hints=["NOR"]).currency == "NOK"
    assert resolve_currency("riyal", ["QAT"]) == "QAR"


def test_bare_dollars_take_the_article_default():
    assert one("904 mln dlrs", dollar_default="HKD").currency == "HKD"
    assert one("904 mln dlrs").currency == "USD"
    # an explicit code is never overridden
    assert one("904 mln U.S. dlrs", dollar_default="HKD").currency == "USD"
    # hints do not turn dollars into a local dollar
    assert one("$5 billion", hints=["AUS"]).currency == "USD"


def test_bare_scaled_amount_has_no_currency():
    m = one("bought 170.5 mln worth of items")
    assert m.value == 170_500_000 and m.currency is None


@pytest.mark.parametrize("text", [
    "a market of 1.3 billion people",
    "2.0 mln tonnes of wheat",
    "more than 7,000 kilometers of fibre",
    "the two-way trade",
    "in 2023",
])
def test_not_money(text):
    assert find_money(text) == []


@pytest.mark.parametrize("text,value", [
    ("1,412.6", 1412.6), ("1.3 billion", 1_300_000_000), ("436 mln", 436_000_000),
    ("120m", 120_000_000), ("2.5bn", 2_500_000_000), ("five", 5), ("twenty-one", 21),
    ("a billion", 1_000_000_000), ("3 tn", 3_000_000_000_000),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["two-way", "one-day", "billion", "five m", "a"])
def test_parse_number_rejects(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("text,signed", [
    ("exports fell 13 pct to", -13),
    ("decreased by 39.6% between", -39.6),
    ("trade was up 18 per cent on", 18),
    ("a 27% rise year-on-year", 27),
    ("a 21.3% increase compared with", 21.3),
    ("a drop of 4 percent", -4),
    ("slumped 8.3 percent", -8.3),
    ("grew by 32% compared", 32),
    ("jumped 90 pct in", 90),
    ("down 11.2% from", -11.2),
])
def test_percent_sign_from_the_change_word(text, signed):
    (p,) = find_percents(text)
    assert p.signed == signed


def test_percent_without_change_word_has_no_sign():
    (p,) = find_percents("copper accounts for 80 percent of exports")
    assert p.value == 80 and p.sign is None


def test_percentage_points_are_not_percentages():
    assert find_percents("the rate rose 2 percentage points") == []


@pytest.mark.parametrize("text,value,code", [
    ("R1.2-billion", 1_200_000_000, "ZAR"),
    ("N2.5 trillion", 2_500_000_000_000, "NGN"),
    ("Frw 120 billion", 120_000_000_000, "RWF"),
    ("Rs 500 crore", 5_000_000_000, "INR"),
    ("SR 4 billion", 4_000_000_000, "SAR"),
    ("LE 10 billion", 10_000_000_000, "EGP"),
    ("KSh 120 billion", 120_000_000_000, "KES"),
    ("1.2 billion TL", 1_200_000_000, "TRY"),
])
def test_regional_money_forms(text, value, code):
    m = one(text)
    assert (m.value, m.currency) == (value, code)


@pytest.mark.parametrize("text", ["route N2 closed", "the K2 summit", "sh5 billion"])
def test_single_letter_symbols_need_a_scale_and_their_case(text):
    assert all(m.currency is None for m in find_money(text))


def test_east_african_slash_dash_amounts_are_shillings_of_the_country_named():
    (m,) = find_money("Tanzania's exports to Oman rose to 98.7bn/- in 2023", hints=("TZA", "OMN"))
    assert (m.value, m.currency, m.family) == (98_700_000_000, "TZS", "shilling")
    # no shilling country: the family is known, the code is left to the caller
    (m,) = find_money("exports rose to 98.7bn/- in 2023", hints=("OMN",))
    assert (m.currency, m.family) == (None, "shilling")


def test_the_convertible_mark_by_its_symbol_and_name_but_not_kilometres():
    assert [(m.value, m.currency) for m in find_money("KM 1.72 billion")] == [(1_720_000_000, "BAM")]
    assert [(m.value, m.currency) for m in find_money("1.2 billion convertible marks")] == [(1_200_000_000, "BAM")]
    assert find_money("a 120 KM road") == []
