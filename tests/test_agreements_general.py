"""General language rules for agreements, on invented sentences (not corpus text)."""
from loaders.detect.agreements import detect_agreements, field_sectors
from loaders.model import ArticleContext, PartialDate, Sentence
from loaders.resolve.dates import _is_date_line


def run(*texts, pub=PartialDate(2023, 9, 8), pair=("CHL", "VNM")):
    sents = [Sentence(i, i * 1000, i * 1000 + len(t), t) for i, t in enumerate(texts)]
    ctx = ArticleContext(name="t", published=pub, reference=pub, main_pair=pair)
    facts, rejected = detect_agreements(sents, ctx)
    return sorted((a["sector"], a["instrument"], a["signed_on"]) for a in facts), rejected


def run_facts(*texts, pub=PartialDate(2023, 9, 8), pair=("CHL", "VNM")):
    sents = [Sentence(i, i * 1000, i * 1000 + len(t), t) for i, t in enumerate(texts)]
    ctx = ArticleContext(name="t", published=pub, reference=pub, main_pair=pair)
    facts, rejected = detect_agreements(sents, ctx)
    return rejected, facts


def test_long_list_items_with_of_for_and_inner_and():
    rows, _ = run("Chile and Vietnam on Tuesday signed six agreements on visa exemption for holders of official "
                  "passports, fisheries, digital government, mining and technical and vocational training.")
    assert [r[0] for r in rows] == ["agriculture", "education", "general", "ict", "mining", "visa_mobility"]
    assert all(r[2] == "2023-09-05" for r in rows)


def test_list_parser_stops_at_a_clause():
    assert field_sectors(" on tourism, during a visit by the minister of health", single=False) == ["tourism"]
    assert field_sectors(" on visa waivers for holders of service passports, culture and sport", single=False) == \
        ["visa_mobility", "culture", "youth_sports"]


def test_title_named_after_a_field_is_not_a_field():
    assert field_sectors(" on migration, by Chilean Minister of Energy Ana Soto", single=True) == ["visa_mobility"]
    assert field_sectors(" on water with the Ministry of Mines, Energy and Health", single=True) == ["environment"]


def test_multiword_sector_wins_over_its_head_word():
    assert field_sectors(" on labour mobility", single=True) == ["visa_mobility"]


def test_definite_restatement_dates_the_one_instrument():
    rows, _ = run("The two governments signed an agreement on seasonal migration during the visit.",
                  "The agreement, signed in Santiago on Wednesday by the two labour ministers, sets quotas.")
    assert rows == [("visa_mobility", "agreement", "2023-09-06")]


def test_year_of_amended_instrument_does_not_date_the_new_one():
    rows, _ = run("On Thursday the two governments signed a treaty on extradition and a protocol amending "
                  "the 1998 agreement on the avoidance of double taxation.")
    assert ("justice", "treaty", "2023-09-07") in rows
    assert ("taxation", "protocol", "2023-09-07") in rows
    assert all(r[2] != "1998" for r in rows if r[1] != "agreement")


def test_company_deal_with_demonym_maker_is_not_an_agreement():
    rows, _ = run("Acme Batteries signed a supply agreement with the Chilean lithium producer Andes Litio on Monday.")
    assert rows == []
    rows, _ = run("Vinaship signed a charter agreement with the Vietnamese ferry maker Halong Marine.")
    assert rows == []


def test_date_line_detection():
    assert _is_date_line("Santiago, 4 March 2023")
    assert _is_date_line("Staff Reporter | Hanoi | March 4, 2023")
    assert not _is_date_line("The talks opened on 4 March 2023 in Hanoi")


def test_field_after_signed_and_date_participle():
    rows, _ = run("Vietnam is seeking to revise an accord signed last year limiting exports of Vietnamese shoes to Chile.")
    assert rows == [("trade", "agreement", "2022")]


def test_definite_plural_main_verb_names_the_fields():
    rows, _ = run("Chile and Vietnam signed three memoranda of understanding on Monday.",
                  "The MoUs, signed by Foreign Minister Ana Soto and her counterpart, Le Van Binh, cover fisheries, culture and tourism.")
    assert rows == [("agriculture", "mou", "2023-09-04"), ("culture", "mou", "2023-09-04"), ("tourism", "mou", "2023-09-04")]


def test_definite_restatement_gives_the_field_to_the_unnamed_instrument():
    rows, _ = run("Chile signed an agreement with Vietnam on August 30.",
                  "Officials said the agreement signed in August provided for the supply of 20,000 tonnes of vegetable oil.")
    assert rows == [("agriculture", "agreement", "2023-08-30")]


def test_year_named_instrument_under_a_plan_keeps_its_own_clause_parties():
    rows, _ = run("The two leaders agreed to extend the quotas under the 2017 Free Trade Agreement, the first such "
                  "deal for Chile in Asia, and to study a joint power grid with Japan.")
    assert rows == [("trade", "agreement", "2017")]


def test_negotiations_on_an_unnamed_instrument_stay_rejected():
    rows, _ = run("Chile and Vietnam agreed to start negotiations on a new fisheries agreement.")
    assert rows == []


def test_bloc_in_a_framework_aside_does_not_hide_the_bilateral_signing():
    rows, _ = run("Vietnam signed a rescheduling accord covering 40 mln dlrs in official debts to Chile, as part of "
                  "a restructuring agreed with the Paris Club last year.")
    assert rows == [("finance", "agreement", "2023-09")]
    rows, _ = run("Vietnam signed a rescheduling accord with the Paris Club, as part of its talks with Chile.")
    assert rows == []


def test_hours_after_arrival_dates_the_signing_on_the_arrival_day():
    rows, _ = run("Chilean President Ana Soto arrived in Hanoi yesterday for a two-day official visit to Vietnam.",
                  "Shortly after her arrival, the two governments signed an agreement on tourism.")
    assert rows == [("tourism", "agreement", "2023-09-07")]


def test_hyphenated_field_compound_and_with_partner_then_participle():
    assert field_sectors(" a technology-sharing accord", single=True) == ["science_technology"]
    rows, _ = run("Chile signed a two-year accord with Vietnam last year limiting shoe export growth to 2 pct a year.")
    assert rows == [("trade", "agreement", "2022")]


def test_signed_last_summer_is_that_year_not_the_publication_month():
    rows, _ = run("Vietnam has not lived up to a pact on rice trade signed with Chile last summer.", pub=PartialDate(2023, 3, 2))
    assert rows == [("trade", "agreement", "2022")]


def test_venue_city_is_not_a_party_and_bilateral_alone_names_no_partner():
    rows, _ = run("It had signed bilateral rescheduling agreements in May of that year, following an accord in Santiago on May 2.")
    assert rows == []


def test_instrument_after_following_is_background():
    rows, _ = run("Chile and Vietnam signed a protocol on fisheries on Monday, following an agreement on trade in 2019.")
    assert rows == [("agriculture", "protocol", "2023-09-04")]


def test_missile_treaty_is_defence():
    assert field_sectors(" the 1972 Anti-Ballistic Missile treaty", single=True) == ["defence_security"]


def test_universities_and_chambers_are_not_states_but_governments_are():
    assert run("The University of Chile and Hanoi University signed a memorandum of understanding on student exchanges.")[0] == []
    assert run("The Chambers of Commerce of both countries signed a cooperation agreement.")[0] == []
    rows, _ = run("The two governments signed an agreement on higher education on Monday, letting universities exchange students.")
    assert rows == [("education", "agreement", "2023-09-04")]


def test_counterpart_names_the_other_party():
    rows, _ = run("President Ana Soto and her Vietnamese counterpart witnessed the signing of two memoranda of understanding "
                  "on energy and mining.")
    assert rows == [("energy", "mou", "2023-09"), ("mining", "mou", "2023-09")]


def test_definite_instrument_signed_with_another_partner_is_a_second_instrument():
    texts = ["Vietnam and Chile have signed an agreement to reschedule Vietnam's official debt to Chile.",
             "The agreement signed on Monday with Peru's export credit agency was the first of Vietnam's tour."]
    sents = [Sentence(i, i * 1000, i * 1000 + len(t), t) for i, t in enumerate(texts)]
    pub = PartialDate(2023, 9, 8)
    facts, _ = detect_agreements(sents, ArticleContext(name="t", published=pub, reference=pub, main_pair=("CHL", "VNM")))
    assert sorted((r["parties_iso3"], r["sector"], r["signed_on"]) for r in facts) == [
        (["CHL", "VNM"], "finance", "2023-09"), (["PER", "VNM"], "finance", "2023-09-04")]


def test_definite_instrument_restated_with_same_partner_adds_nothing():
    rows, _ = run("Vietnam and Chile have signed an agreement to reschedule Vietnam's official debt to Chile.",
                  "The agreement signed on Monday with Chile was welcomed by bankers.")
    assert len(rows) == 1


def _article(text):
    from loaders.model import RawArticle
    from loaders.pipeline import extract
    ex = extract(RawArticle(name="t", text=text, content_hash="t"))
    return ex.published, sorted((tuple(r["parties_iso3"]), r["sector"], r["instrument"], r["signed_on"]) for r in ex.agreements)


def test_press_release_date_line_resolves_today_and_agencies_sign_for_their_countries():
    pub, rows = _article("MINISTRY OF TRADE OF CHILE\nPress Release 044/24\n\nVietnamese trade minister visits Santiago\n\n"
                         "Santiago, 12 March 2024\n\nThe Minister of Industry and Trade of Vietnam, Mr. Le Van Binh, is paying "
                         "an official visit to Chile from 11 to 13 March 2024.\n\nToday, in the presence of both ministers, "
                         "ProChile and Vietnam's Trade Promotion Agency signed a Memorandum of Understanding on export promotion.\n")
    assert pub == "2024-03-12"
    assert rows == [(("CHL", "VNM"), "trade", "mou", "2024-03-12")]


def test_pipe_byline_date_and_company_deal_in_same_article():
    pub, rows = _article("Chile, Vietnam sign fisheries pact\n\nBy Staff Reporter | Hanoi | March 14, 2024\n\n"
                         "Chile and Vietnam signed an agreement on fisheries on Wednesday during the visit of Chilean "
                         "Foreign Minister Ana Soto.\n\nVietnamese steelmaker Hoa Sen signed a supply agreement with the "
                         "Chilean miner Andes Cobre.\n")
    assert pub == "2024-03-14"
    assert rows == [(("CHL", "VNM"), "agriculture", "agreement", "2024-03-13")]


def test_list_items_led_by_cooperation_in_the_field_of():
    assert field_sectors(" on the mutual protection of classified information, cooperation in the field of "
                         "emergency management, and the readmission of persons", single=False) == \
        ["defence_security", "other", "visa_mobility"]


def test_a_countrys_tally_with_many_partners_is_not_a_signing():
    visit = "Chilean President Ana Soto arrived in Hanoi on Monday for a three-day state visit to Vietnam."
    assert run(visit, "Vietnam has signed 16 free trade agreements, including one with Chile.")[0] == []
    assert run(visit, "Vietnam has signed investment protection agreements with 67 countries.")[0] == []
    assert run(visit, "Chile has so far signed 33 double taxation treaties.")[0] == []


def test_discussed_possibility_of_signing_is_a_plan():
    for t in ["The ministers discussed the possibility of signing an agreement on double taxation.",
              "Both sides stressed the importance of signing a memorandum on tourism soon.",
              "Talks focused on preparations for signing a treaty on extradition."]:
        assert run(t)[0] == [], t


def test_the_others_cover_fields_fill_the_count():
    rows, _ = run("Chile and Vietnam on Wednesday signed five agreements.",
                  "The first, an agreement on air services, was signed by the transport ministers.",
                  "The others cover tourism, mining and culture.")
    assert sorted(r[0] for r in rows) == ["aviation", "culture", "general", "mining", "tourism"]


def test_definite_plural_relative_clause_then_main_verb():
    rows, _ = run("Chile and Vietnam signed three memoranda of understanding on Monday.",
                  "The memoranda, which were signed by the two foreign ministers, cover youth and sports, "
                  "the training of diplomats, and health.")
    assert sorted(r[0] for r in rows) == ["education", "health", "youth_sports"]


def test_declaration_inside_a_counted_list_is_not_counted():
    rows, _ = run("Chile and Vietnam signed four documents on Tuesday, including a joint declaration on strategic "
                  "partnership and an agreement on tourism.")
    assert sorted(r[0] for r in rows) == ["general", "general", "tourism"]


def test_named_companies_carrying_a_country_name_or_owner_are_companies():
    for t in ["LATAM Airlines signed a codeshare agreement with Vietnam Airlines on Tuesday.",
              "Chile's Codelco and Vietnam's Vinacomin signed a memorandum of understanding on copper processing.",
              "Banco de Chile signed a credit line agreement with Vietcombank.",
              "The state-owned Vietnam Oil and Gas Group signed an agreement with Chile's ENAP on Tuesday."]:
        assert run(t)[0] == [], t
    # agencies and ministers named with their country still sign for it
    rows, _ = run("Chile's Ministry of Mining and Vietnam's Geology Department signed a memorandum on mineral exploration.")
    assert rows and rows[0][0] == "mining"
    rows, _ = run("Chile's Foreign Minister Ana Soto and Vietnam's Le Van Binh signed an agreement on tourism.")
    assert rows and rows[0][0] == "tourism"


def test_fieldless_instrument_takes_the_one_field_its_signing_bodies_name():
    assert run("The Ministry of Health of Chile and the Ministry of Health of Vietnam signed a memorandum of "
               "understanding on Monday.")[0] == [("health", "mou", "2023-09-04")]
    assert run("Chile's Foreign Ministry and Vietnam's Ministry of Industry and Trade signed a memorandum of "
               "understanding on Monday.")[0] == [("general", "mou", "2023-09-04")]


def test_field_word_naming_a_body_yields_to_a_later_field():
    assert field_sectors(" ending a dispute between two research institutes over a vaccine patent", single=True) == ["health"]
    assert field_sectors(" between the public administration institutes", single=True) == ["public_service"]


def test_reporting_agency_is_no_signing_body_and_signed_by_nearly_all_is_multilateral():
    rows, _ = run("The Vietnam News Agency said an agreement on air services was signed by the two sides on Wednesday.")
    assert rows == [("aviation", "agreement", "2023-09-06")]
    assert run("Chile and Vietnam praised the accord, signed by nearly all producing and consuming countries.")[0] == []


def test_titles_name_one_instrument_each():
    from loaders.detect.agreements import _title
    assert _title("six agreements that promise to beef up cooperation in sectors, including ICT", "ict",
                  "agreement") == "Agreement on ICT"
    assert _title("five cooperation agreements", "aviation", "agreement") == "Agreement on air services"
    assert _title("a Memorandum of Understanding on tourism and", "tourism", "mou") == \
        "Memorandum of Understanding on tourism"
    assert _title("an extradition treaty; -", "justice", "treaty") == "Extradition treaty"


def test_modal_before_bare_sign_is_a_future_signing():
    for t in ("The minister said the summit would also see the two countries sign memoranda on fisheries and tourism.",
              "Chile and Vietnam are to sign an agreement on mining next month.",
              "Officials said Chile and Vietnam would next week formally sign an accord on tourism.",
              "Chile and Vietnam will next month sign memoranda on fisheries, whose texts were initialled in August."):
        assert run(t)[0] == [], t
    assert run("Chile and Vietnam sign agreement on mining.")[0] == [("mining", "agreement", "2023-09")]
    assert run("Chile and Vietnam on Tuesday signed an agreement on mining, which will allow joint exploration.")[0] == \
        [("mining", "agreement", "2023-09-05")]


def test_signing_with_a_company_partner_is_not_an_agreement():
    for t in ("During the visit, the President also met executives of Vinacomin and Acme C&T, the latter of which "
              "signed a memorandum with the Chilean private miner Andes on a copper study.",
              "Chile's energy ministry signed an agreement with Vietnamese developer Sunco Corp on Tuesday."):
        assert run(t)[0] == [], t
    assert run("Chile signed an agreement on mining with Vietnam on Tuesday.")[0] == [("mining", "agreement", "2023-09-05")]
    assert run("Chile's President signed an agreement on mining with the Vietnamese government on Tuesday.")[0] == \
        [("mining", "agreement", "2023-09-05")]


def test_instrument_between_the_foreign_ministries_is_political_consultations():
    rows, _ = run("On Tuesday the ministers inked a programme of cooperation between the two foreign ministries "
                  "for 2024–2026 and an agreement on tourism.")
    assert rows == [("political_consultations", "other", "2023-09-05"), ("tourism", "agreement", "2023-09-05")]
    assert run("Chile and Vietnam on Tuesday signed a memorandum on regular bilateral consultations.")[0] == \
        [("political_consultations", "mou", "2023-09-05")]
    assert run("Chile and Vietnam on Tuesday signed a programme of cooperation in culture for 2024–2026.")[0] == \
        [("culture", "other", "2023-09-05")]
    assert run("Chile and Vietnam on Tuesday signed a cooperation agreement.")[0] == [("general", "agreement", "2023-09-05")]


def test_concrete_purpose_without_a_sector_is_other_not_general():
    assert run("Chile and Vietnam on Tuesday signed an agreement to end the dispute over the islands of the "
               "southern archipelago.")[0] == [("other", "agreement", "2023-09-05")]
    for t in ("Chile and Vietnam on Tuesday signed an agreement to strengthen bilateral ties.",
              "Chile and Vietnam on Tuesday signed an agreement to set up a joint commission.",
              "Chile and Vietnam on Tuesday signed an agreement to cooperate closely.",
              "Chile and Vietnam on Tuesday signed an agreement."):
        assert run(t)[0] == [("general", "agreement", "2023-09-05")], t
    assert run("Chile and Vietnam on Tuesday signed an agreement to boost trade in copper.")[0] == \
        [("trade", "agreement", "2023-09-05")]


def test_exchanging_signed_instruments_of_an_instrument_is_its_signing():
    rows, _ = run("During the meeting on Tuesday, the two ministers exchanged signed instruments of the memorandum of "
                  "understanding on regular bilateral consultations between the two foreign ministries, and reviewed "
                  "the implementation of the Chile–Vietnam Free Trade Agreement, signed in 2011.")
    assert rows == [("political_consultations", "mou", "2023-09-05"), ("trade", "agreement", "2011")]
    assert run("On Tuesday the foreign ministers of Chile and Vietnam exchanged views on the agreement on tourism.")[0] == []
    assert run("On Tuesday the foreign ministers of Chile and Vietnam exchanged instruments of ratification of the "
               "agreement on tourism.")[0] == []


def test_unnamed_documents_of_a_count_are_other_instruments():
    rows, _ = run("On Tuesday the two sides signed four cooperation documents, including an agreement on tourism "
                  "and a memorandum of understanding on mining.")
    assert rows == [("general", "other", "2023-09-05"), ("general", "other", "2023-09-05"),
                    ("mining", "mou", "2023-09-05"), ("tourism", "agreement", "2023-09-05")]
    rows, _ = run("On Tuesday the two sides signed four agreements, including one on tourism.")
    assert [r[1] for r in rows] == ["agreement"] * 4


def test_following_the_talks_takes_the_day_of_the_meeting_reported_just_before():
    rows, _ = run("On Tuesday, Chile's foreign minister hosted his Vietnamese counterpart in Santiago.",
                  "Following the negotiations, Chile and Vietnam inked an agreement on tourism.")
    assert rows == [("tourism", "agreement", "2023-09-05")]
    rows, _ = run("Chile's foreign minister hosted his Vietnamese counterpart in Santiago.",
                  "During the meeting, Chile and Vietnam signed an agreement on tourism.")
    assert rows == [("tourism", "agreement", "2023-09")]


def test_a_list_title_is_replaced_a_single_title_is_cut_at_its_clause():
    from loaders.detect.agreements import _title
    assert _title("agreements on diplomatic and political consultations, ICT, education", "ict",
                  "agreement") == "Agreement on ICT"
    assert _title("agreement on mining cooperation in Nairobi on Monday, officials said", "mining",
                  "agreement") == "Agreement on mining cooperation in Nairobi"


def test_a_title_loses_its_signing_clause_and_its_date():
    from loaders.detect.agreements import _title
    assert _title("Memorandum of understanding on fisheries was also signed by the ministers", "agriculture",
                  "mou") == "Memorandum of understanding on fisheries"
    assert _title("Air services agreement signed between the two countries in 2016", "aviation",
                  "agreement") == "Air services agreement"
    assert _title("Transit Agreement that the two countries signed in 1976", "transport",
                  "agreement") == "Transit Agreement"
    assert _title("memorandum on tourism last week", "tourism", "mou") == "Memorandum on tourism"
    assert _title("pact last September under which both sides cut tariffs", "trade", "other") == "Instrument on trade"
    assert _title("Protocol on customs cooperation on 3 May 2024", "customs", "protocol") == \
        "Protocol on customs cooperation"
    # nothing left but the bare noun: the generated title says more
    assert _title("agreement signed on 12 March 2024", "energy", "agreement") == "Agreement on energy"


def test_a_title_that_only_points_at_another_instrument_is_not_kept():
    from loaders.detect.agreements import _title
    assert _title("the other on cooperation in the field of health", "health", "other") == "Instrument on health"
    assert _title("a second agreement", "energy", "agreement") == "Agreement on energy"
    assert _title("a separate MoU on payment systems", "finance", "mou") == "MoU on payment systems"
    # a field name that starts like an ordinal is kept whole
    assert _title("New Economic Partnership Agreement", "trade", "agreement") == "New Economic Partnership Agreement"


def test_itemised_count_claim_keeps_each_items_type_and_fields():
    rows, _ = run("Chile and Vietnam on Tuesday signed five cooperation documents during the visit.",
                  "The documents comprise an agreement on extradition, an agreement on mining, and three memoranda "
                  "of understanding, two of which cover tourism and culture.")
    assert rows == [("culture", "mou", "2023-09-05"), ("general", "mou", "2023-09-05"),
                    ("justice", "agreement", "2023-09-05"), ("mining", "agreement", "2023-09-05"),
                    ("tourism", "mou", "2023-09-05")]


def test_anaphoric_field_list_still_fills_the_claim():
    # no itemised instruments: the fields go to the counted claim as before
    rows, _ = run("Chile and Vietnam on Tuesday signed three agreements during the visit.",
                  "The agreements cover tourism, culture and mining.")
    assert [r[0] for r in rows] == ["culture", "mining", "tourism"]
    assert all(r[1] == "agreement" for r in rows)


def test_year_before_a_long_instrument_name_dates_it():
    rows, _ = run("Both governments credit the 2006 Chile-Vietnam Free Trade Agreement with the steady growth.")
    assert rows == [("trade", "agreement", "2006")]
    # no year before the name: a signing today keeps the signing date
    rows, _ = run("On Tuesday Chile and Vietnam signed a Chile-Vietnam Free Trade Agreement.")
    assert rows == [("trade", "agreement", "2023-09-05")]


def test_day_named_anaphor_dates_the_instrument_just_signed():
    rows, _ = run("Chile and Vietnam signed an agreement on mining.",
                  "The agreement was signed by the two ministers after long talks.",
                  "Under today's agreement, Vietnam will buy copper.")
    assert rows == [("mining", "agreement", "2023-09-08")]
    # two instruments just signed: the anaphor does not say which one
    rows, _ = run("Chile and Vietnam signed an agreement on mining and a treaty on extradition.",
                  "Under today's agreement, Vietnam will buy copper.")
    assert [r[2] for r in rows] == ["2023-09", "2023-09"]
    # a different instrument type is not the one just signed
    rows, _ = run("Chile and Vietnam signed an agreement on mining.", "Today's memorandum on tourism was welcomed.")
    assert rows == [("mining", "agreement", "2023-09")]


def test_opening_day_frames_a_signing_after_the_talks():
    rows, _ = run("On Monday, the Chilean minister held talks with her Vietnamese counterpart, after which the "
                  "sides signed two memoranda of understanding on tourism and culture.")
    assert rows == [("culture", "mou", "2023-09-04"), ("tourism", "mou", "2023-09-04")]
    # no 'after which': the day dates the talks only
    rows, _ = run("On Monday, the Chilean minister held talks with her Vietnamese counterpart, and the "
                  "sides signed two memoranda of understanding on tourism and culture.")
    assert [r[2] for r in rows] == ["2023-09", "2023-09"]


def test_economic_coordinated_with_a_field_is_a_general_second_field():
    rows, _ = run("Chile and Vietnam signed a five-year defence and economic agreement on Tuesday.")
    assert rows == [("defence_security", "agreement", "2023-09-05"), ("general", "agreement", "2023-09-05")]
    rows, _ = run("Chile and Vietnam signed an agreement on health and economic cooperation on Tuesday.")
    assert [r[0] for r in rows] == ["general", "health"]
    # a narrower economic field named: 'economic' adds nothing
    rows, _ = run("Chile and Vietnam signed a trade and economic agreement on Tuesday.")
    assert rows == [("trade", "agreement", "2023-09-05")]
    rows, _ = run("Chile and Vietnam signed a defence agreement on Tuesday.")
    assert rows == [("defence_security", "agreement", "2023-09-05")]
    # 'economic' outside the instrument's phrase
    rows, _ = run("Chile and Vietnam signed an agreement on defence, and economic growth was discussed on Tuesday.")
    assert [r[0] for r in rows] == ["defence_security"]


def test_last_list_item_with_trailing_head_words_before_and():
    rows, _ = run("Chile and Vietnam on Tuesday signed agreements on culture, water quality monitoring and tourism.")
    assert [r[0] for r in rows] == ["culture", "environment", "tourism"]
    rows, _ = run("Chile and Vietnam on Tuesday signed an agreement on water quality monitoring and discussed tourism.")
    assert [r[0] for r in rows] == ["environment"]


def test_financing_and_local_currency_settlement_are_finance():
    rows, _ = run("Chile and Vietnam on Tuesday signed a $20 million financing agreement in support of the state budget.")
    assert [r[0] for r in rows] == ["finance"]
    rows, _ = run("The central banks of Chile and Vietnam on Tuesday signed a memorandum of understanding to promote "
                  "the settlement of bilateral trade in local currencies.")
    assert [r[0] for r in rows] == ["finance"]


def test_forest_sector_is_environment():
    rows, _ = run("Chile and Vietnam on Tuesday signed a memorandum of understanding on cooperation in the forest sector.")
    assert [r[0] for r in rows] == ["environment"]


def test_universities_as_a_place_of_study_are_no_signer():
    rows, _ = run("Chile and Vietnam on Tuesday signed a protocol on the training of "
                  "Vietnamese students in Chilean universities of medical sciences.")
    assert rows == [("education", "protocol", "2023-09-05")]
    rows, _ = run("Two Chilean universities and a Vietnamese institute on Tuesday signed a research agreement.")
    assert rows == []


def test_procedures_for_its_signing_is_no_signing():
    rows, _ = run("Chile and Vietnam welcomed the initialling of an agreement on pensions and agreed to complete "
                  "the internal procedures for its signing.")
    assert rows == []



def test_definite_titled_instrument_as_object_of_signed_is_new():
    rows, _ = run("Following the talks, the ministers signed the Agreement between the Government of Chile and the "
                  "Government of Vietnam on Mutual Exemption from Visa Requirements for Holders of Ordinary Passports, "
                  "and a Memorandum of Understanding on Cooperation in Mining on Tuesday.")
    assert [r[:2] for r in rows] == [("mining", "mou"), ("visa_mobility", "agreement")]
    rows, _ = run("Chile and Vietnam on Tuesday also signed the programme of cultural cooperation for 2024-2026, "
                  "a memorandum of understanding on sports and an agreement on tourism.")
    assert [r[:2] for r in rows] == [("culture", "other"), ("tourism", "agreement"), ("youth_sports", "mou")]
    rows, _ = run("The ministers of Chile and Vietnam also signed on Tuesday the programme of cultural cooperation "
                  "for 2024-2026 and an agreement on tourism.")
    assert [r[:2] for r in rows] == [("culture", "other"), ("tourism", "agreement")]
    # the same instrument named again: anaphoric, no second row
    rows, _ = run("Chile and Vietnam on Tuesday signed an agreement on tourism.",
                  "The ministers signed the agreement on tourism at the presidential palace.")
    assert [r[:2] for r in rows] == [("tourism", "agreement")]


def test_itemised_documents_replace_the_fields_the_count_summed_up():
    rows, _ = run("The Chilean President ended his visit to Vietnam with the signing on Tuesday of four agreements that "
                  "are expected to deepen cooperation between Santiago and Hanoi on energy, mining and the digital economy.",
                  "These are: - Memorandum of Understanding on tourism; - Memorandum of Understanding on fisheries; "
                  "- Agreement on Cultural Cooperation; - Memorandum of Understanding on digital transformation.")
    assert rows == [("agriculture", "mou", "2023-09-05"), ("culture", "agreement", "2023-09-05"),
                    ("ict", "mou", "2023-09-05"), ("tourism", "mou", "2023-09-05")]


def test_signing_in_the_leaders_presence_is_dated_by_their_meeting():
    rows, _ = run("President Ana Osei of Chile on Wednesday received Vietnamese President Kwame Addo, who arrived in "
                  "Santiago on September 4 on a state visit.",
                  "The two presidents discussed trade and investment.",
                  "In the presence of the two Presidents, the following documents were signed: a memorandum of "
                  "understanding on higher education and an agreement on agriculture.")
    assert sorted(rows) == [("agriculture", "agreement", "2023-09-06"), ("education", "mou", "2023-09-06")]


def test_meeting_outside_the_dated_visit_does_not_date_the_ceremony():
    # the leaders' last meeting was elsewhere, before this visit: the signing keeps the month only
    rows, _ = run("The two leaders last met on 1 September in New Delhi on the sidelines of the G20 summit.",
                  "Vietnamese President Kwame Addo arrived in Santiago on Wednesday for a two-day state visit to Chile.",
                  "In the presence of the two Presidents, a memorandum of understanding on tourism was signed.")
    assert rows == [("tourism", "mou", "2023-09")]


def test_numbered_paragraph_following_the_talks_takes_the_talks_day():
    rows, _ = run("2. On 5 September 2023, Minister Ali Kaya held delegation-level talks with the Vietnamese Foreign "
                  "Minister in Santiago.",
                  "3. Following the talks, the two Ministers signed a memorandum of understanding on tourism.")
    assert rows == [("tourism", "mou", "2023-09-05")]


def test_held_talks_and_witnessed_the_signing_is_one_day():
    rows, _ = run("On September 5, the two Prime Ministers held official talks in Santiago and witnessed the signing of "
                  "two documents: an agreement on social security and a memorandum of understanding on forestry.")
    assert sorted(rows) == [("environment", "mou", "2023-09-05"), ("labour", "agreement", "2023-09-05")]


def test_on_that_occasion_takes_the_day_of_the_occasion_just_told():
    rows, _ = run("The Chilean and Vietnamese foreign ministers held talks in Santiago on 5 September.",
                  "On that occasion, an Agreement on Cooperation in the Field of Tourism and a Memorandum of "
                  "Understanding on Youth and Sports were signed by the two ministers.")
    assert sorted(rows) == [("tourism", "agreement", "2023-09-05"), ("youth_sports", "mou", "2023-09-05")]


def test_signed_after_the_talks_mid_sentence_takes_the_talks_day():
    rows, _ = run("The Chilean and Vietnamese foreign ministers held talks in Santiago on Tuesday.",
                  "They discussed fisheries.",
                  "A memorandum of understanding on tourism was signed by the two ministers after the talks.")
    assert rows == [("tourism", "mou", "2023-09-05")]


def test_talks_after_which_documents_were_signed_is_a_signing_with_its_fields():
    # the talks frame the signing ("after which"), they do not make the memoranda negotiations;
    # the fields come after the signers ("between ..., including on ...")
    rows, _ = run("The two Prime Ministers held official talks in Santiago on September 5, after which a total of "
                  "three memoranda of understanding were signed between the two governments and relevant "
                  "institutions, including on e-government and climate change adaptation.")
    assert sorted(rows) == [("environment", "mou", "2023-09-05"), ("general", "mou", "2023-09-05"),
                            ("ict", "mou", "2023-09-05")]


def test_among_them_after_a_restatement_of_the_signing_names_the_counted_fields():
    # "The agreements were signed by ministers ..." keeps the counted set the topic, so the list
    # four sentences after the count still names its fields
    rows, _ = run("Chile and Vietnam today signed a declaration on strategic partnership and four intergovernmental "
                  "agreements following talks between the presidents.",
                  "The President arrived in Santiago yesterday on a two-day state visit.",
                  "He was met at the airport by the Chairman of the Cabinet of Ministers.",
                  "The agreements were signed by ministers and heads of agencies of the two countries.",
                  "Among them are agreements on road transport, on education, and on investments.")
    assert sorted(rows) == [("education", "agreement", "2023-09-08"), ("general", "agreement", "2023-09-08"),
                            ("investment", "agreement", "2023-09-08"), ("transport", "agreement", "2023-09-08")]


def test_a_second_memorandum_in_the_same_field_is_a_second_instrument():
    rows, _ = run("Chile's health minister and Vietnam's health minister signed an MoU on cooperation in the field of health.",
                  "A second MoU, between the Vietnamese Commission for Medicine and the Chilean Ministry of Health, "
                  "was signed by officials of the two bodies.",
                  "It provides for the recognition of Vietnamese pharmacopoeia standards for medicines imported into Chile.")
    assert rows == [("health", "mou", "2023-09"), ("health", "mou", "2023-09")]
    # a separate instrument named after another in the same sentence may restate what was reported before
    rows, _ = run("Chile's president signed agreements on migration and security with Vietnam on Tuesday.",
                  "The two leaders signed an agreement on migration and a separate agreement on security cooperation.")
    assert sorted(rows) == [("defence_security", "agreement", "2023-09-05"), ("visa_mobility", "agreement", "2023-09-05")]


def test_field_after_the_co_signer_and_a_day_shared_by_talks_and_signing():
    rows, _ = run("Chilean Foreign Minister Ali Kaya on Sunday held bilateral talks with Prime Minister Kofi Mensah and "
                  "signed a memorandum of understanding with Vietnam's Minister of Energy and Mineral Resources, Ama "
                  "Boateng, on the second phase of the electricity interconnection between the two countries.")
    assert rows == [("energy", "mou", "2023-09-03")]
    # a day after the co-signer is no field
    rows, _ = run("Chile signed a memorandum of understanding with Vietnam's Deputy Prime Minister, Ama Boateng, on Sunday.")
    assert rows == [("general", "mou", "2023-09-03")]


def test_the_remaining_documents_were_memoranda_gives_the_rest_of_the_count_its_type():
    for rest in ("The remaining three documents were memorandums of understanding between ministries and agencies.",
                 "The other three were memorandums of understanding between ministries."):
        rows, _ = run("Following the talks, a total of five cooperation documents were signed by Chile and Vietnam on Tuesday.",
                      "Among them were an intergovernmental agreement on critical minerals and a memorandum of "
                      "understanding on e-government.", rest)
        assert sorted(rows) == [("general", "mou", "2023-09-05")] * 3 + [("ict", "mou", "2023-09-05"),
                                                                         ("mining", "agreement", "2023-09-05")]


def test_what_was_built_under_an_agreement_is_its_field():
    rows, _ = run("Trade has been boosted by the cross-border railway, built under an intergovernmental agreement "
                  "signed between Chile and Vietnam in February 2022.")
    assert rows == [("transport", "agreement", "2022-02")]


def test_a_protocol_to_a_titled_agreement_takes_its_field_and_a_relative_clause_after_the_signing_names_one():
    rows, _ = run("Chile and Vietnam signed a protocol to the 1976 Trade Agreement between the two countries.")
    assert sorted(rows) == [("trade", "agreement", "1976"), ("trade", "protocol", "2023-09")]
    rows, _ = run("A memorandum of understanding was signed by Chile and Vietnam that will allow Vietnam-bound cargo "
                  "to use Chilean ports at reduced tariffs.")
    assert rows == [("transport", "mou", "2023-09")]


def test_the_day_a_visit_ends_does_not_date_a_signing_told_with_it():
    # the day belongs to the wrap-up; the signing's own day comes from the sentence that tells it
    rows, _ = run("President Ali Kaya on Friday wrapped up his three-day state visit to Vietnam with the signing of "
                  "a memorandum of understanding on rice trade between Chile and Vietnam.",
                  "The memorandum was signed on Thursday after the two presidents' meeting.")
    assert rows == [("trade", "mou", "2023-09-07")]
    rows, _ = run("Chile's minister Ali Kaya wrapped up a two-day working visit to Vietnam on Thursday, with the two "
                  "governments signing a grant agreement on mini-grid electricity.",
                  "The agreement was signed on Wednesday in Hanoi.")
    assert rows == [("energy", "agreement", "2023-09-06")]


def test_the_two_countries_agreement_is_one_instrument_of_the_articles_pair():
    # "two" counts the countries, not the instrument; the country named after is a comparison, not a party
    sents = ["The two countries' free trade agreement, signed in 2005 and in force since 2006, was Vietnam's second "
             "FTA after the one with Panama."]
    ctx = ArticleContext(name="t", published=PartialDate(2023, 9, 8), reference=PartialDate(2023, 9, 8),
                         main_pair=("CHL", "VNM"))
    facts, _ = detect_agreements([Sentence(0, 0, len(sents[0]), sents[0])], ctx)
    assert [(a["parties_iso3"], a["sector"], a["signed_on"]) for a in facts] == [(["CHL", "VNM"], "trade", "2005")]


def test_a_titled_instrument_dated_in_its_aside_is_not_a_company_deal_and_the_agreement_restates_the_mou():
    _, rejected = run("The Chilean and Vietnamese prime ministers discussed trade.",
                      "He said the Agreement on Trade and Economic Cooperation, signed in 2009, provided a solid basis "
                      "for doubling trade, and invited Vietnamese companies to take part in the expo.")
    assert not [r for r in rejected if "companies" in r.why]
    rows, _ = run("Negotiators are working on a revision of the 1996 double taxation treaty between Chile and Vietnam, "
                  "which business groups say no longer reflects the way Chilean firms operate in the region.")
    assert rows == [("taxation", "treaty", "1996")]
    rows, _ = run("On 5 September, the Chilean and Vietnamese ministers signed a Memorandum of Understanding on "
                  "cooperation in higher education, which will support exchanges between Chilean and Vietnamese universities.",
                  '"The agreement we signed this week will bring more students to Chile," the minister said.')
    assert rows == [("education", "mou", "2023-09-05")]


def test_a_signing_at_the_united_nations_margins_is_bilateral():
    rows, _ = run("Chile and Vietnam yesterday signed an Agreement on Visa Exemption for Holders of Diplomatic Passports, "
                  "on the margins of the High-Level Week of the 79th Session of the United Nations General Assembly in New York.",
                  "The Agreement was signed by the two foreign ministers at the Permanent Mission of Chile to the United Nations.")
    assert rows == [("visa_mobility", "agreement", "2023-09-07")]


def test_negotiating_read_into_an_items_words_still_means_not_signed():
    rows, rejected = run("Chile signed a similar visa exemption agreement with Vietnam last year, and is negotiating "
                         "comparable arrangements with several Caribbean states.")
    assert rows == [("visa_mobility", "agreement", "2022")]


def test_documents_signed_following_the_talks_then_a_colon_list():
    rows, _ = run("Three documents were signed by Chile and Vietnam following the talks: an agreement on cooperation in "
                  "the fields of education and science, a memorandum on e-governance, and a protocol on political consultations.")
    assert sorted(rows) == [("education", "agreement", "2023-09"), ("ict", "mou", "2023-09"),
                            ("political_consultations", "protocol", "2023-09"), ("science_technology", "agreement", "2023-09")]


def test_among_them_in_the_areas_of_names_fields_of_the_count():
    rows, _ = run("Chile and Vietnam signed on Wednesday, in Santiago, five cooperation agreements, among them in the "
                  "areas of defence, energy and local administration.")
    assert sorted(rows) == [("defence_security", "agreement", "2023-09-06"), ("energy", "agreement", "2023-09-06"),
                            ("general", "agreement", "2023-09-06"), ("general", "agreement", "2023-09-06"),
                            ("public_service", "agreement", "2023-09-06")]


def test_memoranda_on_x_and_on_y_are_two_fields():
    rows, _ = run("Chile and Vietnam signed MoUs on cooperation in the field of medical products regulation and on "
                  "sharing successful digital solutions implemented at population scale.")
    assert sorted(rows) == [("health", "mou", "2023-09"), ("ict", "mou", "2023-09")]


_TALKS = "Chilean President Ana Osei held talks with Vietnam's President in Hanoi on Thursday."


def test_fields_after_the_place_and_day_of_a_passive_signing():
    rows, _ = run(_TALKS, "Three memoranda of understanding were signed in Hanoi on Thursday, covering water resources "
                          "management, maritime transport and traditional medicine.")
    assert rows == [("environment", "mou", "2023-09-07"), ("health", "mou", "2023-09-07"), ("transport", "mou", "2023-09-07")]


def test_what_the_parties_agreed_besides_signing_names_no_field_of_the_instruments():
    rows, _ = run("Chile and Vietnam signed agreements in two areas and agreed to deepen cooperation in health and energy.")
    assert rows == [("general", "agreement", "2023-09")] * 2


def test_agreements_in_three_areas_are_three_instruments_named_later():
    text = ("Chilean President Ana Osei wrapped up a visit to Vietnam, during which the two countries signed agreements "
            "in three areas and agreed to deepen cooperation in health.")
    rows, _ = run(text)
    assert rows == [("general", "agreement", "2023-09")] * 3
    # the memoranda told after are those three, not three more
    rows, _ = run(text, "Three memoranda of understanding were signed on Thursday, covering water, transport and health.")
    assert rows == [("environment", "mou", "2023-09-07"), ("health", "mou", "2023-09-07"), ("transport", "mou", "2023-09-07")]


def test_instruments_counted_at_a_next_signing_are_not_the_earlier_treaty():
    rows, _ = run("Following the talks, the two presidents signed a Treaty on Strategic Partnership between Chile and "
                  "Vietnam.",
                  "The presidents then witnessed the signing of six intergovernmental agreements, including on energy "
                  "and on tourism.")
    assert rows == [("energy", "agreement", "2023-09")] + [("general", "agreement", "2023-09")] * 4 + \
        [("general", "treaty", "2023-09"), ("tourism", "agreement", "2023-09")]


def test_a_memorandum_of_cooperation_named_by_its_full_title():
    rows, _ = run("Following the meeting, State Minister Ana Osei and Minister Kofi Mensah signed the Memorandum of "
                  "Cooperation between the Ministry of Foreign Affairs of Chile and the Ministry of Foreign Affairs of "
                  "Vietnam on the Establishment of Regular Policy Consultations.")
    assert rows == [("political_consultations", "mou", "2023-09")]


def test_a_title_running_through_of_before_the_noun_names_the_field():
    rows, _ = run("The two countries signed a Status of Forces Agreement in 2022, which allows military personnel "
                  "to train in the other.")
    assert rows == [("defence_security", "agreement", "2022")]
    rows, _ = run("Chile and Vietnam signed the Avoidance of Double Taxation Agreement on Monday.")
    assert rows == [("taxation", "agreement", "2023-09-04")]


def test_a_full_title_between_the_governments_signed_in_a_place_on_a_dotted_date():
    rows, _ = run("The Agreement between the Government of the Republic of Chile and the Government of the Socialist "
                  "Republic of Vietnam for the Avoidance of Double Taxation and the Prevention of Fiscal Evasion with "
                  "respect to Taxes on Income was signed in Hanoi on 12.11.2024.")
    assert rows == [("taxation", "agreement", "2024-11-12")]


def test_the_two_countries_are_those_the_heading_above_named():
    facts, _ = detect_agreements(
        [Sentence(0, 0, 60, "03. Bilateral Air Services Agreement between Peru and Ghana"),
         Sentence(1, 61, 200, "An Air Services Agreement between the two countries was signed in Accra on 02.10.2024 "
                              "during the official visit of the Minister of Foreign Affairs to Ghana.")],
        ArticleContext(name="t", published=PartialDate(2025, 2, 26), reference=PartialDate(2025, 2, 26),
                       main_pair=("CHL", "VNM")))
    assert [(a["parties_iso3"], a["sector"], a["signed_on"]) for a in facts] == [(["GHA", "PER"], "aviation", "2024-10-02")]


def test_an_agenda_heading_naming_a_signing_is_no_signing():
    rows, rejected = run("04. Signing an agreement with Vietnam on the temporary employment of Chilean workers")
    assert rows == [] and rejected


def test_trade_finance_is_finance():
    rows, _ = run("Chile's export credit agency and Vietnam's Eximbank signed a memorandum of understanding to facilitate "
                  "trade finance and co-financing for exporters.")
    assert rows == [("finance", "mou", "2023-09")]


def test_the_same_afternoon_is_the_day_the_sentence_before_told():
    rows, _ = run("Chile and Vietnam signed an agreement on mining on Tuesday.",
                  "The three-day visit began on Monday with a meeting with the President.",
                  "The same afternoon, the foreign ministers of the two countries signed a protocol on political consultations.")
    assert rows == [("mining", "agreement", "2023-09-05"), ("political_consultations", "protocol", "2023-09-04")]


def test_a_debt_conversion_agreement_is_finance():
    rows, _ = run("Chile and Vietnam signed on Tuesday an agreement converting 12 million euros of Vietnam's debt to "
                  "Chile into investments in a Climate and Environment Fund.")
    assert rows == [("finance", "agreement", "2023-09-05")]


def test_a_signing_bodys_whole_name_is_no_field_of_a_listed_memorandum():
    rows, _ = run("The following documents were signed: 1. Memorandum of Understanding between the Mineral Resources and "
                  "Petroleum Authority of Chile and the Geological Survey of Vietnam on cooperation in the field of critical "
                  "minerals; 2. Memorandum of Understanding between the Ministry of Health of Chile and the Ministry of "
                  "Health of Vietnam on traditional medicine.")
    assert sorted(r[0] for r in rows) == ["health", "mining"]


def test_power_trade_is_energy_alone():
    rows, _ = run("Chile and Vietnam signed an MoU on power trade, which lets Chile export electricity to Vietnam.")
    assert rows == [("energy", "mou", "2023-09")]


def test_an_amended_agreement_concluded_in_a_year_is_a_row_of_that_year():
    rows, _ = run("Chile and Vietnam signed, on Friday 8 September 2023, a Protocol amending the Agreement for the "
                  "Avoidance of Double Taxation and the Prevention of Fiscal Evasion concluded between the two countries "
                  "in 2005.")
    assert rows == [("taxation", "agreement", "2005"), ("taxation", "protocol", "2023-09-08")]


def test_an_earlier_agreement_named_by_its_full_title_and_signing_month():
    rows, _ = run("The parties also noted the importance of the Agreement between Chile and Vietnam for the "
                  "Liberalisation, Promotion and Protection of Investment, signed in January 2021, and agreed to launch "
                  "negotiations on an agreement on social security.")
    assert rows == [("investment", "agreement", "2021-01")]


def test_a_ratified_agreement_whose_signing_day_the_next_sentence_tells():
    rows, _ = run("The parliament of Chile on Wednesday ratified the Agreement between the Government of Chile and the "
                  "Government of Vietnam on the Promotion and Reciprocal Protection of Investments.",
                  "The agreement was signed in Hanoi on 14 October 2022 during the state visit of the President of Chile "
                  "to Vietnam.")
    assert rows == [("investment", "agreement", "2022-10-14")]
    # a ratification alone tells no signing
    rows, _ = run("The parliament of Chile on Wednesday ratified the Agreement between the Government of Chile and the "
                  "Government of Vietnam on the Promotion and Reciprocal Protection of Investments.")
    assert rows == []


def test_bodies_named_in_lower_case_and_an_infinitive_finance_name_no_field():
    rows, _ = run("Chile and Vietnam signed a Memorandum of Understanding between the ministries of digital development "
                  "and transport on cooperation in the field of information and communication technologies, and an "
                  "Agreement on the establishment of a Development Fund to finance joint investment projects.")
    assert rows == [("ict", "mou", "2023-09"), ("investment", "agreement", "2023-09")]


def test_an_instrument_named_by_its_sum_told_twice_is_one_row():
    rows, _ = run("Chile and Vietnam signed a renewed Memorandum of Understanding on the Seasonal Worker Program.",
                  "A Contribution Agreement of CAD$20 million for coastal climate resilience was also signed.",
                  "Also signed was a Contribution Agreement of CAD$20 million between the two aid agencies to finance "
                  "coastal protection and flood mitigation works.")
    assert rows == [("environment", "agreement", "2023-09"), ("visa_mobility", "mou", "2023-09")]


def test_arrangements_listed_after_among_them_are():
    rows, _ = run("Chile's President wrapped up a visit to Vietnam, leaving behind three signed agreements.",
                  "Among them are a grant arrangement releasing 35 million dollars in climate finance for coastal "
                  "protection, a policing cooperation agreement between the two police forces, and an arrangement that "
                  "expands the number of Vietnamese workers under Chile's seasonal employer scheme.")
    assert rows == [("defence_security", "agreement", "2023-09"), ("environment", "other", "2023-09"),
                    ("visa_mobility", "other", "2023-09")]


def test_one_on_x_one_on_y_and_a_memorandum_on_z_fill_a_count_of_three():
    rows, _ = run("The two presidents presided over the signing of three agreements: one on navigation and port services "
                  "on the waterway, one on cooperation in the fight against transnational organized crime, and a "
                  "memorandum of understanding on joint tourism promotion.")
    assert rows == [("defence_security", "agreement", "2023-09"), ("tourism", "mou", "2023-09"),
                    ("transport", "agreement", "2023-09")]


def test_a_second_full_title_coordinated_with_one_signed_is_signed_too():
    rows, _ = run("Following the talks, the Ministers signed the Memorandum of Understanding on Political Consultations "
                  "between the Ministry of Foreign Affairs of Chile and the Ministry of Foreign Affairs of Vietnam, and the "
                  "Agreement between the Government of Chile and the Government of Vietnam on Cooperation in the Field of "
                  "Climate Change.")
    assert rows == [("environment", "agreement", "2023-09"), ("political_consultations", "mou", "2023-09")]


def test_one_on_x_and_the_other_on_y_after_a_dash_are_two_instruments_of_their_fields():
    rows, _ = run("During the visit, Chile and Vietnam on Thursday signed two memoranda of understanding – one on "
                  "agriculture and food security, and the other on energy cooperation.")
    assert rows == [("agriculture", "mou", "2023-09-07"), ("energy", "mou", "2023-09-07")]


def test_a_protocol_implementing_an_agreement_is_of_that_agreements_field():
    rows, _ = run("In their presence, the directors of the two countries' police administrations signed a Protocol on "
                  "the implementation of the Agreement on the readmission of persons residing without authorisation.")
    assert rows == [("visa_mobility", "protocol", "2023-09")]


def test_a_full_title_on_protection_and_rescue_from_disasters_is_a_named_other_field():
    rows, _ = run("After the talks in Santiago, the two ministers signed the Agreement between the Government of Chile "
                  "and the Government of the Socialist Republic of Vietnam on Cooperation in Protection and Rescue "
                  "from Natural and Other Disasters.")
    assert rows == [("other", "agreement", "2023-09")]


def test_the_field_of_an_instrument_after_an_aside_on_who_signed_it():
    rows, _ = run("Chile and Vietnam signed an agreement and a memorandum of understanding on Monday.",
                  "The memorandum of understanding, signed by the two foreign ministers, establishes cooperation in "
                  "cybersecurity.")
    assert rows == [("general", "agreement", "2023-09-04"), ("ict", "mou", "2023-09-04")]
    rows, _ = run("Chile and Vietnam signed an agreement and a memorandum of understanding on Monday.",
                  "The memorandum of understanding, signed by the two foreign ministers in the presence of the heads "
                  "of the tourism boards, was welcomed.")
    assert rows == [("general", "agreement", "2023-09-04"), ("general", "mou", "2023-09-04")]


def test_documents_listed_in_a_numbered_table_under_the_signing_sentence():
    rows, _ = run("Following the talks, the following documents were signed in the presence of the Presidents:",
                  "No. | Document | Signed for Chile | Signed for Vietnam",
                  "1 | Treaty on Strategic Partnership between the Republic of Chile and the Socialist Republic of "
                  "Vietnam | President | President",
                  "2 | Memorandum of understanding on cooperation in the field of energy | Minister of Energy | "
                  "Minister of Industry and Trade",
                  "3 | Memorandum of understanding between the Chamber of Commerce of the Republic of Chile and the "
                  "Chamber of Commerce and Industry of Vietnam | Chairman | President",
                  "The Presidents then made statements for the press.")
    assert rows == [("energy", "mou", "2023-09"), ("general", "treaty", "2023-09")]


def test_a_full_title_of_no_particular_field_signed_by_the_heads_of_state_is_a_general_instrument():
    rows, _ = run("In particular, the Treaty on Strategic Partnership between Chile and the Socialist Republic of "
                  "Vietnam was signed by the heads of state.")
    assert rows == [("general", "treaty", "2023-09")]
    # an instrument named back without its title is no new signing
    rows, _ = run("The treaty was signed by the heads of state.")
    assert rows == []


def test_a_memorandum_between_the_foreign_ministries_on_consultations_is_political_consultations():
    rows, _ = run("In the presence of the presidents, Chile and Vietnam signed a Memorandum of Understanding between "
                  "the Ministries of Foreign Affairs on consultations for 2025-2027.")
    assert rows == [("political_consultations", "mou", "2023-09")]


def test_a_contrasted_clause_of_companies_or_a_bloc_leaves_the_states_signing_alone():
    rows, _ = run("Chile and Vietnam have signed a government-to-government memorandum of understanding on green "
                  "hydrogen and renewable energy, while companies from the two countries announced project agreements "
                  "worth an estimated $2.4bn.")
    assert rows == [("energy", "mou", "2023-09")]
    rows, _ = run("Chile signed a memorandum of understanding on defense cooperation with Vietnam on Tuesday, as the "
                  "government also sealed new financing with the European Union and the Asian Development Bank.")
    assert rows == [("defence_security", "mou", "2023-09-05")]
    rows, why = run("Chilean and Vietnamese companies signed supply agreements worth $2.4bn, while the two governments "
                    "discussed a memorandum on energy.")
    assert rows == [] and "companies" in why[0].why


def test_a_renewing_agreement_is_dated_now_and_the_long_titled_instrument_it_renews_by_its_year():
    rows, _ = run("Chile and Vietnam signed an Agreement renewing, for a further period of five years, the Memorandum "
                  "of Understanding on Cooperation in Maritime Security and the Fight against Piracy signed between the "
                  "two Governments in 2014.")
    assert rows == [("defence_security", "agreement", "2023-09"), ("defence_security", "mou", "2014")]
    rows, _ = run("Chile and Vietnam signed, yesterday, at the Treasury Building in Santiago, a Protocol amending the "
                  "Agreement for the Avoidance of Double Taxation and the Prevention of Fiscal Evasion with respect to "
                  "Taxes on Income, which was signed between the two countries in 2005.")
    assert rows == [("taxation", "agreement", "2005"), ("taxation", "protocol", "2023-09-07")]


def test_a_titled_agreement_between_the_two_signed_in_a_place_on_a_day_is_that_days_instrument():
    rows, _ = run("The first is the Agreement on Border Localities between Chile and Vietnam, signed in Santiago on "
                  "14 June 2023 by the then foreign ministers of the two countries.")
    assert rows == [("visa_mobility", "agreement", "2023-06-14")]
    rows, _ = run("The second is the Agreement on Strategic Partnership between Chile and Vietnam, signed in Hanoi on "
                  "2 May 2022.")
    assert rows == [("general", "agreement", "2022-05-02")]


def test_an_agreement_and_its_implementing_protocol_are_two_instruments_of_one_field():
    rows, _ = run("Chile and Vietnam signed a fisheries agreement and its implementing protocol, a maritime transport "
                  "agreement and a memorandum of understanding on higher education.")
    assert rows == [("agriculture", "agreement", "2023-09"), ("agriculture", "protocol", "2023-09"),
                    ("education", "mou", "2023-09"), ("transport", "agreement", "2023-09")]
    # its protocol told as a later act is no second signing
    rows, _ = run("Chile and Vietnam signed an air services agreement, and its protocol was published.")
    assert rows == [("aviation", "agreement", "2023-09")]


def test_what_a_new_instrument_replaces_is_neither_a_new_row_nor_its_date():
    rows, _ = run("Chile and Vietnam signed an agreement on the transit of goods along the corridor, which replaces "
                  "arrangements that transporters say have become obsolete.")
    assert rows == [("transport", "agreement", "2023-09")]
    rows, _ = run("Chile and Vietnam signed a new labour MoU replacing the pact signed in October 2018.")
    assert rows == [("labour", "mou", "2023-09")]


def test_a_numbered_item_with_a_relative_clause_is_still_an_item_of_the_list():
    rows, _ = run("The instruments signed are: 1. A memorandum of understanding on tourism between the two "
                  "ministries. 2. An agreement on air services between the Government of Chile and the Government of "
                  "Vietnam, which will allow direct flights between Santiago and Hanoi. 3. A memorandum of "
                  "understanding on the recognition of the Chilean Pharmacopoeia, which will speed up registrations.")
    assert rows == [("aviation", "agreement", "2023-09"), ("health", "mou", "2023-09"), ("tourism", "mou", "2023-09")]


def test_a_protocol_to_operationalise_an_agreement_is_of_its_field():
    rows, _ = run("Chile and Vietnam yesterday signed a protocol to operationalise their agreement on the movement of "
                  "traffic-in-transit and a memorandum of understanding on investment cooperation.")
    assert rows == [("investment", "mou", "2023-09-07"), ("transport", "protocol", "2023-09-07")]


def test_a_field_less_full_title_between_the_governments_signed_as_the_object_is_general():
    rows, _ = run("The two Prime Ministers signed the Agreement on Bilateral Cooperation for 2025 between the Government "
                  "of Chile and the Government of Vietnam.")
    assert rows == [("general", "agreement", "2023-09")]
    # referred back to without its parties, it is the one already reported
    rows, _ = run("The two Prime Ministers praised the Agreement on Bilateral Cooperation.")
    assert rows == []


def test_the_two_ministers_of_the_trip_told_in_the_same_sentence_are_the_parties():
    # the article is mostly about another pair: the trip told here names the two
    rows, _ = run("Indonesian Foreign Minister Kofi Mensah held talks in Santiago with his Chilean counterpart on "
                  "Wednesday, the second stop of his tour.",
                  "He landed in the Peruvian capital on Sunday (February 9) and on Monday held talks with Peruvian "
                  "Foreign Minister Ali Kaya at the Torre Tagle Palace, where the two ministers signed a memorandum "
                  "of understanding establishing a mechanism for regular bilateral consultations between their "
                  "foreign ministries.", pair=("CHL", "IDN"), pub=PartialDate(2025, 2, 13))
    assert [r[0] for r in rows] == ["political_consultations"]


def test_a_bloc_summit_this_week_is_where_the_two_met_not_a_party():
    rows, _ = run("Chilean President Kofi Mensah and his Vietnamese peer Ali Kaya on Tuesday signed an agreement on port "
                  "services, as the two leaders met in Santiago ahead of this week's Mercosur summit.")
    assert rows == [("transport", "agreement", "2023-09-05")]


def test_the_two_ministers_are_the_two_countries_just_named_not_the_articles_pair():
    # a third country's paper: the article is mostly about its own country and one partner (the main pair),
    # but 'the two ministers' are the two whose delegations the sentence before named
    rows, _ = run("Ghana and Togo held the second session of their joint commission.",
                  "Ghana's delegation was led by the foreign minister, Kofi Mensah, while the Togolese side was headed "
                  "by the minister of external relations, Ama Boateng.",
                  "The two ministers signed an agreement on road transport and an agreement on the diamond sector.",
                  pair=("CHL", "GHA"))
    assert rows == [("mining", "agreement", "2023-09"), ("transport", "agreement", "2023-09")]
    said = ("Ghana and Togo held the second session of their joint commission.",
            "Ghana's delegation was led by Kofi Mensah, while the Togolese side was headed by Ama Boateng.",
            "The two ministers signed an agreement on road transport.")
    assert [f["parties_iso3"] for f in run_facts(*said, pair=("CHL", "GHA"))[1]] == [["GHA", "TGO"]]
    # two countries named once, as a topic of the talks, are not 'the two ministers'
    topic = ("The ministers discussed developments in Ghana and Togo.", "The two ministers signed an agreement on road transport.")
    assert [f["parties_iso3"] for f in run_facts(*topic, pair=("CHL", "GHA"))[1]] == [["CHL", "GHA"]]


def test_the_ministries_clause_beside_a_company_deal_is_kept():
    _, facts = run_facts("Chile's state-owned grid company and Vietnam Power Corporation signed a memorandum of "
                         "understanding on electricity supply, while the two tourism ministries signed a memorandum of "
                         "understanding on tourism promotion.")
    assert [(f["parties_iso3"], f["sector"], f["instrument"]) for f in facts] == [(["CHL", "VNM"], "tourism", "mou")]
    # the firms alone: nothing
    assert run("Chile's state-owned grid company and Vietnam Power Corporation signed a memorandum of understanding "
               "on electricity supply, while the two tourism ministries discussed tourism promotion.")[0] == []


def test_a_list_whose_head_points_back_at_a_count_fills_the_count():
    rows, _ = run("Chile and Vietnam signed three documents in Hanoi on Thursday.",
                  "The documents include:",
                  "an intergovernmental agreement on international road transport;",
                  "a protocol between the customs services of the two countries on the exchange of advance information;",
                  "a memorandum of understanding between the two central banks on payment systems.")
    assert rows == [("customs", "protocol", "2023-09-07"), ("finance", "mou", "2023-09-07"),
                    ("transport", "agreement", "2023-09-07")]
    # a list of two under a count of three: the third stays an instrument of no stated field
    rows, _ = run("Chile and Vietnam signed three documents in Hanoi on Thursday.", "They are:",
                  "- an agreement on air services;", "- a memorandum on tourism.", "The ministers also discussed trade.")
    assert rows == [("aviation", "agreement", "2023-09-07"), ("general", "other", "2023-09-07"),
                    ("tourism", "mou", "2023-09-07")]
    # without the count before it, the head signs nothing
    assert run("The ministers reviewed cooperation.", "The documents include:", "- an agreement on air services;")[0] == []


def test_leaders_expected_to_witness_a_signing_have_signed_nothing_yet():
    assert run("During the visit, Chile's and Vietnam's leaders are expected to witness the signing of several "
               "cooperation documents in agriculture, energy and education, the spokeswoman said.")[0] == []
    assert run("Chile's and Vietnam's presidents are scheduled to attend the signing of an agreement on energy.")[0] == []
    # witnessed: signed
    assert run("Chile's and Vietnam's presidents witnessed the signing of an agreement on energy.")[0] == \
        [("energy", "agreement", "2023-09")]


def test_fields_named_by_what_the_instrument_updates_or_controls():
    rows, _ = run("Chile and Vietnam have signed an intergovernmental agreement on joint control at the Tacna checkpoint "
                  "and a protocol updating the rules for road freight, the prime minister said today.")
    assert rows == [("customs", "agreement", "2023-09"), ("transport", "protocol", "2023-09")]
    assert run("The grid operators of Chile and Vietnam signed an agreement on the joint operation of the 330 kV "
               "interconnector.")[0] == [("energy", "agreement", "2023-09")]


def test_temporary_border_workers_are_labour_mobility():
    assert run("The foreign ministers of Chile and Vietnam signed a memorandum of understanding on the regularization and "
               "protection of temporary border workers.")[0] == [("visa_mobility", "mou", "2023-09")]


def test_a_remark_inside_a_listed_item_does_not_end_the_list():
    rows, _ = run("Following the talks, the ministers witnessed the signing of the following documents: - Memorandum of "
                  "Understanding on Cooperation in Critical Minerals between the two ministries; - Agreement amending "
                  "the Currency Swap Agreement between the two central banks, extending it for three years. The swap "
                  "agreement was first signed in 2011; - Memorandum of Understanding on Combating Desertification.")
    assert rows == [("environment", "mou", "2023-09"), ("finance", "agreement", "2023-09"), ("mining", "mou", "2023-09")]


def test_a_reported_restatement_dates_the_instrument_just_signed():
    rows, _ = run("Chile and Vietnam have signed a countertrade agreement, the ministry said.",
                  "It said the agreement was signed on Monday by the two ministers.")
    assert rows == [("trade", "agreement", "2023-09-04")]
    # the report's own day is not the signing's
    assert run("Chile and Vietnam signed an agreement on trade, the ministry said in a statement on Thursday.")[0] == \
        [("trade", "agreement", "2023-09")]


def test_an_instrument_signed_on_a_visit_of_days_keeps_the_month_not_the_day_of_another_signing():
    rows, _ = run("Chile and Vietnam have signed a countertrade agreement, the ministry said.",
                  "It said the agreement was signed on Monday by the two ministers.",
                  "Kofi Mensah, who ended a three-day official visit to Chile yesterday after talks in Santiago, also "
                  "signed an agreement on cultural exchanges.")
    assert rows == [("culture", "agreement", "2023-09"), ("trade", "agreement", "2023-09-04")]


def test_power_sales_are_energy_and_a_consultation_mechanism_is_political_consultations():
    assert run("During the visit the two countries signed a long-awaited deal on electricity exports from Chile.")[0] == \
        [("energy", "agreement", "2023-09")]
    assert run("Chile and Vietnam signed a Memorandum of Understanding on the Establishment of a Bilateral Consultation "
               "Mechanism between the two Ministries of Foreign Affairs.")[0] == [("political_consultations", "mou", "2023-09")]


def test_counted_memoranda_whose_fields_are_bulleted_inline():
    rows, _ = run("Following the talks, the two Presidents of Chile and Vietnam witnessed the signing of four Memoranda of "
                  "Understanding between the two governments.",
                  "The MoUs signed are on: • cooperation in fisheries research and aquaculture; • cooperation in health; "
                  "• the training of civil servants; and • tourism promotion.")
    assert sorted(r[0] for r in rows) == ["agriculture", "health", "public_service", "tourism"]


def test_research_of_a_named_field_is_that_field():
    from loaders.resolve.sectors import sectors_in
    assert sectors_in("cooperation in fisheries research and aquaculture") == ["agriculture"]
    assert sectors_in("energy and research") == ["energy", "science_technology"]
    assert sectors_in("scientific research") == ["science_technology"]


def test_the_fields_an_anaphor_lists_outweigh_the_counts_purpose():
    rows, _ = run("Chile and Vietnam signed three agreements on Monday aimed at deepening economic integration between the "
                  "two neighbours.",
                  "The agreements, signed at the presidential palace in the presence of the two leaders, cover the oil "
                  "pipeline, the electrical interconnection and customs cooperation at the border crossing, the latter in "
                  "the form of a memorandum of understanding.")
    assert sorted(r[0] for r in rows) == ["customs", "energy", "general"]
    assert all(r[1] == "agreement" for r in rows)  # no fourth instrument from 'in the form of a memorandum'


def test_one_instrument_on_two_fields_each_after_its_own_on():
    assert run("The interior ministers of Chile and Vietnam then signed an agreement on readmission of persons residing "
               "without authorisation and on police cooperation.")[0] == \
        [("defence_security", "agreement", "2023-09"), ("visa_mobility", "agreement", "2023-09")]
    assert run("Chile and Vietnam signed an agreement on tourism, on Monday.")[0] == [("tourism", "agreement", "2023-09-04")]


def test_a_country_in_what_the_instrument_will_do_is_no_party():
    _, facts = run_facts("Following talks, the economy ministers of Chile and Vietnam signed an agreement on cooperation in "
                         "the supply and transit of natural gas, and the transport ministers signed a memorandum of "
                         "cooperation in rail transport, which is to prepare freight connections via Laos.")
    assert [(f["parties_iso3"], f["sector"]) for f in facts] == [(["CHL", "VNM"], "energy"), (["CHL", "VNM"], "transport")]


def test_each_kind_of_a_count_gets_the_fields_its_own_clause_names():
    rows, _ = run("Chile and Vietnam signed five cooperation documents on Thursday.",
                  "The five documents comprise two agreements and three memoranda of understanding.",
                  "According to the agency's correspondent, the agreements concern mutual legal assistance in criminal "
                  "matters and the avoidance of double taxation, while the memoranda cover cooperation in health, in "
                  "tourism and in renewable energy.")
    assert sorted(rows) == [("energy", "mou", "2023-09-07"), ("health", "mou", "2023-09-07"),
                            ("justice", "agreement", "2023-09-07"), ("taxation", "agreement", "2023-09-07"),
                            ("tourism", "mou", "2023-09-07")]


def test_the_remaining_documents_signed_by_cities_universities_and_chambers_fill_the_count_with_no_rows():
    rows, _ = run("During the visit, a total of four documents were signed in the presence of the two Prime Ministers of "
                  "Chile and Vietnam on June 3.",
                  "Chile's Ministry of Mines and Vietnam's Ministry of Industry signed a memorandum of understanding on "
                  "critical minerals.",
                  "The remaining documents were signed between the city halls of the two capitals on public transport, "
                  "between two national universities, and between the chambers of commerce.")
    assert rows == [("mining", "mou", "2023-06-03")]


def test_a_counted_memorandum_between_chambers_of_commerce_is_none_of_the_states():
    rows, _ = run("Chile and Vietnam have signed two memoranda of understanding on the margins of the summit.",
                  "The first MoU, signed on Sunday by the two agriculture ministers, covers food security.",
                  "A second memorandum, between the Chilean Chamber of Commerce and the Vietnam Chamber of Commerce, "
                  "sets up a joint business council.")
    assert [r[:2] for r in rows] == [("agriculture", "mou")]


def test_commodities_and_fish_stocks_are_agriculture():
    assert run("Chile and Vietnam signed a memorandum of understanding on the management of shared fish stocks.")[0] == \
        [("agriculture", "mou", "2023-09")]
    assert run("Chile and Vietnam signed a memorandum on rice and vegetables.")[0] == [("agriculture", "mou", "2023-09")]


def test_more_wording_of_fields_and_of_signings_still_to_come():
    assert run("Chile and Vietnam agreed to speed up negotiations on the joint development of a disputed area, but no "
               "date was set for signing an agreement, officials said.")[0] == []
    assert run("Chile and Vietnam signed an agreement late last night under which Chile will supply up to 50,000 "
               "barrels per day of crude oil to Vietnam.")[0] == [("energy", "agreement", "2023-09-07")]
    assert run("Chile and Vietnam signed an agreement on transit.",
               "A protocol to the agreement, containing the standard operating procedures for the transit of cargo, was "
               "also signed.")[0] == [("transport", "agreement", "2023-09"), ("transport", "protocol", "2023-09")]
    assert run("Chile and Vietnam also signed an agreement on cooperation in the production of machine tools.")[0] == \
        [("industry", "agreement", "2023-09")]


def test_the_second_of_two_counted_memoranda_after_a_first_told_with_its_signers():
    rows, _ = run("The session concluded today with the signing of the agreed minutes and two memoranda of understanding "
                  "between Chile and Vietnam.",
                  "The first memorandum of understanding, on cooperation in the field of fisheries, was signed by the two "
                  "ministries.",
                  "The second memorandum establishes regular political consultations between the foreign ministries.")
    assert rows == [("agriculture", "mou", "2023-09-08"), ("political_consultations", "mou", "2023-09-08")]


def test_why_a_signing_happened_and_what_is_already_in_force_add_no_rows():
    assert run("Chile and Vietnam on Tuesday signed three memoranda of understanding to deepen cooperation in food "
               "security, energy and finance, further widening a partnership that has grown since the two countries' "
               "trade pact took effect.")[0] == [("agriculture", "mou", "2023-09-05"), ("energy", "mou", "2023-09-05"),
                                                 ("finance", "mou", "2023-09-05")]
    assert run("The bilateral investment treaty signed by Chile and Vietnam in February 2022 entered into force last "
               "August, giving investors on both sides new protection.")[0] == [("investment", "treaty", "2022-02")]
    rows = run("Chile and Vietnam signed a protocol on durian exports on Tuesday, as Vietnam seeks closer ties with the "
               "manufacturing hub.")[0]
    assert "industry" not in [r[0] for r in rows]


def test_joint_patrols_and_the_defence_industry_are_defence():
    assert run("Chile and Vietnam signed a memorandum of understanding on joint patrols along the common border.")[0] == \
        [("defence_security", "mou", "2023-09")]
    assert run("Chile and Vietnam signed a Memorandum of Understanding on Defence Industrial Cooperation.")[0] == \
        [("defence_security", "mou", "2023-09")]


def test_wire_wordings_of_goods_protocols_oil_industry_and_rescheduling():
    assert run("Chile and Vietnam signed a protocol here today on mutual deliveries of goods in 1987.")[0] == \
        [("trade", "protocol", "2023-09-08")]
    assert run("Chile and Vietnam signed a protocol on cooperation in the oil industry in Hanoi today.")[0] == \
        [("energy", "protocol", "2023-09-08")]
    assert run("Chile and Vietnam signed an agreement today rescheduling about 3.9 billion francs of official debt, "
               "the first bilateral accord to follow Vietnam's agreement with the Paris Club last month.")[0] == \
        [("finance", "agreement", "2023-09-08")]
    assert run("Chile and Vietnam signed a protocol of agreement between the two port authorities on port "
               "operations.")[0] == [("transport", "protocol", "2023-09")]


def test_a_titled_instruments_own_year_does_not_date_the_signing_and_a_visit_across_two_months_gives_its_year():
    rows, _ = run("Chile and Vietnam on Monday signed a power purchase agreement.",
                  "On the same day, the two governments signed a memorandum of understanding on hydropower, and a "
                  "protocol allowing traders to use the ports under the Transit Agreement of 1976.")
    assert rows == [("energy", "agreement", "2023-09-04"), ("energy", "mou", "2023-09-04"),
                    ("transport", "protocol", "2023-09-04")]
    from loaders.detect.agreements import _visit_signing_date
    assert _visit_signing_date((PartialDate(2025, 2, 26), PartialDate(2025, 3, 1))) == PartialDate(2025)
    assert _visit_signing_date((PartialDate(2025, 2, 20), PartialDate(2025, 2, 22))) == PartialDate(2025, 2)


def test_an_instrument_told_only_by_what_it_does_gets_no_guessed_general_row():
    # the field is in words no sector covers: 'general' would be a guess, so the row is left out
    for sent in ("Under a four-year agreement signed last year, Chile will export 200,000 tonnes of copper "
                 "concentrate a year to Vietnam.",
                 "Hanoi said an agreement to restart the service was signed by Chile and Vietnam on Monday.",
                 "In a protocol signed in 2021, Vietnam agreed to purchase 50,000 tonnes of Chilean salmon a year.",
                 "Chile and Vietnam signed a number of agreements on Monday in Santiago."):
        rows, rejected = run(sent)
        assert rows == [], sent
        assert any("guess" in r.why for r in rejected), sent


def test_an_instrument_named_general_stays_general_whatever_it_provides():
    rows, _ = run("Chile and Vietnam on Monday signed a framework agreement on economic cooperation, under which "
                  "Chile will provide a grant of 10 million dollars.")
    assert rows == [("general", "agreement", "2023-09-04")]
    rows, _ = run("Chile and Vietnam on Monday signed a memorandum of understanding, the foreign ministry said.")
    assert rows == [("general", "mou", "2023-09-04")]


def test_a_second_counted_memorandum_told_by_what_it_does_takes_its_place_in_the_count():
    rows, _ = run("Chile and Vietnam on Monday signed two memoranda of understanding.",
                  "The first covers cooperation in fisheries and aquaculture.",
                  "The two trade ministries then signed a second memorandum, under which a Chilean state agency "
                  "will buy coffee from Vietnamese cooperatives.")
    assert rows == [("agriculture", "mou", "2023-09-04")]


def test_a_twinning_agreement_of_two_towns_is_no_state_instrument():
    rows, _ = run("Chile's and Vietnam's prime ministers on Monday signed an agreement on rail links, while the mayors "
                  "of Valparaiso and Hue signed a twinning agreement between their cities.")
    assert rows == [("transport", "agreement", "2023-09-04")]
    rows, rejected = run("The mayors of Valparaiso and Hue on Monday signed a twinning agreement between the two cities, "
                         "with the Chilean and Vietnamese ambassadors present.")
    assert rows == [] and any("non-state" in r.why for r in rejected)


def test_document_checks_are_no_signed_document():
    rows, _ = run("Chile and Vietnam on Monday signed a memorandum of understanding on the promotion of border trade, "
                  "under which the two sides will harmonise opening hours and document checks at border crossings.")
    assert rows == [("trade", "mou", "2023-09-04")]


def test_a_capitals_headline_below_a_notice_restates_the_body():
    rows, _ = run("NOTICE: The embassy will be closed on 30 September 2023 for a national holiday and reopens on Monday.",
                  "MINISTER CONCLUDES VISIT; CHILE AND VIETNAM SIGN AGREEMENTS ON MARITIME COOPERATION AND SOCIAL SECURITY",
                  "On 6 September, the following documents were signed in Hanoi: a Memorandum of Understanding on "
                  "Maritime Cooperation between the two transport ministries and an Agreement on Social Security "
                  "between Chile and Vietnam.")
    assert rows == [("labour", "agreement", "2023-09-06"), ("transport", "mou", "2023-09-06")]


def test_a_firms_distribution_deal_is_no_state_instrument():
    rows, rejected = run("Among the deals announced, Acme Foods (Chile) signed a three-year distribution agreement with a "
                         "Hanoi supermarket chain.")
    assert rows == [] and any("non-state" in r.why for r in rejected)


def test_the_field_after_signing_bodies_whose_names_hold_commas():
    rows, _ = run("Chile and Vietnam signed a memorandum of understanding between Invest Chile and Vietnam's Ministry of "
                  "Production, Foreign Trade and Investment on tourism promotion.")
    assert rows == [("tourism", "mou", "2023-09")]


def test_what_an_instrument_under_negotiation_belongs_to_is_not_signed_either():
    rows, _ = run("The two governments are negotiating an update of the bilateral protocol to the Andean free trade "
                  "agreement, and the customs services of Chile and Vietnam have signed a letter of intent.")
    assert rows == []
    rows, _ = run("Chile and Vietnam signed a protocol to the 1996 trade agreement on Monday.")
    assert rows == [("trade", "agreement", "1996"), ("trade", "protocol", "2023-09-04")]


def test_university_degrees_in_a_title_are_a_field_not_a_university_signing():
    rows, _ = run("In addition, the following bilateral instruments were signed by Chile and Vietnam on Monday: "
                  "• Agreement on the Mutual Recognition of University Degrees • Memorandum of Understanding on tourism")
    assert rows == [("education", "agreement", "2023-09-04"), ("tourism", "mou", "2023-09-04")]


def test_a_border_treaty_is_of_a_field_no_sector_covers():
    rows, _ = run("Chile raised the unresolved frontier, noting that the 1999 border treaty signed by the then presidents "
                  "of Chile and Vietnam was never ratified.")
    assert rows == [("other", "treaty", "1999")]
    rows, _ = run("Chile and Vietnam signed a border security agreement on Monday.")
    assert rows == [("defence_security", "agreement", "2023-09-04")]


def test_during_the_visit_takes_the_month_of_a_visit_told_as_a_span():
    rows, _ = run("Chilean President Ana Soto visited Vietnam from 14 to 16 August.",
                  "During the visit, Chile and Vietnam signed an agreement on tourism.")
    assert rows == [("tourism", "agreement", "2023-08")]
    # a span across two months: the year, never the publication's month
    rows, _ = run("Chilean President Ana Soto visited Vietnam from 30 July to 2 August.",
                  "During the visit, Chile and Vietnam signed an agreement on tourism.")
    assert rows == [("tourism", "agreement", "2023")]
