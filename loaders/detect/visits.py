"""Visits: physical trips by a named official (or a delegation under a named
head) of one country to another that happened or are under way.

Per article:
1. a registry of people: "Slovak Minister of Foreign Affairs Ilona
   Varga", "Chile's Vice-President, Marta Zubiaurre", "the President of
   Ghana Kwame Addo", "King Harald of Norway", "his Tunisian
   counterpart, Ali Ben Kaya", "an Omani delegation led by the Minister
   ..., Said Al-Mahrouqi" -> name, role, country;
2. visit evidence per sentence: "arrived in X", "a visit to X (by P)",
   "P's visit to X", "is in X on a ... visit", "paid a visit to X",
   "is (currently) visiting X", "a stopover in X", "received P at ..., CITY",
   past trips ("first visited the country in 2015", "who last visited X in
   2022", "was last in X in November 2022", "went to X in November",
   "first trip to X since 2019, when ... led a mission to CITY");
3. rejected: planned or future trips (will/would/expected/invited/scheduled/
   begins ... on <weekday>/next .../tomorrow), resident ambassadors, unnamed
   visitors, multilateral meetings without bilateral business;
4. the mentions of one trip (same visitor and host, not a dated past trip)
   are combined: span "from 11 to 13 March", arrival/began day, "N-day"
   duration (end from start, or start from "at the end of ... yesterday"),
   kind (state/official/working), city from the body (not the dateline).
"""
from __future__ import annotations

import difflib
import functools
import re

from loaders.model import ArticleContext, Evidence, PartialDate, Rejection, Sentence
from loaders.resolve.countries import find_countries, iso3_of
from loaders.lexicon import city_index, countries as _countries_lex, roles as _roles_lex, verbs as _verbs_lex
from loaders.resolve.dates import MONTHS, NUMBER_WORDS, add_days, duration_days, find_dates


_CAP = r"[A-ZÀ-ÝĀ-Ž][\wÀ-ÿĀ-ſ\-]*(?:['’](?!s\b)[\wÀ-ÿĀ-ſ\-]+)?"
_PARTICLE = r"(?:von|van|der|de|la|du|da|bin|ben|ibn|al|el|Al|El|Ould|ould|dos|das|del|di|le|Abu)"
# Arabic names join their particle with a hyphen: "Haider al-Zubaidi", "Abdel Nour el-Masri"
_HYPHEN_PARTICLE = r"(?:(?:al|el|ad|ar|as|an|bin|ibn|abu|abd|ould)-)?"
# What may lead a name: "Ma. Luisa Ramos" (the Filipino short form of Maria), "Md." / "Mohd." (Muhammad); initials, each followed by a space
# ("S. Kaya", "K. A. Mensah"); one initial joined to the family name, as Mongolian names are written ("K.Mensah");
# initials run together before a space ("A.K.M. Kwame Addo"). Never "U.S.", "U.K.", "U.N.", "E.U.", "U.A.E.".
NAME = (rf"(?:(?:(?:Ma|Md|Mohd|Muhd)\.\s+|(?<![\w.])(?:[A-Z]\.\s+){{1,3}}(?=[A-Z][a-z])|(?<![\w.])[A-Z]\.(?=[A-Z][a-z]{{2,}})|"
        rf"(?<![\w.])(?!U\.[SKN]\.|E\.U\.|U\.A\.E\.)(?:[A-Z]\.){{2,3}}\s+(?=[A-Z][a-z]))?{_CAP}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_HYPHEN_PARTICLE}{_CAP}){{0,3}})")
_ROLE_HEAD = (r"(?:Minister[- ]Delegate|Vice[- ]Minister|Vice[- ]Premier|Vice[- ]Chancellor|Delegate Minister|Vice[- ]President|Under[- ]?[Ss]ecretary(?:[- ]General)?|President|Deputy Prime Minister|Prime Minister|Vice Premier|Premier|"
              r"Foreign Minister|Minister of State|Minister|Secretary of State|Secretary|Chancellor|Crown Prince|"
              # ("Chairman of the Cabinet of Ministers of the Kyrgyz Republic": a head of government's title; a bare
              # "Chairman" heads companies too)
              r"Chairman of the (?:Cabinet|Council) of Ministers|Chair of the (?:Cabinet|Council) of Ministers|"
              r"King|Queen|Prince|Princess|Emir|Amir|Sultan|Sheikh|Governor|Speaker|Head of State|Head of Government|"
              r"Cabinet Secretary|State Secretary|State Councill?or|Federal Councill?or|Councill?or|Commissioner|Special Envoy|Envoy|Ambassador|Adviser|Advisor|VP|PM)")
# Every role starts with a capital (a modifier or a head): the lookahead lets a
# regex skip other positions before trying the long alternations.
_ROLE_MOD = (r"(?=[A-Z])(?:(?:Deputy|Vice|First|Senior|Acting|Federal|Foreign|Finance|Oil|Trade|Defence|Defense|Agriculture|"
             r"Energy|Economy|Interior|Health|Education|Mines|Mining|Transport|Industry|Tourism|Justice|Labour|"
             r"Petroleum|Commerce|Investment|Planning|Former|Executive|Chief|Foreign Affairs|Treasury|Economic|Development|"
             r"Information|Communications|Digital|Science|Technology|Fisheries|Water|Housing|Youth|Sports|Security|"
             r"Environment|Labor|Culture|Cooperation|Budget|Gas|Power|Electricity|Aviation|Maritime|Home|Cabinet|"
             r"Commerce and Industry|Interior and Security)\s+)*")
# words of a role's portfolio ("Minister of Mines and Strategic Resources"): a name stops at one.
# Words that are also surnames stay out of the table: a name is cut at a role word.
_ROLE_VOCAB = frozenset(_roles_lex()["portfolio_words"])
_PORTFOLIO_WORD = r"(?:" + "|".join(sorted((re.escape(w) for w in _ROLE_VOCAB if w[:1].isupper()), key=len, reverse=True)) + r")\b"
# after a comma a portfolio goes on with a portfolio word or an enumeration closed by 'and' ("Minister of Commerce,
# Industry and Tourism", "..., Regional Integration and Cooperation"); otherwise the comma ends it ("Minister of State
# for Trade Promotion, Digital and Company Regulation, Ana Osei TD, ...": the name follows)
_PORTFOLIO_GOES_ON = (r"(?=(?:and\s+)?" + _PORTFOLIO_WORD + r"|[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}\s+(?:and|&)\s+(?:the\s+)?[A-Z])")
# honorifics before a name, up to two ("H.E. Dr. Ama Boateng", "Hon. Kofi Mensah", "YB Dato' Sri"); no part of the name
_HONORIFICS = (r"(?:(?:Mr|Mrs|Ms|Dr|Prof|H\.\s?E|(?:His|Her)\s+Excellency|(?:the\s+)?(?:(?:Rt|Right|Most)\.?\s+)?(?:Hon|Honourable|Honorable)|"
               # Malaysian styles: "YB Dato' Sri", "Datuk Seri", "Tan Sri"
               r"YB|YAB|Tun|Tan\s+Sri|Datuk(?:\s+Seri)?|Dato['’]?(?:\s+Sri)?)\.?\s+){0,2}")
# "... Kofi Mensah and Togo's Deputy Prime Minister ...": a second official, introduced by a country
_AND_NEXT_OFFICIAL = re.compile(r"\s+and\s+(?:the\s+)?(?P<c2>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)??)(?:['’]s)?\s+(?=" + _ROLE_MOD + _ROLE_HEAD + r")")
_PERSON_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Gen|Prof)\.?\s+(" + _CAP + r")")
_HOME_DEMONYM_ROLE = re.compile(
    r"(?P<c>(?:[A-ZÀ-Ý][\w'’.\-]*\s+){0,2}?[A-ZÀ-Ý][\w'’.\-]*?)(?:['’]s)?\s+(?P<role>" + _ROLE_MOD + _ROLE_HEAD +
    # ("Minister for International Development and the Pacific, Kofi Mensah")
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:,?\s+(?:and\s+(?:the\s+)?|of\s+|for\s+|the\s+)?[A-Z][\w'’\-]*)*)?)" +
    r",?\s+" + _HONORIFICS + r"(?P<name>" + NAME + r")")
# ("signed by X, Minister of Commerce, Industry and Tourism, and Y, ...": after a comma the portfolio goes on only
# with a portfolio word, so the next signer is not read into the role)
_BY_NAME_ROLE = re.compile(r"\b(?:by|welcomed|received|hosted|greeted)\s+" + _HONORIFICS + r"(?P<name>" + NAME + r"),\s+(?:the\s+)?(?P<role>" + _ROLE_MOD + _ROLE_HEAD +
                           r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:(?:\s+|,\s+" + _PORTFOLIO_GOES_ON + r")(?:and\s+|of\s+(?:the\s+)?)?[A-Z][\w'’\-]*)*)?)"
                           r"(?=\s*[,.;]|\s+(?:who|and)\b)")
_ROLE_OF_COUNTRY = re.compile(
    r"(?P<role>" + _ROLE_MOD + _ROLE_HEAD + r")\s+of\s+(?:the\s+)?(?P<c>[A-Z][\w'’\- ]{2,60}?)\s*,?\s+" + _HONORIFICS + r"(?P<name>" + NAME + r")")
_PRESIDENT_OF_THE_REPUBLIC = re.compile(r"\b(?P<role>President|Vice[- ]President)\s+of\s+the\s+Republic,?\s+"
                                        + _HONORIFICS + r"(?P<name>" + NAME + r")")
_ROLE_NAME_OF = re.compile(r"(?P<role>" + _ROLE_MOD + _ROLE_HEAD + r")\s+(?P<name>" + NAME + r")\s+of\s+(?:the\s+)?(?P<c>[A-Z][\w'’ ]{2,40})")
_COUNTERPART = re.compile(r"\b(?:(?:his|her|their)\s+|(?<=with\s)|(?<=and\s))(?P<c>(?:[A-Z][\w'’\-]*\s+){0,2}[A-Z][\w'’\-]*)\s+counterpart,?\s+(?:(?P<role>" + _ROLE_MOD + _ROLE_HEAD + r"[\w\s]*?)\s+)?(?P<name>" + NAME + r")")
_DELEGATION = re.compile(r"\b(?:[Aa]|[Tt]he)\s+(?:visiting\s+)?(?P<c>[A-Z][\w'’\-]*)\s+(?:government\s+|high-level\s+|large\s+|ministerial\s+)?"
                         r"delegation\s+(?:led|headed)\s+by\s+(?:the\s+)?(?P<role>[A-Z][\w'’\- ,]*?)?,?\s*(?P<name>" + NAME + r")\b")
_ROLE_NAME = re.compile(r"(?P<role>" + _ROLE_MOD + _ROLE_HEAD + r"(?:\s+(?:of|for)\s+[A-Z][\w'’\-]*(?:(?:\s+|,\s+(?!(?:[A-Z][\w'’\-]*\s+){1,3}[A-Z][\w'’\-]*,))(?:and\s+|of\s+(?:the\s+)?|for\s+(?:the\s+)?|the\s+)?[A-Z][\w'’\-]*)*)?)" + r",?\s+" + _HONORIFICS + r"(?P<name>" + NAME + r")")

_FUTURE = re.compile(
    r"\b(?:will|would|shall|to|expected|scheduled|planned|plans?|planning|invit\w*|due|likely|set to|leaves|departs|heads|"
    r"intends?|hopes?|proposed|accepted|begins|starts|is to|are to|could|(?-i:may)|might|should|upcoming|forthcoming|soon)\b", re.I)
_FUTURE_AFTER = re.compile(r"^\W*(?:\w+\s+){0,6}?(?:next (?:week|month|year)|tomorrow|later this|in the near future|soon)\b|"

                           r"^\s*(?:[\w,]+\s+){0,3}?(?:is|are)\s+(?:now\s+)?(?:expected|scheduled|due|set|planned|likely|to be|to)\b|"
                           r"^\s*(?:[\w,]+\s+){0,3}?(?:was|were)\s+(?:expected|scheduled|due|planned|likely)\b|"
                           r"^\s*(?:[\w,]+\s+){0,3}?(?:will|would|might|(?-i:may)|could|should|can)\b|"
                           r"^[^.]{0,80}?\b(?:which|that)\s+(?:starts|begins|opens|gets under way)\b|^[^.]{0,40}?\b(?:starting|beginning|commencing)\s+(?:on|from|in|next)\b", re.I)
_NP_FUTURE = re.compile(r"\b(?:next|upcoming|forthcoming|planned|proposed|scheduled|coming|expected|possible|intended|"
                        r"next week's|next month's|next year's|tomorrow's)\b", re.I)
_AMBASSADOR = re.compile(r"\b(?:ambassador|envoy|high commissioner|charg[eé] d'affaires|consul)\b", re.I)
_MULTI = re.compile(r"\b(?:summit|(?<!press )(?<!news )conference|General Assembly|OPEC|United Nations|ministerial meeting|G20|G7|BRICS|"
                    r"World Bank|IMF|International Monetary Fund|Interim Committee|annual meetings?|meetings of|ceremonies|"
                    r"(?:International|World) [A-Z]\w+ (?:Organi[sz]ation|Council)|executive board|industriali[sz]ed nations|"
                    r"industrial nations|Group of (?:Five|Seven|Ten)|creditors|creditor banks|commercial banks|"
                    r"ECOWAS|SADC|African Union|NATO|ASEAN|World Economic Forum|COP\d*|Heads of (?:State|Government) Meeting|CHOGM|APEC|"
                    r"CARICOM|Caribbean Community|Pacific Islands Forum|intersessional meeting|"
                    # ("used a speech at the Forum Economic Ministers' side event": a meeting of many)
                    r"Forum\s+(?:[A-Z][\w\-]+\s+)?Ministers|side[- ]events?|"
                    # ("to take part in the meeting of the '3+3' regional consultative platform")
                    r"regional\s+(?:[\w\-]+\s+){0,2}(?:platform|format|mechanism|grouping)|"
                    r"multilateral\s+(?:[\w\-]+\s+){0,2}(?:meeting|forum|platform|format|talks))\b")
# a trip made for a named meeting of many: "for the Regular Meeting of the ECOWAS Conference",
# "last visited Ghana in May 2023, when she spoke at the Accra Digital Summit"
_ATTENDING = re.compile(r"\b(?:for|to\s+attend|attending|(?:when|where|as)(?:,[^,]{1,100},)?\s+(?:he|she|they)\s+(?:spoke|addressed|attended|took\s+part|"
                        r"opened|chaired)(?:\s+(?:at|in))?)\s+the\s+(?:(?:[A-Z0-9][\w\-]*|[a-z]-[A-Z][\w\-]*|and|of|on|for|the|"
                        # "the annual e-Governance Conference", "the 12th Asia Forum"
                        r"annual|biennial|inaugural|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                        r"\d+(?:st|nd|rd|th))\s+){0,8}"
                        r"(?:Forum|Summit|Conference|Assembly|Congress|Games|Expo|Dialogue)\b")
_DELEGATION_TO_MEETING = re.compile(r"\b(?:delegation|team)\s+to\s+the\s+(?:[\w\-]+\s+){0,3}(?:meeting|summit|conference|session|forum|"
                                    r"assembly)\b", re.I)
_BILATERAL = re.compile(r"\b(?:bilateral|talks with|met (?:with )?|signed|counterpart|received by|held talks)\b", re.I)
_KIND = re.compile(r"\b(state|official|working|private)\b(?:\s+and\s+\w+)?\s+(?:[\w\-]+-day\s+)?(?:visit|trip|tour|tours|visits)", re.I)
_KIND2 = re.compile(r"\b(state|official|working)\s+(?:tours?|visits?)\b", re.I)
# press releases capitalise it in titles: "his three-day State Visit to Indonesia"
# ("a four-day trade mission to Mexico City": a minister's mission abroad is a trip; a mission
# alone is too often an embassy or a peacekeeping force)
_VNOUN = r"(?:visit|trip|tour|stopover|journey|Visit|Trip|Tour|Journey|(?:trade|business|investment|economic|ministerial)\s+mission)"
_ARRIVED = re.compile(r"\b(?:(?:arrived|arrives|arriving|landed)\s+(?:in|at)|flew\s+in(?:to|\s+to)|"
                      r"(?:moved|went|travell?ed|continued|flew|pressed)\s+on\s+to|proceeded\s+to|touched\s+down\s+in|"
                      # "On 3 July, X continued to Bishkek, the second stop of his trip"
                      r"continued\s+to(?=\s+(?-i:[A-Z])))\s+(?P<place>[^,.;]{2,60})", re.I)
# ("arrived here Sunday for a four-day official visit": wire copy drops the 'on' before a weekday)
_ARRIVED_BARE = re.compile(r"\b(?:arrived|arrives)\s+(?:here\s+)?(?:(?:for|on)\s+an?\b|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
                           r"yesterday\b|today\b|tonight\b|this\s+(?:morning|afternoon|evening)\b|(?:late\s+)?last night\b|on\s+\d{1,2}\s+[A-Z][a-z]+|on\s+[A-Z][a-z]+\s+\d{1,2}\b)")
_VISIT_TO = re.compile(r"\b" + _VNOUN + r"s?\s+(?:(?:(?:being|currently\s+being)\s+)?(?:made|paid|undertaken|conducted)\s+)?(?:to|of)\s+(?P<place>[^,.;]{2,60})", re.I)
_VISIT_BY = re.compile(r"\b" + _VNOUN + r"\s+(?:(?:(?:being|currently\s+being)\s+)?(?:made|paid|undertaken|conducted)\s+)?(?:(?:to\s+(?:(?!\band\b)[^,.;]){2,60}?|here|there|(?:this|last) (?:week|month))\s+){0,2}?by\s+(?:the\s+)?(?P<who>(?:[^.;]|\.(?!\s)|(?<=\b[A-Z])\.|(?<=\b(?:Dr|Mr|Ms|St))\.|(?<=\bMrs)\.|(?<=\bProf)\.){2,150})|"
                       # "the visit of the then Foreign Minister of Colombia, Mr. R. S., to New Delhi": a title's
                       # 'then', and the stops of honorifics and initials, belong to the visitor's description
                       # ("during the visit to Wellington of Fiji's Deputy Prime Minister ..., Hon X")
                       r"\b" + _VNOUN + r"\s+(?:to\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?\s+)?of\s+(?:the\s+)?(?:then\s+)?(?P<who2>(?:[A-Z][\w'’.\-]*\s+){0,3}" + _ROLE_MOD + _ROLE_HEAD +
                       r"(?:[^.;]|(?<=\bMr)\.|(?<=\bMs)\.|(?<=\bDr)\.|(?<=\bMrs)\.|(?<=\bProf)\.|(?<=\b[A-Z])\.){2,120})|"
                       # "during the official visit to the country of Ali Kaya, Chairman of the Cabinet of Ministers of
                       # Turkey, who arrived ...": the visitor named, then his title
                       r"\b" + _VNOUN + r"\s+(?:to\s+the\s+country\s+)?of\s+(?P<who3>(?-i:" + NAME + r"),\s+(?:the\s+)?(?-i:" + _ROLE_MOD + _ROLE_HEAD + r"))",
                       re.I)
_POSS_VISIT = re.compile(r"(?P<who>" + NAME + r")['’]s\s+(?:(?P<cplace>[A-Z][\w\-]+)\s+(?=(?:visit|trip|tour|stay)\b))?(?:(?:first|second|third|last|latest|recent|current|ongoing|"
                         r"two-day|three-day|four-day|five-day|one-day|\w+-day|\w+-week|state|official|working|historic)\s+)*"
                         + _VNOUN + r"\b(?:\s+(?:to|of)\s+(?P<place>[^,.;]{2,60}))?")
_CHOSEN_FOR = re.compile(r"\b(?:chose|chosen|picked|selected)\s+(?P<place>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})\s+"
                         r"(?:as\s+the\s+destination\s+of|for)\s+(?:his|her|their)\s+(?:[\w\-]+\s+){0,3}(?:trip|visit|journey|tour)\b")
_IS_IN = re.compile(r"\b(?:is|was|are|were)\s+(?:currently\s+|now\s+)?in\s+(?P<place>[A-Z][^,.;]{1,40}?)\s+(?:on|for)\s+an?\s+(?:[\w\-]+\s+){0,3}" + _VNOUN, re.I)
_VISITING = re.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:currently\s+|now\s+|also\s+)?(?:visiting|touring|in)\s+(?:the\s+(?=[A-Z]))?(?P<place>[A-Z][^,.;]{1,40})|"
                       r"(?<=[a-z]),\s+(?:who\s+is\s+)?(?:visiting|touring)\s+(?P<place2>(?:the\s+[A-Z][\w\-]+\s+capital|[A-Z][^,.;]{1,40}))")
_VISITING_DELEG = re.compile(r"\bvisiting\s+(?P<c>[A-Z][\w'’\-]*)\s+delegation\b")
_PAID = re.compile(r"\b(?:paid|paying|pays|made|making|concluded|concludes|concluding|wrapped up|wraps up|wrapping up|winding up|"
                   r"wound up|winds up|rounding off|rounded off|ended|ending|completed|completing|held|holds|holding|"
                   r"began|started|opened|kicked off|undertook|undertaking|continued|continues|continuing|is\s+(?:currently\s+|now\s+|still\s+)?on|(?:has|have)\s+been\s+on|was\s+(?:then\s+|still\s+)?on)\s+"
                   # "concluded on 12 March a four-day working visit to Turkey"
                   r"(?:on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|\w+day)\s+|yesterday\s+|today\s+)?"
                   r"(?:(?:an?|his|her|their)\s+)?(?:[\w\-]+\s+){0,3}" + _VNOUN +
                   r"s?\s+(?:to|in|of(?=\s+[A-Z]))\s+(?P<place>[^,.;]{2,60}(?:,\s*(?:and\s+)?(?-i:[A-Z])[^,.;]{1,40})*)", re.I)
_STOPOVER = re.compile(r"\b(?:stopover|stop-over|stop)\s+in\s+(?P<place>[^,.;]{2,40})", re.I)
_RECEIVED = re.compile(r"\b(?:received|hosted|welcomed)\s+(?P<who>[^,.;]*?(?:,\s*(?:[A-Z][\w\-]*\s+(?:(?:of|for|and)\s+)?){0,6}" + NAME + r",)?)\s+(?:at|in)\s+(?P<place>[^.;]{2,80})")
# "Welcoming President X to Ankara, ..." / "welcomed X to Ankara"
_WELCOMING = re.compile(r"\b(?:[Ww]elcomed|[Ww]elcoming)\s+(?P<who>[^,.;]*?(?:,\s*" + NAME + r",)?)\s+to\s+(?P<place>[A-Z][^.;,]{1,60})")
_PAST_VISITED = re.compile(r"\b(?P<adv>first|last|previously|earlier|also)?\s*(?:visited|toured|went to|came to|travelled to|traveled to|was last in|was in|were in|"
                           # "led a business delegation of some 40 Swiss companies to Bangkok"
                           r"led\s+an?\s+(?:[\w\-]+\s+){0,2}delegation\s+(?:of\s+(?:some\s+|about\s+|around\s+|more\s+than\s+)?[\w\-]+(?:\s+[\w\-]+){0,3}?\s+)?to|"
                           # a leg of a tour: "The tour began in Suva on Sunday", "ended with a one-day stop in Apia on Friday"
                           r"(?<=[Tt]our |[Tt]rip )(?:began|started)\s+in|(?<=[Tt]our |[Tt]rip )ended\s+with\s+an?\s+(?:[\w\-]+\s+){0,2}(?:stop|stay|visit)\s+in|"
                           r"(?<=after )(?:travell?ing|traveling|going)\s+to|(?<=after )visiting)\s+(?P<place>[^,.;]{2,50}?)\s+(?:(?:in|during|on)\s+(?P<when>(?:[A-Z][a-z]+\s+)?(?:1[89]\d\d|20\d\d)|[A-Z][a-z]+)\b|(?P<when2>last (?:year|month|week|[A-Z][a-z]+)|earlier this (?:year|month)|from\s+\d{1,2}(?:\s+[A-Z][a-z]+)?\s+(?:to|until|-|–)\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|from\s+[A-Z][a-z]+\s+\d{1,2}\s+(?:to|until|-|–)\s+(?:[A-Z][a-z]+\s+)?\d{1,2}(?:,?\s+\d{4})?|"
                           # "visited Ulaanbaatar on 18–19 June": days and month
                           r"on\s+\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+[A-Z][a-z]+(?:\s+\d{4})?))")
# "X last week visited Washington to explain ...": the time word before the verb
_WENT_TO = r"(?:visited|toured|travelled to|traveled to|went to|flew to)\s+(?P<place>[A-Z][^,.;]{1,40}?)(?=\s+(?:to|for|and|where|on|in|with|hoping|seeking)\b|[,.;]|$)"
_PAST_VISITED_PRE = re.compile(r"\b(?P<when>last (?:week|month)|yesterday|earlier this (?:week|month)|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|recently)\s+"
                               + _WENT_TO)
# "X travelled on Thursday to the city of Obuasi, Ghana, where ...": the time word between the verb and the place
_PAST_VISITED_MID = re.compile(r"\b(?:travell?ed|went|flew)\s+(?P<when>yesterday|last (?:week|month)|earlier this (?:week|month)|"
                               r"on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+to\s+(?:the\s+(?:city|town|port)\s+of\s+)?"
                               r"(?P<place>[A-Z][^,.;]{1,40}?(?:,\s*[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?)"
                               r"(?=\s+(?:to|for|and|where|on|in|with)\b|[,.;]|$)")
# "comes a month after Mongolian Foreign Minister X visited Paris": an earlier trip dated from now
_PAST_AFTER = re.compile(r"\b(?P<n>a|one|two|three|four|five|six|\d{1,2})\s+(?P<unit>weeks?|months?)\s+after\s+(?P<who>[^,.;]{3,120}?)\s+"
                         + _WENT_TO, re.I)
# (also after a colon: "It is X's second trip to the region: in October 2023, as Minister of ..., she visited Kigali")
_PAST_LEAD_YEAR = re.compile(r"(?:^|[:;]\s+)(?:[Ii]n|During|Back in)\s+(?P<when>(?:[A-Z][a-z]+\s+)?(?:1[89]\d\d|20\d\d))\b,?\s+[^.;]{0,80}?\b(?:visited|toured|travelled to|traveled to|went to|led\s+an?\s+(?:[\w\-]+\s+){0,3}(?:mission|delegation)\s+to)\s+(?P<place>[A-Z][^,.;]{1,40})")
# "The last visit in the other direction came in 2022, when X visited Prague": the year the 'when' clause tells
_PAST_WHEN_YEAR = re.compile(r"\bin\s+(?P<when>(?:[A-Z][a-z]+\s+)?(?:1[89]\d\d|20\d\d)),\s+when\s+[^.;]{0,80}?\b(?:visited|toured|travelled to|"
                             r"traveled to|went to)\s+(?P<place>[A-Z][^,.;]{1,40})")
# "It was her second visit to India. She first travelled there in 2019 as Minister for Health": the earlier trip
_PAST_THERE = re.compile(r"\b(?P<adv>first|last|previously|earlier)\s+(?:travell?ed|traveled|went|came|was)\s+(?P<place>there)\s+"
                         r"in\s+(?P<when>(?:[A-Z][a-z]+\s+)?(?:1[89]\d\d|20\d\d))\b")
# "The trip began in Ankara, where Mensah spent Monday and Tuesday": the tour's first leg, its days
_TOUR_BEGAN_SPENT = re.compile(r"\b(?:[Tt]our|[Tt]rip|[Vv]isit|[Ss]wing)\s+(?:began|started)\s+in\s+(?P<place>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?),\s+"
                               r"where\s+(?:he|she|they|[A-Z][\w'’\-]+)\s+spent\s+(?P<when>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                               r"(?:\s+and\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?)\b")
# "the visit that X, then Kenya's deputy president, made to Kingston in August 2019": an earlier trip, by its maker
_VISIT_MADE = re.compile(r"\b(?:visit|trip)\s+(?:that\s+|which\s+)?(?P<who>" + NAME + r")(?:,\s+[^,.;]{2,70},)?\s+(?:had\s+)?(?:made|paid)\s+to\s+"
                         r"(?P<place>[A-Z][^,.;]{1,40}?)\s+in\s+(?P<when>(?:[A-Z][a-z]+\s+)?(?:1[89]\d\d|20\d\d)|"
                         r"(?:January|February|March|April|May|June|July|August|September|October|November|December))\b")
# "1. From August 24 to 26, Mr. X, State Minister for Foreign Affairs, visited the Kyrgyz Republic": the days lead
_PAST_LEAD_DAYS = re.compile(r"(?:^|[:;]\s+)(?:\d{1,2}\.\s+)?(?:On|From)\s+(?P<when>[^,.;]{3,30}?),\s+[^.;]{0,120}?\b(?:visited|toured|travelled\s+to|"
                             r"traveled\s+to|went\s+to)\s+(?P<place>(?:the\s+)?[A-Z][^,.;]{1,40})")
_PAST_VISITED_NOPLACE = re.compile(r"(?P<who>" + NAME + r"|\b[Hh]e|\b[Ss]he)\s+(?:last\s+|first\s+|previously\s+)?visited\s+in\s+(?:(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?P<y>1[89]\d\d|20\d\d)(?P<rest>(?:,?\s+and\s+" + NAME + r"\s+in\s+(?:1[89]\d\d|20\d\d))*)")
_SINCE_WHEN = re.compile(r"\bfirst\s+(?:trip|visit)\s+to\s+(?P<place>[^,.;]{2,40}?)\s+since\s+(?P<y>1[89]\d\d|20\d\d)\b(?P<rest>[^.]*)")
# ("his first trip to South Korea since taking office in 2022": that year is the office's; the trip is this one)
_LAST_JOURNEY = re.compile(r"\b(?:his|her|their)\s+(?:last|previous|first|earlier)\s+(?:visit|trip|journey)\s+(?:to\s+(?P<place>(?:(?!\bsince\b)[^,.;]){2,40}?)\s+)?in\s+(?P<y>1[89]\d\d|20\d\d)\b")
_BEGAN = re.compile(r"\b(?:began|started|which began|that began|begun|starting|beginning)\s+(?:on\s+)?(?P<w>(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|yesterday|today))", re.I)
_ARRIVED_HERE_FOR = re.compile(r"(?P<n>" + NAME + r"),?\s+(?:who\s+)?(?:arrived|arrives)\s+here\b[^.;]{0,40}?\bfor\s+an?\s+"
                               r"(?:[\w\-]+\s+){0,3}" + _VNOUN)
_BEEN_SINCE = re.compile(r"\b(?:has|have|had)\s+been\s+(?:in|visiting|touring|on)\b[^.;]{0,60}?\bsince\s+(?P<w>(?:Monday|Tuesday|Wednesday|"
                         r"Thursday|Friday|Saturday|Sunday|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|yesterday))")
_AT_END = re.compile(r"\b(?:at the end of|concluding|wrapping up|winding up|rounding off|on the last day of)\b|"
                     # ("The Head of Government ends his visit on Friday, 16 May": its last day)
                     r"\b(?:ends|will\s+end|concludes|will\s+conclude)\s+(?:his|her|their|the)\s+(?:[\w\-]+\s+){0,2}(?:visit|trip|stay|tour)\b", re.I)
_ENDS_ON = re.compile(r"\b(?:visit|trip|tour|stay)(?:\s+to\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)?\s*,?\s+(?:that|which)\s+(?:ends|ended|will\s+end|concludes|concluded|will\s+conclude|"
                      r"is\s+due\s+to\s+end|is\s+scheduled\s+to\s+end)\s+(?:on\s+)?$")
_PRONOUN = re.compile(r"^(?:He|She|They)\b|\b(?:he|she)\s+(?:first|last|also|had|has|was|visited|arrived|held|met)\b")
_DEF_ROLE = re.compile(r"\b[Tt]he\s+(?:visiting\s+)?(?:(?P<dem>[A-Z][a-z]+)\s+)?(?:(?:foreign|finance|trade|defence|defense|"
                       r"economy|interior|deputy|health|energy|agriculture)\s+)?(?P<r>minister|Minister|President|president|Vice-President|"
                       r"Prime Minister|prime minister|leader|Premier|premier|delegation|King|king|Emir|emir|Prince|prince|"
                       r"Princess|princess|Queen|queen|Sheikh|sheikh|Sultan|sultan|Chancellor|chancellor|VP|PM)\b")
_COUNTRY_GENERIC = re.compile(r"\bthe\s+(?:[\w\-]+\s+){0,2}(?:country|kingdom|Kingdom|nation|republic|Republic|Sultanate|sultanate|"
                              r"Emirate|emirate|Principality|principality|island|islands|archipelago)\b")


def _generic_country(place: str, year: int | None) -> bool:
    """'the country', 'the Gulf kingdom', 'the island nation': a place that stands for a
    country without naming it. A country's own name that merely ends in such a word
    ("the Czech Republic", "the United Kingdom") names it, so the lexicon decides."""
    place = place.strip()
    if not _COUNTRY_GENERIC.match(place):
        return False
    return not any(c.via in ("name", "alias") and (c.start <= 4 or _OFFICIAL_PREFIX.fullmatch(place[:c.start]))
                   for c in find_countries(place, year))


# the words of a state's full name before its short name: "the Democratic Socialist Republic of "
_OFFICIAL_PREFIX = re.compile(r"\s*(?:the\s+)?(?:(?:Democratic|Socialist|Federal|Islamic|People['’]s|United|Arab|Plurinational|"
                              r"Bolivarian|Co-operative|Cooperative|Independent|Hashemite|Federative|Oriental|Lao)\s+)*"
                              r"(?:Republic|Kingdom|State|Sultanate|Federation|Commonwealth|Principality)\s+of\s+(?:the\s+)?")
# a role written in lower case, as wire copy does: "deputy energy minister", "foreign secretary"
def _lower_role(heads: str) -> str:
    # ("senior Ghanaian government spokesman Kwame Addo": a government's spokesman speaks for it abroad)
    return (r"(?:(?:[a-z][a-z\-]+|and)\s+){0,4}?(?:minister|president|vice[- ]president|prime minister|premier|secretary|"
            r"chancellor|government spokes(?:man|woman|person)" + heads + r")(?:\s+(?:of|for)\s+[a-z]+(?:\s+and\s+[a-z]+)?)?")


_LOWER_ROLE = re.compile(r"(?P<c>\b[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)(?:['’]s)?\s+(?P<role>" + _lower_role("") +
                         r"),?\s+(?P<name>" + NAME + r")")
# an official given without a nationality: a lower-case ministerial role at a clause start
# ("..., finance minister Ana Osei said"), or the head of a state body ("Board of Trade
# director Carlos Quentell", "Central Bank governor Ana Osei"); companies' officers are not
# officials, so the body must be a public one
_STATE_BODY = r"(?:Ministry|Board|Bureau|Office|Council|Commission|Central\s+Bank|Reserve\s+Bank|Department|Agency|Authority)"
_UNSTATED_OFFICIAL = re.compile(
    r"(?:^|[,;:(]\s+|\b(?:and|said|says|told|by|with)\s+)(?:(?:the\s+)?(?P<role>(?:(?:deputy|vice|acting|senior)\s+)?"
    r"(?:(?:foreign|finance|trade|economy|economic|oil|energy|petroleum|agriculture|industry|commerce|defence|defense|"
    r"interior|planning|mines|mining|transport)\s+)(?:minister|secretary)|"
    r"(?:(?:[A-Z][\w\-]*\s+(?:(?:of|for|and)\s+)?){0,4}" + _STATE_BODY + r"(?:\s+(?:of|for)(?:\s+[A-Z][\w\-]*){1,3})?\s+"
    r"(?:director(?:[- ]general)?|chairman|governor|head|president|secretary(?:[- ]general)?))))\s+(?P<name>" + NAME + r")")
# "Ayla Kaya, Turkey's foreign minister, ...": the name first, the role in apposition
_APPOS_ROLE = re.compile(r"(?P<name>" + NAME + r"),\s+(?P<c>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)['’]s\s+"
                         r"(?P<role>" + _lower_role("|ambassador|envoy") + r"),")
# "X, Ghana's Minister of Transport and Public Works, who ...": the title in capitals, with its portfolio
_APPOS_CAP_ROLE = re.compile(r"(?P<name>" + NAME + r"),\s+(?P<c>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)['’]s\s+"
                             r"(?P<role>" + _ROLE_MOD + _ROLE_HEAD + r"(?:\s+(?:of|for)\s+[A-Z][\w'’\-]*"
                             r"(?:\s+(?:and\s+|of\s+|for\s+)?[A-Z][\w'’\-]*)*)?),")
# (cheap tests first: most sentences have neither shape)
_UNSTATED_PRE = re.compile(r"\b(?:minister|secretary|director|chairman|governor|head|president)(?:[- ]general)?\s+[A-Z]")
_APPOS_ROLE_OF_PRE = re.compile(r",\s+(?:[A-Z][\w\-]*\s+){0,3}(?:Minister|President|Chairman|Chair|Secretary|Chancellor|Premier|Governor|Speaker|"
                                r"Commissioner|Adviser|Advisor|Envoy|Ambassador|King|Queen|Prince|Princess|Emir|Amir|Sultan|Sheikh)\b")
# "Ali Kaya, Minister of Foreign Affairs of the Republic of Turkey, ..."
_APPOS_ROLE_OF = re.compile(r"(?P<name>" + NAME + r"),\s+(?P<role>" + _ROLE_MOD + _ROLE_HEAD +
                            r"(?:\s+(?:of|for)\s+(?!the\s+(?:Republic|Kingdom|State|Sultanate|Federation|Democratic|United|Islamic|"
                            # ("Minister of Commerce, Industry and Tourism of Colombia")
                            r"People)\b)[A-Z][\w'’\-]*(?:(?:\s+|,\s+" + _PORTFOLIO_GOES_ON + r")(?:and\s+)?[A-Z][\w'’\-]*)*)?)"
                            r"\s+of\s+(?P<c>(?:the\s+)?[A-Z][^,.;()]{2,70}?)(?=,|\.|;|$)")
# "Mensah left Rome today for Madrid": a trip under way to London (and the Rome stay ends)
_LEFT_FOR = re.compile(r"\bleft\s+(?:(?P<from>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)\s+)?(?:(?P<when>today|yesterday|last night|"
                       r"on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+)?"
                       r"for\s+(?P<place>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)")
# "X and his German counterpart Y agreed ... during talks in Vienna on Friday"
_TALKS_AT = re.compile(r"\b(?:during|after|following|at|in)\s+(?:(?:two|three|[\w\-]+-day|bilateral|lengthy|the|their|his|her)\s+){0,2}"
                       r"(?:talks|discussions|consultations|meetings?)\s+(?:in|at)\s+(?P<place>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)|"
                       r"\bmet\s+(?:with\s+)?[^.;:]{2,90}?\s+in\s+(?P<place2>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)")
_LOWER_ROLE_PRE = re.compile(r"\b(?:minister|president|premier|secretary|chancellor|spokes(?:man|woman|person))(?:\s+(?:of|for)\s+[a-z]+(?:\s+and\s+[a-z]+)?)?,?\s+[A-Z]")
# "signed by the visiting Malaysian Finance Minister NAME": a visit by that official
_VISITING_OFFICIAL = re.compile(r"(?:\b[Tt]he\s+visiting|,\s+visiting|^[Vv]isiting|\b(?:with|received|receives|met|meets|welcomed|hosted|and)\s+visiting)\s+(?P<c>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’\-]*)?)\s+(?:[A-Z][\w\-]*\s+){0,3}?"
                                # wire copy writes the role in lower case too: "visiting U.S. Agriculture secretary X"
                                r"(?:Under[- ]?|Vice[- ])?(?:Minister|President|Vice[- ]President|Premier|Secretary|Chancellor|King|Queen|Emir|Prince|Speaker|"
                                r"minister|secretary|president|premier|chancellor)\b"
                                r"(?:\s+(?:of|for)\s+[A-Z][\w\-]*(?:\s+(?:and\s+)?[A-Z][\w\-]*){0,3}){0,3},?\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<name>" + NAME + r")")
_TOUR_STOPS = re.compile(r"\b(?:tour|trip|journey|swing)\b[^.;]{0,30}?\b(?:which|that)\s+(?P<aux>has\s+(?:already\s+)?taken|had\s+taken|took)\s+"
                         r"(?:him|her|them)\s+to\s+(?P<list>[^.;]{2,160})")
# "officials travelling with President X said ...": X is on a trip (to the dateline's country)
_TRAVELLING_WITH = re.compile(r"\b(?:officials?|aides?|sources|diplomats|advis[eo]rs|ministers|reporters|journalists)\s+"
                              r"(?:travell?ing\s+with|accompanying)\s+(?:the\s+)?(?P<who>[^,.;]{2,80})", re.I)
_VISIT_HERE = re.compile(r"\b(?:began|started|opened|paid|paying|is on|was on|made|making|concluded|ended|wrapped up|undertook)\s+"
                         r"(?:an?|his|her|their)\s+(?:[\w\-]+\s+){0,3}" + _VNOUN + r"\s+here\b")
_OTHER_SUBJECT = re.compile(r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|\w['’]s)\s+(?:[a-z][\w\-]*\s+){0,2}?(?:predecessors?|successors?|wife|husband|"
                            r"son|daughter|deputy|aides?|spokes(?:man|woman|person)|advis[eo]rs?|father|mother|brother|sister|"
                            r"widow|envoy|team|staff|officials)(?:\s+(?:had|has|also|first|last|once|previously|earlier)){0,2}\s*$")
# "X returned from Lima on Sunday": the trip to Lima has ended (its end day, when given)
_RETURNED_FROM = re.compile(r"\b(?:returned|came back|arrived back|flew (?:back|home)|(?:on|upon|since|after)\s+(?:(?:his|her|their)\s+)?return(?:ing)?|"
                            r"after\s+returning)\s+(?:home\s+|here\s+)?(?:\S+\s+){0,2}?from\s+"
                            r"(?P<place>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)(?!\s*(?:'s|’s))")
# "X returned home on Wednesday evening after a working visit to Ghana from 11 to 13 March"
_RETURNED_AFTER = re.compile(r"\b(?:returned|came\s+back|arrived\s+back|flew\s+(?:back|home))\b[^.;]{0,40}?\bafter\s+(?:an?|his|her|their)\s+"
                             r"(?:[\w\-]+\s+){0,4}?" + _VNOUN + r"\s+to\s+(?P<place>[^,.;]{2,60})")
# "X left the country yesterday after a three-day visit": the trip ended, in the country the story is about
_LEFT_THE_COUNTRY = re.compile(r"\bleft\s+(?P<place>the\s+country)\s+(?:(?:yesterday|today|last\s+night|this\s+morning|on\s+\w+day)\s+)?"
                               r"(?:after|at\s+the\s+end\s+of|following)\s+(?:an?|his|her|their)\s+(?:[\w\-]+\s+){0,3}?" + _VNOUN + r"\b")
# "X left Ankara early yesterday after talks with Y" / "left the West German capital": the stay there ended
_LEFT_CITY = re.compile(r"\bleft\s+(?P<place>the\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?\s+capital|[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)"
                        r"(?=\s+(?:early|late|on|yesterday|today|last|this|after|following|at\s+the\s+end)\b|\s*[,.;]|$)")
# An official doing something in a city of another country is there: "laid a wreath at the
# Independence Monument in Accra", "co-chaired the joint commission in Accra", "called on the
# President in Accra". The clause must not report speech, another time or another event.
_PRESENCE_VERB = (r"(?:had\s+(?:a\s+meeting|talks|discussions|a\s+working\s+lunch|lunch|dinner)|met|meets|held|holds|laid|lays|led|leads|addressed|addresses|opened|opens|toured|tours|inaugurated|"
                  r"inaugurates|chaired|chairs|co-chaired|co-chairs|attended|attends|visited|visits|signed|signs|"
                  r"called\s+on|calls\s+on|broke\s+ground|planted|unveiled|unveils|launched|launches|hosted|hosts|"
                  r"presided|reviewed|inspected|delivered|gave|spoke|took\s+part|participated|joined|rang|cut|"
                  r"paid\s+(?:tribute|homage|respects|a\s+courtesy\s+call)|dined|lunched|stayed|spent|stopped|"
                  r"was\s+(?:greeted|welcomed|awarded|conferred|honoured|honored|decorated|given)|"
                  r"were\s+(?:greeted|welcomed))")
_PRESENCE = re.compile(r"\b(?P<verb>" + _PRESENCE_VERB + r")\b(?P<mid>[^.;:\"“”]{0,140}?)\b(?:in|at)\s+"
                       r"(?P<place>[A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+)?)$")
_PRESENCE_VERB_RX = re.compile(r"\b" + _PRESENCE_VERB + r"\b")
_PLACE_AFTER = re.compile(r"\b(?:in|at)\s+(?P<place>[A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+)?)")
_PRESENCE_LEAD = re.compile(r"^(?:(?:Speaking|Addressing\s+[^,]{2,60}?|Arriving|Later)\s+)?(?:[Ii]n|[Aa]t)\s+(?P<place>[A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+)?)"
                            r"(?:\s+(?:on|late|early|last|this)\s+\w+(?:\s+\w+)?)?,\s+(?=[A-Z])")
_PRESENCE_APPOS = re.compile(r",\s+(?:who\s+is\s+)?(?:currently\s+|now\s+)?in\s+(?P<place>[A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+)?)"
                             r"(?:\s+(?:for|on|to)\s+\w+|,)")
# An official speaking in a city of another country is there: "told reporters in Accra",
# "told a Tokyo reception", "said in Rome", "speaking in Hanoi"
_AUDIENCE = r"(?:news conference|press conference|banquet|reception|dinner|luncheon|lunch|seminar|gathering|audience|rally|forum|business forum)"
_SPOKE_IN = re.compile(r"(?:\b(?:told|telling)\s+(?:reporters|journalists|newsmen|(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?" + _AUDIENCE + r")\s+"
                       r"(?:here\s+)?(?:in|at)\s+(?P<place>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)|"
                       r"\btold\s+an?\s+(?P<place2>[A-Z][\w\-]+)\s+(?:[\w\-]+\s+)?" + _AUDIENCE + r"\b|"
                       r"\b(?:said|says|speaking|spoke|declared)\s+(?:here\s+)?in\s+(?P<place3>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?))\b(?!\s*(?:'s|’s))")
# "paves the way for a visit by X", "ahead of a visit": the visit is still to come
_PREPARES_FOR = re.compile(r"\b(?:pav\w+\s+the\s+way\s+for|prepar\w+\s+(?:for|the\s+ground\s+for)|ahead\s+of|in\s+preparation\s+for|"
                           r"in\s+advance\s+of)\s+(?:an?|the|his|her|their)\s+(?:[\w\-]+\s+){0,3}$", re.I)
# "a visit to Tokyo by X, who is expected to travel to Japan in July"
_WHO_WILL = re.compile(r"^[^.;]{0,120}?,\s+who\s+(?:is|are)\s+(?:expected|scheduled|due|set|to)\b|^[^.;]{0,120}?,\s+who\s+will\b")
_CAPITAL_OF = re.compile(r"\bthe\s+(?P<d>[A-Z][\w'’\-]*)\s+capital\b")


@functools.lru_cache(maxsize=8192)
def _word_rx(word: str) -> re.Pattern:
    """A compiled whole-word pattern for a name: names are many and the re module's
    own cache (512 patterns) would be flushed by them on every article."""
    return re.compile(r"\b" + re.escape(word) + r"\b")


_HEADWORDS = {"Minister", "President", "Vice-President", "Premier", "Secretary", "Gen", "Dr", "Mr", "Mrs", "Ms", "Prof",
              "General", "King", "Queen", "Prince", "Princess", "Emir", "Sheikh", "Sultan", "Ambassador", "Governor",
              "Councillor", "Councilor"}


class Person:
    def __init__(self, name, role, iso3, pos):
        self.name, self.role, self.iso3, self.pos = name.strip(), (role or "").strip(), iso3, pos
        self.not_home: set = set()  # countries the text shows are not this person's (the stops of their tour)
        toks = self.name.split()
        self.surname = toks[-1] if toks else self.name
        self.first = toks[0] if toks else self.name

    def __repr__(self):
        return f"Person({self.name!r},{self.role!r},{self.iso3})"


# post-nominals of members of parliament and counsel ("Ali Kaya TD", "Kofi Mensah MP"): no part of a name
_POST_NOMINALS = ("TD", "MP", "MEP", "MLA", "QC", "KC", "MHK", "MSP")
_POST_NOMINAL_TAIL = re.compile(r"(?:\s+(?:" + "|".join(_POST_NOMINALS) + r")\b)+\s*$")
# a name written with its initials only ("K. Mensah", "A.K.M. Addo"): the initials, then the family name
_INITIALS_NAME = re.compile(r"((?:[A-Z]\.\s?)+)\s*(\S+)")


@functools.lru_cache(maxsize=1)
def _headline_verbs() -> frozenset:
    """Verbs a title-case headline writes with a capital ("Receives", "Meets"): no part of a name."""
    return frozenset(_verbs_lex().get("headline_verbs", ()))


def _clean_name(name: str) -> str:
    toks = name.split()
    # role words that leaked into the name ("Trade Ilona Varga")
    while toks and (toks[0].strip(",.") in _ROLE_VOCAB or toks[0].strip(",.") in _HEADWORDS or
                    toks[0].strip(",.") in ("Shri", "Smt", "Shrimati", "Excellency", "Honourable", "Hon")):
        toks = toks[1:]  # honorifics ("Shri Ali Kaya") are no part of the name
    # Malaysian styles before a name ("YB Dato' Sri Ali Kaya", "Tan Sri Ali Kaya"): 'Sri'/'Seri' only after a style
    while toks and toks[0] in ("YB", "YAB", "YBhg", "Dato'", "Dato’", "Datuk", "Datin", "Dato", "Tun", "Toh Puan"):
        toks = toks[1:]
        if toks and toks[0] in ("Sri", "Seri") and len(toks) > 2:
            toks = toks[1:]
    if len(toks) > 3 and toks[0] == "Tan" and toks[1] == "Sri":
        toks = toks[2:]
    # post-nominals of members of parliament and counsel ("Ali Kaya TD", "Kofi Mensah MP")
    while len(toks) >= 2 and toks[-1].strip(",.") in _POST_NOMINALS:
        toks = toks[:-1]
    # stop at a word that is a country/demonym or a common capitalised non-name
    out = []
    headline_verbs = _headline_verbs()
    for i, t in enumerate(toks):
        if t in ("The", "On", "In", "At", "During", "Following", "State", "House"):
            break
        if i > 0 and t.rstrip(",") in headline_verbs:
            break  # a title-case headline: "President Mensah Receives Turkish Prime Minister"
        if iso3_of(t.rstrip(",")):
            # a city's name can be a first name ("Santiago Irala", "Victoria Mensah"); a country or demonym cannot
            if not (i == 0 and len(toks) > 1 and all(c.via in ("capital", "city") for c in find_countries(t.rstrip(","), None))):
                break
        out.append(t.rstrip(","))
    if len(out) == 1 and re.fullmatch(r"[A-Z][a-z]+-(?:up|out|in|off|on|over|down|back)", out[0]):
        return ""  # "Minister of Infrastructure, Opening-up and Transport, X": a portfolio word, no name
    # up to four words, particles not counted ("Ali bin Kofi Al Mensah")
    particles = sum(1 for t in out[:7] if re.fullmatch(_PARTICLE, t))
    return " ".join(out[:4 + particles])


def _role_country(role: str, year):
    """The country a title ends in, by its name ("... of the Government of the Republic of Ghana"), else None."""
    cms = find_countries(role, year)
    if cms and cms[-1].end >= len(role.rstrip(", ")) and cms[-1].via in ("name", "alias"):
        return cms[-1]
    return None


def _split_role_name(role: str, name: str) -> tuple[str, str]:
    """'Minister of Foreign Affairs and Trade' + 'Ilona Varga' may arrive as
    role='Minister of Foreign Affairs and Trade Ilona' name='Varga'."""
    # ("..., Ana Osei TD": a post-nominal is no part of the name the last two words are counted in)
    name = _POST_NOMINAL_TAIL.sub("", name)
    if len(name.split()) >= 2 and _role_country(role, None) is not None:
        # "Adviser for Foreign Affairs of the Government of the Republic of Ghana" + "Kofi Ama Mensah": the role
        # ends in its country's name, so the name after it is whole
        return role.strip(", "), name
    words = (role + " " + name).split()
    i = len(words)
    while i > 0 and words[i - 1].strip(",") not in _ROLE_VOCAB and not re.match(_ROLE_HEAD + "$", words[i - 1]) \
            and words[i - 1] not in ("of", "for", "and", "the"):
        i -= 1
    r = " ".join(words[:i]).strip(", ")
    n = " ".join(words[i:]).strip(", ")
    nw = n.split()
    if re.search(r"\b(?:of|for|and)$", r) and len(nw) > 2:
        # a dangling 'Secretary of' takes the field words the vocabulary does not know
        # ('Secretary of Migrant Workers Rosa Vantaggio'): the name keeps its last two words
        r, n = r + " " + " ".join(nw[:-2]), " ".join(nw[-2:])
    return r, n


def _country_of(text: str, year) -> str | None:
    cms = find_countries(text, year)
    return cms[-1].iso3 if cms else None


def _cut_role(role_txt: str, name_txt: str):
    """A role runs across a comma only into more title words ("Minister of
    Foreign Affairs, African Integration and ..."), never into a name:
    (role, name, characters of the role text used or None)."""
    for cm_ in re.finditer(r",\s+", role_txt):
        nxt = role_txt[cm_.end():].split()
        if nxt and nxt[0].strip(",") not in _ROLE_VOCAB and nxt[0] not in ("and", "of", "for", "the"):
            rest = role_txt[cm_.end():]
            whole = rest + " " + name_txt if not rest.rstrip().endswith(",") else rest
            hon = re.match(_HONORIFICS, whole)  # "..., YB Dato' Sri Ali Kaya": the styles are no part of the name
            nm = re.match(NAME, whole[hon.end():])
            name = nm.group(0) if nm else ""
            used = cm_.end() + min(len(rest), hon.end() + nm.end() if nm else 0)
            return role_txt[:cm_.start()], name, used
    return role_txt, name_txt, None


def _decap(text: str) -> str:
    """Title-case ALL-CAPS words of 4+ letters, and a lower-case role after a capitalised
    portfolio ("Mines minister Arun Rao" as "Mines Minister Arun Rao"): same length, same offsets."""
    if text.upper() != text:
        # ("AUSTRALIA'S Minister ...": a newspaper's capitalised first word keeps its possessive 's)
        text = re.sub(r"\b[A-ZÀ-Ý][A-ZÀ-Ý\-]{3,}\b(?:['’]S\b)?", lambda m: m.group(0).title()[:-1] + "s"
                      if re.search(r"['’]S$", m.group(0)) else m.group(0).title(), text)
    if " minister " not in text and " secretary " not in text:
        return text
    return re.sub(r"\b(?P<p>[A-Z][a-z]+) (?P<r>minister|secretary)(?= [A-Z][a-z])",
                  lambda m: m.group("p") + " " + m.group("r").capitalize() if m.group("p") in _ROLE_VOCAB else m.group(0), text)


def _portfolio_after_country(c: str, cms) -> str:
    """Portfolio words the role list lacks, between a country and its role ("U.K. Corporate
    Affairs Minister X", "U.S. Agriculture secretary X"): 'Corporate Affairs ', else ''."""
    if cms and cms[0].start == 0 and cms[0].end < len(c):
        rest = c[cms[0].end:]
        if re.fullmatch(r"(?:['’]s)?(?:\s+[A-Z][a-z]+){1,2}", rest):
            return re.sub(r"^['’]s", "", rest).strip() + " "
    return ""


def build_registry(sentences: list[Sentence], ctx: ArticleContext, year) -> list[Person]:
    people: list[Person] = []
    seen: dict[str, Person] = {}

    def add(name, role, iso, pos):
        name = _clean_name(name)
        if not name or len(name) < 3 or iso3_of(name) or name.lower() in ("the", "his", "her"):
            return
        if name.split()[0] in ("The", "A", "An", "His", "Her"):
            return
        key = name
        if key in seen:
            p = seen[key]
            if p.iso3 is None and iso:
                p.iso3 = iso
            if not p.role and role:
                p.role = role
            return
        name = re.sub(r"^([A-Z])\.(?=[A-Z][a-z])", r"\1. ", name)  # "K.Mensah" is "K. Mensah"
        ini = _INITIALS_NAME.fullmatch(name)
        for p in people:
            # "K. Mensah" and "Kofi Mensah", in either order: one official
            p_ini = _INITIALS_NAME.fullmatch(p.name)
            if ini and p.surname == ini.group(2) and not p_ini and p.first[:1] == ini.group(1)[0]:
                if p.iso3 is None and iso:
                    p.iso3 = iso
                return
            if p_ini and len(name.split()) >= 2 and not ini and name.split()[-1] == p_ini.group(2) and \
                    name[:1] == p_ini.group(1)[0]:
                p.name, p.first, p.surname = name, name.split()[0], name.split()[-1]
                seen[name] = p
                if p.iso3 is None and iso:
                    p.iso3 = iso
                return
        for p in people:  # "Mensah" after "Kofi Mensah"; "Tran" after "Tran Quoc Minh", "Gwon" after "Gwon Ha-ram"
            if p.surname == name.split()[-1] and (len(name.split()) == 1 or p.name.endswith(name)) or \
                    len(name.split()) == 1 and p.first == name and (len(p.name.split()) >= 3 or "-" in p.surname):
                if p.iso3 is None and iso:
                    p.iso3 = iso
                return
            if len(name.split()) == 1 and len(p.name.split()) == 2 and p.first == name and not getattr(p, "org", False) and \
                    sum(1 for q in people if q.first == name) == 1 and not any(q.surname == name for q in people):
                # "Prime Minister Kwame said" after "Prime Minister Kwame Addo", as Lao, Thai and
                # Icelandic officials go by the given name; one official of that given name, none of that surname
                if p.iso3 is None and iso:
                    p.iso3 = iso
                if not p.role and role:
                    p.role = role
                return
            if len(p.name.split()) == 1 and name.split()[-1] == p.name and len(name.split()) > 1:
                # "Kofi Mensah" after a bare "Mensah" (a headline): the same person, fully named
                p.name, p.first = name, name.split()[0]
                seen[name] = p
                if p.iso3 is None and iso:
                    p.iso3 = iso
                if not p.role and role:
                    p.role = role
                return
        if len(name.split()) == 1:
            # "Minister Mensah" after "Minister Kofi Mensah Addo": Spanish and Portuguese names go by the
            # first of two family names; one official of three names or more has it, nobody else
            middle = [p for p in people if not getattr(p, "org", False) and name in p.name.split()[1:-1]]
            if len(middle) == 1 and not any(name in (q.first, q.surname) for q in people):
                if middle[0].iso3 is None and iso:
                    middle[0].iso3 = iso
                seen[key] = middle[0]
                return
        p = Person(name, role, iso, pos)
        people.append(p)
        seen[key] = p

    for s in sentences:
        t = _decap(s.text)
        for m in _DELEGATION.finditer(t):
            iso = _country_of(m.group("c"), year)
            role = (m.group("role") or "").strip(" ,")
            name = m.group("name")
            rc = re.match(r"(?:the\s+)?(?P<role>" + _ROLE_MOD + _ROLE_HEAD + r"(?:\s+(?:of|for)\s+[^,]{2,80})?),\s+"
                          + _HONORIFICS + r"(?P<name>" + NAME + r")(?=,|\s+(?:has|had|was|is|arrived|on|for|to|in)\b)",
                          t[m.start("role") if m.group("role") else m.start("name"):])
            if rc:
                # "led by the Minister of Roads and Opening-up, Ali Musa Idriss, has been in ...":
                # the role runs to the comma, the name follows it
                role, name = rc.group("role"), rc.group("name")
            if role and not re.search(_ROLE_HEAD + r"\b", role):
                role, name = _split_role_name(role, name)  # "headed by Foreign Minister X": 'Minister' is the role's
            add(name, role, iso, s.index)
        for m in _COUNTERPART.finditer(t):
            role_, name_ = m.group("role") or "", m.group("name")
            if role_:
                # "counterpart, Minister of Foreign Affairs Ana Osei": field words belong to the role
                role_, name_ = _split_role_name(role_, name_ + t[m.end():m.end() + 40].split(",")[0].split(".")[0])
                nm_ = re.match(NAME, name_)
                name_ = nm_.group(0) if nm_ else name_
            add(name_, role_ or "counterpart", _country_of(m.group("c"), year), s.index)
        for m in re.finditer(r"(?P<role>" + _ROLE_MOD + _ROLE_HEAD + r")\s+of\s+(?:the\s+)?", t):
            rest = t[m.end():m.end() + 120]
            cms = find_countries(rest, year)
            if not cms or cms[0].start != 0 and not re.match(r"^(?:[A-Z][\w'’\-]*,?\s+(?:(?:of|and)\s+(?:the\s+)?)?){1,6}$", rest[:cms[0].start]):
                continue
            if cms[0].via in ("capital", "city") and cms[0].start != 0:
                # "Minister of Production, Foreign Trade and Investment, Santiago Kaya Demir": after the
                # portfolio, a capital's name opening a personal name is a first name, not the minister's state
                continue
            nm = re.match(r"^[\s,]+" + _HONORIFICS + r"(?P<name>" + NAME + r")", rest[cms[0].end:])
            if nm and re.match(_ROLE_MOD + _ROLE_HEAD + r"\b", nm.group("name")):
                # "During his meeting with the President of Ecuador, Federal Councillor B. discussed ...": a
                # title after the comma opens the main clause's subject, no apposition naming the President
                continue
            if nm:
                field = re.sub(r"\s+(?:of|and)\s+(?:the\s+)?$|\s+$", "", rest[:cms[0].start])
                field = re.sub(r"\s+(?:of|and)(?:\s+the)?$", "", field)
                role_ = m.group("role") + (" of " + field if field and not re.match(r"(?:Kingdom|Republic|State|Federation|Commonwealth)\b", field) else "")
                add(nm.group("name"), role_, cms[0].iso3, s.index)
        for m in (_PRESIDENT_OF_THE_REPUBLIC.finditer(t) if "of the Republic" in t else ()):
            # "President of the Republic Eleni Vardaki wrapped up ...": a home paper's title for its own
            # head of state; the nationality comes from elsewhere ("the first by a Greek head of state")
            add(m.group("name"), m.group("role"), None, s.index)
        for m in _ROLE_NAME_OF.finditer(t):
            # "President X of Uganda was received by Egyptian ...": the country is
            # the one right after "of", not the last one the greedy group reaches
            cms = find_countries(m.group("c"), year)
            iso = cms[0].iso3 if cms and cms[0].start == 0 else None
            if iso:
                add(m.group("name"), m.group("role"), iso, s.index)
        pos = 0
        while True:
            m = _HOME_DEMONYM_ROLE.search(t, pos)
            if m is None:
                break
            pos = m.end()
            nxt = _AND_NEXT_OFFICIAL.search(m.group("role"))
            if nxt and find_countries(nxt.group("c2"), year):
                # "signed by Ghana's Minister for Foreign Affairs Kofi Mensah and Togo's Deputy Prime Minister ...":
                # the role stops where the second official's country begins; that one is read next
                cut_at = m.start("role") + nxt.start()
                m2 = _HOME_DEMONYM_ROLE.match(t[:cut_at], m.start())
                if m2 is not None:
                    m, pos = m2, cut_at
            c = m.group("c")
            cms = find_countries(c, year)
            lead_field = _portfolio_after_country(c, cms) if cms and cms[-1].end < len(c) - 3 else ""
            if lead_field:
                cms = cms[:1]
            if not cms or cms[-1].end < len(c) - 3 and not lead_field:
                continue
            role_txt, name_txt, used = _cut_role(m.group("role"), m.group("name"))
            role_txt = lead_field + role_txt
            if used is not None:
                pos = m.start("role") + used
            # (cut at a comma, the name is the words after it, whole: "Minister of Production, Kofi Ama Mensah")
            role, name = _split_role_name(role_txt, name_txt) if used is None else (role_txt.strip(", "), name_txt)
            add(name, role, cms[-1].iso3, s.index)
        for m in (_APPOS_ROLE_OF.finditer(t) if " of " in t and _APPOS_ROLE_OF_PRE.search(t) else ()):
            # "Ali Kaya, Minister of Foreign Affairs of the Republic of Turkey, who ..."
            c = m.group("c").strip()
            cms = find_countries(c, year)
            name = m.group("name")
            lead = find_countries(name.split()[0], year)
            if lead and len(name.split()) >= 3:
                name = name.split(None, 1)[1]  # "received in Accra Ali Kaya, ...": the city is not the name's
            if cms and cms[-1].end >= len(c) - 1 and len(name.split()) >= 2 and not re.search(
                    r"\b(?:and|of|with)\b", re.sub(r"\b(?:Republic|Kingdom|Sultanate|State|Federation|Emirate|Principality|"
                                                  r"Commonwealth)\s+of\s+", "", c[:cms[-1].start])):
                add(name, m.group("role"), cms[-1].iso3, s.index)
        for m in _BY_NAME_ROLE.finditer(t):
            # "signed ... on the Turkish side by Ali K., Minister of Development, who arrived ...": the name,
            # then the role; the country from the side named or the role's 'of <country>'
            side = re.search(r"\bon\s+the\s+(?P<d>[A-Z][\w'’\-]*)\s+side\s+$", t[max(0, m.start() - 40):m.start()])
            iso = _country_of(side.group("d"), year) if side else None
            cms = find_countries(m.group("role"), year)
            iso = iso or (cms[-1].iso3 if cms and cms[-1].via in ("name", "alias") else None)
            if len(m.group("name").split()) >= 2:
                add(m.group("name"), m.group("role"), iso, s.index)
        for m in [*_APPOS_ROLE.finditer(t), *(_APPOS_CAP_ROLE.finditer(t) if "'s " in t or "’s " in t else ())]:
            cms = find_countries(m.group("c"), year)
            if cms and cms[-1].end >= len(m.group("c")) and cms[0].via in ("name", "alias") and len(m.group("name").split()) >= 2:
                role = " ".join(w if w in ("of", "for", "and") else w[:1].upper() + w[1:] for w in m.group("role").split())
                add(m.group("name"), role, cms[-1].iso3, s.index)
        for m in (_LOWER_ROLE.finditer(t) if _LOWER_ROLE_PRE.search(t) else ()):
            # wire style, role in lower case: "Peru's deputy energy minister Luis Ortega Paz"
            c = m.group("c")
            cms = find_countries(c, year)
            lead_field = _portfolio_after_country(c, cms)  # "U.S. Agriculture secretary X"
            if lead_field:
                cms = cms[:1]
            elif not cms or cms[-1].end < len(c):
                continue
            if len(m.group("name").split()) < 2:
                continue
            role = " ".join(w if w in ("of", "for", "and") else w[:1].upper() + w[1:] for w in (lead_field + m.group("role")).split())
            add(m.group("name"), role, cms[-1].iso3, s.index)
        for m in _ROLE_NAME.finditer(t):
            if any(m.start() + c.start < m.start("name") < m.start() + c.end for c in find_countries(m.group(0), year)):
                continue  # "Minister of Foreign Affairs of Sri Lanka, Hon. X": a country's name is no role and name
            role_txt, name_txt, used = _cut_role(m.group("role"), m.group("name"))
            nxt = _AND_NEXT_OFFICIAL.search(role_txt)
            c2 = find_countries(nxt.group("c2"), year) if nxt else []
            if c2 and c2[0].start == 0:
                # "Ghana's Minister for Foreign Affairs Kofi Mensah and Togo's Deputy Prime Minister and Minister
                # for Foreign Affairs Ama Boateng": the second official's role and country begin after "and"
                role, name = _split_role_name(role_txt[nxt.end():], name_txt)
                if re.match(_ROLE_MOD + _ROLE_HEAD, role):
                    add(name, role, c2[0].iso3, s.index)
                continue
            role, name = _split_role_name(role_txt, name_txt) if used is None else (role_txt.strip(", "), name_txt)
            if not re.match(_ROLE_MOD + _ROLE_HEAD, role, re.I) and not re.search(_ROLE_HEAD, role):
                continue
            # country from a demonym / possessive just before the role
            pre = t[max(0, m.start() - 25):m.start()]
            if re.search(r"(?:World Bank|IMF|International Monetary Fund|United Nations|UN|U\.N\.|European (?:Union|Commission|Community)|"
                         r"EU|EC|OPEC|NATO|African Union|AU|ASEAN|WTO|GATT|OECD|IFC|Commonwealth|Organi[sz]ation|Fund|Bank|Agency)\s*$", pre):
                before_n = len(people)
                add(name, role, None, s.index)
                for p_ in people[before_n:]:
                    p_.org = True
                continue
            cms = find_countries(pre, year)
            iso = cms[-1].iso3 if cms and re.match(r"^(?:['’]s)?[\s,]*$", pre[cms[-1].end:]) else None
            if iso and not re.match(r"^['’]s", pre[cms[-1].end:]) and (
                    cms[-1].via in ("capital", "city") or re.search(r"\b(?:[Ii]n|[Aa]t|[Ff]rom|[Tt]o|[Ff]or|[Ww]ith)\s+(?:the\s+)?$",
                                                                   pre[:cms[-1].start])):
                # "In Bogotá, Minister X met ...": a place the sentence opens in is where, not whose
                iso = None
            if iso is None:
                # "The Adviser for Foreign Affairs of the Government of the Republic of Ghana, Mr. X": the role's own country
                tail_ = _role_country(role, year)
                if tail_ is not None and re.search(r"\bof\s+(?:the\s+)?(?:[A-Z][\w'’]*\s+){0,2}$", role[:tail_.start]):
                    iso = tail_.iso3
            at_ = t.find(name, m.start())
            nc_ = find_countries(t[at_:at_ + 60], year) if name and at_ >= 0 else []
            if nc_ and nc_[0].start == 0 and nc_[0].end >= len(name) - 1 and nc_[0].via in ("name", "alias", "capital"):
                continue  # "The Head of Government of São Tomé and Príncipe ends his visit": a country, no name
            add(name, role, iso, s.index)
        # Wire copy names the dateline country's own officials without a nationality:
        # "..., finance minister Ana Osei said", "Board of Trade director Li Wen told
        # reporters". The person is known (country unset); a trip still needs its host and
        # the story's pair to give the home country.
        for m in (_UNSTATED_OFFICIAL.finditer(t) if _UNSTATED_PRE.search(t) else ()):
            if len(m.group("name").split()) < 2 or find_countries(m.group("name"), year):
                continue
            cms = find_countries(m.group("role"), year)  # "Peruvian Central Bank governor X"
            iso = cms[0].iso3 if cms and cms[0].start == 0 else None
            role = " ".join(w if w in ("of", "for", "and") else w[:1].upper() + w[1:] for w in m.group("role").split())
            add(m.group("name"), role, iso, s.index)
    # Wire style: "Ghana's Minister for Trade Negotiations is optimistic ..." then "Kwame
    # Mensah said ...": the official described without a name is the one named next
    for i in range(len(sentences) - 1):
        t0 = _decap(sentences[i].text)
        rm = re.match(r"^(?P<c>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)['’]s\s+(?P<role>" + _ROLE_MOD + _ROLE_HEAD +
                      r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:and\s+)?[A-Z][\w\-]*){0,3})?)\s+(?:is|was|has|had|said|says|told)\b", t0)
        nm = re.match(r"^(?P<name>" + NAME + r")\s+(?:said|says|told|added)\b", sentences[i + 1].text)
        if rm and nm and len(nm.group("name").split()) >= 2:
            cms = find_countries(rm.group("c"), year)
            if cms and cms[0].start == 0 and cms[0].via in ("name", "alias"):
                add(nm.group("name"), rm.group("role"), cms[0].iso3, sentences[i + 1].index)
    # "Prime Minister A and his Thai counterpart B" in a story about Thailand and one
    # partner: A is the partner's (so is A of "A and his Thai guest")
    pair = getattr(ctx, "main_pair", None) if ctx is not None else None
    if pair:
        for s in sentences:
            # ("President A and his Serbian guest witnessed the signing": the host, the guest's partner)
            for m in re.finditer(r"(?P<a>" + NAME + r")\s+and\s+(?:his|her|their)\s+(?P<c>[A-Z][\w'’\-]*)\s+(?:counterpart|guest|host)", _decap(s.text)):
                c_iso = _country_of(m.group("c"), year)
                if c_iso in pair:
                    for p in people:
                        if p.iso3 is None and _word_rx(p.surname).search(m.group("a")):
                            p.iso3 = pair[0] if pair[1] == c_iso else pair[1]
    # "The MoU was signed ... by Mensah and Foreign Affairs Minister Y" in a story about Ghana and one
    # partner: of the two signers, the one of no stated country is the partner's
    if pair:
        for s in sentences:
            if not re.search(r"\b(?:signed|inked)\b", s.text):
                continue
            named = [p for p in people if not getattr(p, "org", False) and _word_rx(p.surname).search(s.text)]
            if len(named) == 2 and sum(p.iso3 is None for p in named) == 1:
                known = next(p for p in named if p.iso3 is not None)
                if known.iso3 in pair and not _AMBASSADOR.search(known.role or ""):
                    next(p for p in named if p.iso3 is None).iso3 = pair[0] if pair[1] == known.iso3 else pair[1]
    # "The Rwandan leader" / "the Kazakh President" after a named person of unknown
    # country gives that person's country
    last = None
    unknown = None  # the last-named person of unknown country before `last`
    for s in sentences:
        t = s.text
        events = []
        for p in people:
            for form in {p.name, p.surname}:
                for m in _word_rx(form).finditer(t):
                    events.append((m.start(), "p", p))
        for m in re.finditer(r"(?:^|[,;:]\s+|\b(?:and|as|while|when|where)\s+)[Tt]he\s+(?P<d>[A-Z][\w'’\-]*)\s+(?P<r>leader|president|President|head of state|"
                             r"(?:[Pp]rime|[Ff]oreign|[Ff]inance|[Tt]rade|[Dd]efen[cs]e|[Dd]eputy)\s+[Mm]inister|premier|minister|Minister|"
                             r"monarch|king|King|delegation)\b", t):
            # "the Japanese Prime Minister" is not the Foreign Minister named before: the whole role must fit
            events.append((m.start(), "d", (m.group("d"), m.group("r").lower())))
        for m in re.finditer(r"\b(?:first|second|third|last)\s+(?:[\w\-]+\s+){0,5}?by\s+an?\s+(?P<d>[A-Z][\w'’\-]*)\s+"
                             r"(?P<r>head of state|head of government|leader|president|prime minister|chancellor|premier|"
                             r"foreign minister|minister|monarch)\b", t):
            # "..., the first trip to South America by an Austrian head of government": the subject's nationality
            events.append((m.start(), "d", (m.group("d"), "leader")))
        for pos, k, v in sorted(events, key=lambda e: e[0]):
            if k == "p":
                if last is not None and last is not v and last.iso3 is None:
                    unknown = last  # "X ... held talks with the Prime Minister of Samoa, Y": X stays in view
                last = v
                continue
            who = last
            if who is not None and who.iso3 is not None and unknown is not None and unknown.iso3 is None and \
                    _country_of(v[0], year) not in (None, who.iso3):
                # "The Jamaican delegation ..." after "X ... held talks with the Prime Minister of Samoa, Y":
                # the description cannot be Y's (a Samoan), so it is the last-named official of unknown country
                who = unknown
            if who is not None and who.iso3 is None and (
                    v[1] in ("leader", "head of state", "delegation") or v[1].lower() in (who.role or "").lower()):
                iso = _country_of(v[0], year)
                # "Cruz said ... The Turkish leader also met ...": with a Turkish official already known, the
                # description is his, not the last-named person's
                if iso and not any(q is not who and q.iso3 == iso and not _AMBASSADOR.search(q.role or "") for q in people):
                    who.iso3 = iso
    return people


_TITLE_GENDER = {t: g[0] for g, ts in _roles_lex()["gendered_titles"].items() for t in ts}
_GENDERED_TITLE = re.compile(r"\b(?P<t>" + "|".join(re.escape(t) for t in sorted(_TITLE_GENDER, key=len, reverse=True))
                             + r")\.?\s+(?P<n>(?:[A-Z][\w'’\-]+\s+){0,3}[A-Z][\w'’\-]+)")


def _genders(sentences, people: list[Person]) -> dict[str, str]:
    """Each official's sex as the article's titles tell it ("Her Excellency Ana Osei", "Mr Kaya"): name -> 'f' or
    'm'. An official given titles of both kinds, or none, is left out: a first name alone tells nothing."""
    seen: dict[str, set] = {}
    for s in sentences:
        for m in _GENDERED_TITLE.finditer(s.text):
            p = _find_person(m.group("n"), people)
            if p is not None and not getattr(p, "org", False) and p.surname in m.group("n").split():
                seen.setdefault(p.name, set()).add(_TITLE_GENDER[m.group("t")])
    return {n: next(iter(g)) for n, g in seen.items() if len(g) == 1}


def _pronoun_referent(t: str, idx: int, sentences, people: list[Person], focus, genders: dict) -> Person | None:
    """Who a sentence-opening 'He'/'She' is: the trip's traveller under way, unless the titles make that one of the
    other sex; then the subject of the sentence before when the pronoun can be that one (the usual antecedent:
    "President Kaya recalled ... He expressed appreciation for his own visit"), else no one."""
    sex = "m" if t.startswith("He") else "f"
    prev = sentences[idx - 1].text if idx > 0 else ""
    subj = _find_person(prev[:60], people) if prev else None
    opens_with = r"^(?:[A-Z][\w.'’\-]*\s+){0,4}?" + re.escape(subj.surname) if subj is not None else None
    subj_ok = subj is not None and subj is not focus and genders.get(subj.name, sex) == sex and \
        re.match(opens_with + r"\b", prev)
    if subj_ok and re.match(opens_with + r"\s+(?:is|was)\s+(?:no\s+stranger|"
                            r"(?:a\s+)?(?:frequent|regular|familiar)\s+(?:visitor|guest|face))\b", prev):
        # "Kaya is no stranger to Ghana. He visited Accra in 2022": the one just said to know the place
        return subj
    if focus is None or genders.get(focus.name, sex) == sex:
        return focus
    return subj if subj_ok else None


def _find_person(text: str, people: list[Person], before: int | None = None) -> Person | None:
    best = None
    best_pos = -1
    firsts = {}
    tokens: dict = {}
    for p in people:
        firsts[p.first] = firsts.get(p.first, 0) + 1
        for tok in set(p.name.split()):
            tokens[tok] = tokens.get(tok, 0) + 1
    for p in people:
        forms = [p.name, p.surname]
        if len(p.first) >= 3 and firsts.get(p.first) == 1 and p.first != p.surname and not iso3_of(p.first):
            forms.append(p.first)
        toks = p.name.split()
        if len(toks) >= 3 and re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]{3,}", toks[-2]) and not iso3_of(toks[-2]) and \
                tokens.get(toks[-2]) == 1:
            # Spanish and Portuguese names: "Pablo Rivas Ortega" is "Rivas" on second mention
            forms.append(toks[-2])
        for form in forms:
            if len(form) < 3:
                continue
            for m in _word_rx(form).finditer(text):
                if before is not None and m.start() > before:
                    continue
                pos = m.start()
                if before is None:
                    if best is None or pos < best_pos:
                        best, best_pos = p, pos
                else:
                    if pos > best_pos:
                        best, best_pos = p, pos
    return best


def _fuzzy_person(text: str, people: list[Person]) -> Person | None:
    for tok in re.findall(_CAP, text):
        for p in people:
            if len(tok) >= 5 and tok != p.surname and difflib.SequenceMatcher(None, tok.lower(), p.surname.lower()).ratio() >= 0.85:
                return p
    return None


def _place(text: str, year, split: bool = True) -> tuple[str | None, str | None]:
    """(iso3, city) of the first place in a prepositional phrase."""
    cc = re.match(r"^\s*(?:the\s+(?:city|town|port)\s+of\s+)?(?P<city>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}),\s*(?P<rest>[A-Z][^,.;]{1,40})", text)
    if cc and not find_countries(cc.group("city"), year):
        # "the city of Obuasi, Ghana": a town the lexicon does not know, placed by the country after it
        after = [c for c in find_countries(cc.group("rest"), year) if c.via in ("name", "alias") and c.start == 0]
        if after:
            return after[0].iso3, cc.group("city")
    if split:
        text = re.split(r"\s+(?:by|from|where|with|for|at the invitation|accompanied)\b|,", text)[0]
    cms = [c for c in find_countries(text, year) if c.via != "agency"]
    if not cms:
        return None, None
    cm = cms[0]
    if cm.start > 30 and not _OFFICIAL_PREFIX.fullmatch(text[:cm.start]):
        # (a state's full name may run long before its short name: "the Democratic Socialist Republic of X")
        return None, None
    if cm.via == "demonym":
        if re.match(r"\s+(?:capital|seat\s+of\s+government)\b", text[cm.end:]):
            cap = next((c.get("capital") for c in _countries_lex()["countries"] if c["iso3"] == cm.iso3), None)
            return cm.iso3, cap
        return None, None  # "visited the Turkish pavilion": a nationality, not a destination
    if re.search(r"\b(?:Europe|Asia|Africa|America|Middle East|Far East|Gulf|Scandinavia|Caribbean|Pacific|Balkans|"
                 r"Latin|Americas)\b", text[:cm.start]):
        return None, None  # "a tour of Europe and America": regions, not a destination country
    city = None
    if cm.via in ("capital", "city"):
        city = cm.surface
    elif cm.surface in city_index():
        city = cm.surface
    return cm.iso3, city


# A comma inside a list of places ("visited Ghana, Nigeria and Senegal") is read as this
# mark by the trigger patterns, whose place stops at a comma; offsets are unchanged.
_LIST_COMMA = "\u201a"


def _mask_place_lists(t: str, year) -> str:
    """The sentence with the commas of every list of three or more places written as
    _LIST_COMMA: "Ghana, Nigeria and Senegal" (countries or cities from the lexicon,
    not nationalities), so that such a list is one place phrase to the triggers."""
    if t.count(",") < 1 or " and " not in t:
        return t
    cms = [c for c in find_countries(t, year) if c.via not in ("demonym", "agency")]
    out = list(t)
    i = 0
    while i < len(cms):
        j = i
        commas = []
        while j + 1 < len(cms) and re.fullmatch(r",\s+", t[cms[j].end:cms[j + 1].start]):
            commas.append(cms[j].end)
            j += 1
        if commas and j + 1 < len(cms) and re.fullmatch(r",?\s+and\s+", t[cms[j].end:cms[j + 1].start]):
            for k in commas:
                out[k] = _LIST_COMMA
            if t[cms[j].end] == ",":
                out[cms[j].end] = _LIST_COMMA
            i = j + 1
        else:
            i = j + 1 if j > i else i + 1
    return "".join(out)


def _place_list(text: str, year) -> list[str]:
    """"Colombia and Peru last week" / "France, Italy and Spain": the places of a
    trip to several countries, when every item of the list is one (else [])."""
    head = re.split(r"\s+(?:by|from|where|with|for|at the invitation|accompanied|last|this|on|in|during|earlier|"
                    r"since|before|after|between|to)\b|[;:(]", text)[0]
    items = [it.strip() for it in re.split(r"[," + _LIST_COMMA + r"]\s*(?:and\s+)?|\s+and\s+", head) if it.strip()]
    if len(items) < 2:
        return []
    hosts = []
    for it in items:
        cms = [c for c in find_countries(it, year) if c.via != "agency"]
        if not cms or cms[0].start != 0 or cms[0].end < len(it) - 1 or cms[0].via == "demonym":
            return []
        hosts.append(cms[0].iso3)
    return items if len(set(hosts)) == len(hosts) else []


def _in_future_clause(text: str, pos: int) -> bool:
    """The city at `pos` belongs to a later stop or to another time: "is scheduled to meet
    ... in Osaka", "since 2017, when a minister led a mission to Mumbai"."""
    clause = re.split(r";\s|\s(?:but|while)\s", text[max(0, pos - 120):pos])[-1]
    if re.search(r"\b(?:will|would|to be|scheduled|expected|due|plans?|planned|set to|next)\b", clause):
        return True
    return bool(re.search(r"\b(?:since|in)\s+(?:19|20)\d\d,?\s+when\b|,\s+when\s+(?:then\s+)?", clause))


def _host_city(text: str, host: str, year) -> str | None:
    for cm in find_countries(text, year):
        if cm.iso3 == host and cm.via in ("capital", "city"):
            if not re.search(r"\b(?:in|at|to|visiting|between|and)\s+(?:the\s+)?$|,\s*$", text[max(0, cm.start - 14):cm.start]):
                continue
            after = text[cm.end:cm.end + 20]
            if re.match(r"^\s+(?:International|Times|Forum|Declaration|Process|Agreement|University|Club)\b", after):
                continue
            if _in_future_clause(text, cm.start):
                continue  # "is scheduled to meet business leaders in Osaka": a later stop, not where the visit is
            return cm.surface
    m = _CAPITAL_OF.search(text)
    if m and _country_of(m.group("d"), year) == host:
        for c in _countries_lex()["countries"]:
            if c["iso3"] == host:
                return c.get("capital")
    return None


_UNDECIDED = re.compile(r"\b(?:is|was|are|were)\s+(?:still\s+|now\s+)?(?:under\s+consideration|being\s+(?:considered|planned|"
                        r"prepared|discussed|arranged)|in\s+preparation|mooted)\b")


def _is_future(text: str, trig_start: int, trig_end: int) -> bool:
    if _UNDECIDED.search(text[trig_start:]):
        return True  # "a visit to Moscow by X for arms talks was under consideration": not decided, let alone made
    # "It should be noted that X arrived ...": a reporting formula, no plan
    text = re.sub(r"^(?:It\s+)?(?:should|must|may)\s+be\s+(?:noted|recalled|mentioned|stressed)\s+that\b",
                  lambda mm: " " * len(mm.group(0)), text)
    rel = re.search(r",\s+who\s+(?:was|were|had\s+been|has\s+been|is|are)\s*$", text[:trig_start]) or \
        re.search(r",\s+who\s+$", text[:trig_start])
    if rel:
        # "More details would be given later by X, who was in Moscow": the relative clause's own tense
        # tells the trip's, not the main clause's
        text = " " * rel.start() + text[rel.start():]
    pre = text[max(0, trig_start - 60):trig_start]
    head = re.sub(r"[\"“][^\"”]*[\"”]", " ", text[:trig_start])
    if re.search(r"\b(?:will|would|shall|(?:is|are) (?:due |likely |expected |scheduled |set |planning |going )?to)\s+(?!have\b)\w+", head) or \
            re.search(r"(?i)\b(?:expects?|expected|anticipates?|hopes?)\b", head):
        return True
    # "there are no plans for X to meet ... during his trip", "X and Y plan to discuss ... in talks in Z",
    # "an announcement could come this week during a visit": the trip is planned or hypothetical
    clause = re.split(r"[,;:]|\b(?:said|says|told)\b", head)[-1]
    if re.search(r"\b(?:plans?|planned|planning)\s+(?:for\s+[^,.;]{1,60}?\s+)?to\s+(?!have\b)[a-z]+", head) or \
            re.search(r"\b(?:could|may|might)\s+(?!have\b)[a-z]+", clause):
        return True
    words = pre.split()[-7:]
    window = " ".join(words)
    if _NP_FUTURE.search(" ".join(pre.split()[-4:])):
        return True
    if re.search(r"\b(?:cancel\w*|postpone\w*|called off|call off|scrapped|put off|delayed|on hold)\b", text[max(0, trig_start - 80):trig_end + 40], re.I):
        return True
    if re.match(r"^\s*(?:,[^,.;]{0,80},)?\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:postponed|cancell?ed|"
                r"called\s+off|put\s+off|deferred|scrapped|delayed)\b", text[trig_end:trig_end + 160], re.I):
        return True  # "X's official visit to New Delhi, initially planned for the last week of July, was postponed"
    if re.search(r"\b(?:until|ahead of|before|prior to|awaiting|pending|preparation for|preparing for|prepare for|"
                 r"in advance of|run-up to|paving the way for|in time for|before or during)\s+(?:[\w'’\-]+\s+){0,5}$", pre):
        return True
    if re.search(r"^[^.;]{0,160}?,\s+(?:which|that)\s+(?:starts|begins|opens|gets under way)\b", text[trig_start:trig_end + 80]):
        return True  # "the visit of X, which starts on Friday": scheduled
    after = text[trig_end:trig_end + 80]
    if re.search(r"\bwho\b[^,]*$", text[:trig_start]):
        after = after.split(",")[0]  # inside ", who arrived on Sunday,": the main clause is not the trip's
    if _FUTURE_AFTER.match(after) and not (
            re.match(r"\s*,\s*(?:and|but|while|where)\b", after) and
            re.search(r"\b(?:arrived|landed|visited)\b", text[trig_start:trig_end])):
        # ("X arrived in Ankara on Monday for a visit, and talks continue next week": the arrival is done; what
        # comes next week is another clause's)
        return True
    if re.search(r"\b(?:next (?:week|month|year)|tomorrow|later this \w+|is likely|is expected|will|would)\b", text[trig_start:min(trig_end, trig_start + 40)]):
        return True
    if re.search(r"\b(?:next\s+(?:week|month|year)|tomorrow|later\s+this\s+(?:week|month|year))\b",
                 re.split(r"[,;]", text[trig_start:trig_end + 20])[0]):
        return True  # "X's visit to Y next week is expected to boost ties": the trip's own time is to come
    if re.search(r"\bduring\s+(?:\w+\s+){0,4}$", pre) or re.search(r"\b(?:during|since|after)\b[^,]*$", window):
        return False
    if re.search(r"\b(?:to\s+)?coincid(?:e|es|ed|ing)\s+with\s+(?:\w+\s+){0,3}$", pre):
        return False  # "an editorial published to coincide with the visit of X": a purpose, not a plan
    if re.match(r"(?:was|were)\s+(?:in|visiting|touring)\b", text[trig_start:trig_end]):
        return False  # "X, who is beginning a visit to Turkey, was in Izmir": a fact, told in the past
    # ("X returned to Vientiane yesterday, concluding a visit to Y": 'to' after a verb of motion done is no plan)
    window = re.sub(r"\b(?:returned|flew|came|went|travell?ed|traveled|got|headed)\s+(?:back\s+|home\s+)?to\b", " ", window)
    # ("The visit to X followed the minister's visit to Y": the 'to' of a trip noun is no infinitive)
    window = re.sub(r"\b(?:visits?|trips?|tours?|journeys?)\s+to\b", " ", window)
    if _FUTURE.search(window) and not re.search(r"\b(?:last\s+(?:week|month|year)|yesterday|earlier\s+this\s+(?:week|month|year))\b",
                                               text[trig_start:trig_end + 40]):
        # ("was to brief Y on X's visit to Z last week": a trip dated in the past is no plan, whatever the clause)
        return True
    return False


def _met_countries(t: str, year, people, guest) -> set:
    """The countries of the officials a guest is said to meet in a sentence ("signed the agreement with PNG
    Minister X", "after meetings with President Y")."""
    return {c.iso3 for c in find_countries(t, year) if re.search(r"\bwith\s+(?:[\w\-.]+\s+){0,4}$", t[max(0, c.start - 40):c.start])} | \
        {p_.iso3 for p_ in people if p_.iso3 and p_ is not guest
         and re.search(r"\bwith\s+(?:[\w\-.,]+\s+){0,8}?" + re.escape(p_.surname) + r"\b", t)}


def _dates_near(text, ref, years, pos_from, pos_to):
    return [d for d in find_dates(text, ref, years) if pos_from <= d.start <= pos_to]


class _Mention:
    def __init__(self, s: Sentence, person: Person | None, home, host, city, rule):
        self.s, self.person, self.home, self.host, self.city, self.rule = s, person, home, host, city, rule
        self.start: PartialDate | None = None
        self.end: PartialDate | None = None
        self.kind = "unspecified"
        self.past = False
        self.duration: int | None = None
        self.during: PartialDate | None = None
        self.at_end: PartialDate | None = None
        self.left_from = None  # ("Rome", day) from "left Rome today for Madrid"
        self.city_guessed = False  # from "the <nationality> capital": today's capital, maybe not the one then
        self.meet_day: PartialDate | None = None
        self.role = person.role if person else None


def _same_list(text: str, a: str, b: str, year) -> set:
    """The countries of the list in `text` that has both `a` and `b` among its items ('Ghana, Togo and
    Benin'), else an empty set."""
    found = find_countries(text, year)  # left to right
    groups: list[tuple[int, set]] = []
    for prev, cur in zip([None] + found, found):
        if prev is not None and re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?", text[prev.end:cur.start]):
            groups[-1][1].add(cur.iso3)
        else:
            groups.append((cur.start, {cur.iso3}))
    # the places a trip went to ("a visit to A, B and C", "toured A and B"), not two parties ("A and B signed ...")
    return next((g for at, g in groups if a in g and b in g and
                 re.search(r"\b(?:to|visit(?:s|ed|ing)?|tour(?:s|ed|ing)?)\s+(?:the\s+)?$", text[:at], re.I)), set())


def detect_visits(sentences: list[Sentence], ctx: ArticleContext):
    facts, rejected, _ = _analyse(sentences, ctx)
    return facts, rejected


def current_visit_dates(sentences: list[Sentence], ctx: ArticleContext):
    """(start, end) PartialDates of the article's current (non-past) visit, or None."""
    _, _, cur = _analyse(sentences, ctx)
    return cur


_CACHE: dict = {}


def _analyse(sentences, ctx):
    # detect_visits and current_visit_dates ask for the same analysis of one article; the key
    # holds everything the analysis reads, so two articles alike in text but not in context
    # (another pair, dateline or date) never share a result
    key = (repr(ctx), getattr(ctx, "dateline", None), tuple((s.start, s.text) for s in sentences))
    if key in _CACHE:
        return _CACHE[key]
    res = _analyse_uncached(sentences, ctx)
    if len(_CACHE) > 64:
        _CACHE.clear()
    _CACHE[key] = res
    return res


def _analyse_uncached(sentences, ctx):
    ref = ctx.reference or ctx.published
    year = ref.year if ref else None
    years = ctx.years_mentioned
    people = build_registry(sentences, ctx, year)
    genders = _genders(sentences, people)
    pair = ctx.main_pair
    dlh = getattr(ctx, "dateline", None)
    if dlh and dlh[1] and pair and dlh[1] in pair:
        for s in sentences:
            for hm in _ARRIVED_HERE_FOR.finditer(s.text):
                # "X, who arrived here Tuesday night for a three-day official visit," in a story datelined in
                # one of the two countries it reports on: X, of no stated nationality, is of the other one
                p_ = _find_person(hm.group("n"), people)
                if p_ is not None and p_.iso3 is None and not getattr(p_, "org", False):
                    p_.iso3 = pair[0] if pair[1] == dlh[1] else pair[1]
    mentions: list[_Mention] = []
    rejected: list[Rejection] = []
    focus: Person | None = None
    cur_host = None
    future_people: set = set()

    def other(iso):
        if pair and iso in pair:
            return pair[0] if pair[1] == iso else pair[1]
        return None

    for idx, s in enumerate(sentences):
        t = s.text
        try:
            found = _visit_triggers(t, year)
            vn = re.search(r"\b" + _VNOUN + r"\b", t)
            if vn and not found and _is_future(t, vn.start(), vn.end()) or \
                    vn and re.search(r"\b(?:begins|starts|will begin|will start|is to begin)\b", t[:vn.start()]):
                fp = _find_person(t[:vn.start()], people, before=vn.start())
                # "is scheduled to visit shipyards" during a trip under way plans a stop, not the trip
                if fp is not None and not any(not x.past and x.person is fp for x in mentions):
                    future_people.add(fp.name)
            if not found:
                continue
            expanded = []
            for trig in found:
                stops = _place_list(trig[2], year) if trig[2] and trig[0] != "tour_stop" else []
                nth = re.search(r"\b(?P<n>first|second|third|fourth|fifth)\s+(?:stop|leg|destination)\s+(?:on|of)\s+(?:an?|the|his|her|their)\b",
                                t, re.I)
                if stops and nth:
                    # "..., the second stop on a week-long tour of Peru, Chile and Argentina": the stops listed
                    # after this one are yet to come (those before it are told, or not, on their own)
                    n_ = ("first", "second", "third", "fourth", "fifth").index(nth.group("n").lower()) + 1
                    stops = stops[:n_]
                # a trip to several countries is one visit to each (README: one trip, one row per host)
                expanded += [(trig[0], trig[1], st, True) for st in stops] if stops else [(*trig, False)]
            for trig in expanded:
                kind_, m, place_text, multi_stop = trig
                if kind_ not in ("past", "past_noplace", "past_since", "past_journey", "past_after", "left", "talks_at", "spoke_in", "presence") and _is_future(t, m.start(), m.end()) or \
                        kind_ == "left" and _is_future(t[:m.end("place")], m.start(), m.start()) or \
                        kind_ == "talks_at" and _is_future(t, m.start() + len(m.group(0).split()[0]) + 1, m.end()) or \
                        kind_ in ("spoke_in", "presence") and _is_future(t[:m.end()], m.start(), m.end()) or \
                        kind_ in ("by", "poss", "visit_np") and (_PREPARES_FOR.search(t[:m.start()]) or _WHO_WILL.search(t[m.end():])):
                    rejected.append(Rejection(s.index, t, "visit", "planned or future trip"))
                    # ("X's visit is expected to boost ties" is said of trips under way too: a
                    # possessive's owner is not marked as travelling later)
                    fp = _find_person(t[:m.start()], people, before=m.start())
                    if fp is not None:
                        future_people.add(fp.name)
                    continue
                # visitor
                if _OTHER_SUBJECT.search(t[:m.start()]):
                    # "Vantaggio's predecessor visited ...": the subject is someone not named
                    rejected.append(Rejection(s.index, t, "visit", "the traveller is an unnamed relative/aide/predecessor"))
                    continue
                person = None
                vb_only = False
                if kind_ == "presence" and m.start() == 0:
                    person = _find_person(t[m.end():m.end() + 90], people)  # "Speaking in Accra, X said"
                if kind_ in ("talks_at", "talks_in"):
                    # both sides named: the visitor is the official not of the meeting place's country
                    th, _tc = _place(place_text, year)
                    named_all = sorted(((mm.start(), p) for p in people if not _AMBASSADOR.search(p.role or "")
                                        for mm in [_word_rx(p.surname).search(t)] if mm), key=lambda e: e[0])
                    named = [(i, p) for i, p in named_all if p.iso3]
                    guests = [p for _, p in named if p.iso3 != th]
                    unknown = [p for _, p in named_all if p.iso3 is None and not getattr(p, "org", False)]
                    subj_ = _find_person(t[:m.start()], people, before=m.start()) if kind_ == "talks_in" else None
                    if th is not None and not guests and subj_ is not None and subj_.iso3 is None and other(th) and \
                            not getattr(subj_, "org", False):
                        unknown = [subj_]  # "X held talks in New York with U.S. officials": the subject travelled
                    if th is not None and not guests and len(unknown) == 1 and other(th) and \
                            (any(p.iso3 == th for _, p in named) or kind_ == "talks_in"):
                        # "Foreign Minister X ... during talks in Tokyo with Japanese Foreign Minister Y" in an
                        # article about Japan and one partner: X, of unstated nationality, is the partner's
                        unknown[0].iso3 = other(th)
                        guests = unknown
                    host_named = any(p.iso3 == th for _, p in named)
                    if th is not None and not host_named and kind_ == "talks_in" and subj_ is not None and \
                            subj_.iso3 and subj_.iso3 != th and guests == [subj_] and \
                            any(p.iso3 is None for _, p in named_all if p is not subj_):
                        # "Swiss State Secretary X held talks in Bangkok last week with Commerce Minister Y":
                        # the subject, of a stated nationality, met officials of the place named by role only
                        host_named = True
                    if th is None or not guests or not host_named or \
                            len({p.iso3 for p in guests}) > 1 or _REMOTE.search(t):
                        rejected.append(Rejection(s.index, t, "visit", "talks abroad without one named guest and a host official"))
                        continue
                    person = guests[0]
                vb = _VISIT_BY.search(t)
                if vb is not None and re.match(r"\s*an?\s+(?:[A-Z][\w'’\-]*\s+){1,3}(?:[a-z]+\s+){0,2}(?i:head|leader|president|prime|chancellor|minister|secretary|monarch|king|queen|emir|sultan|envoy)",
                                               (vb.group("who") or "")):
                    vb = None  # "the first trip to South America by an Austrian head of government": a description
                if vb is not None and kind_ not in ("past", "past_noplace", "past_since", "past_journey", "past_after", "received", "left"):
                    who = vb.group("who") or vb.group("who2") or vb.group("who3") or ""
                    person = _find_person(who[:110], people) or _fuzzy_person(who[:60], people)
                    if vb.group("who3") and re.search(r"\bto\s+the\s+country\s+of\b", vb.group(0), re.I):
                        place_text = "the country"  # "the official visit to the country of X, ...": the story's country
                    elif (vb.group("who2") or vb.group("who3")) and place_text and who.startswith(place_text.strip()[:10]):
                        place_text = ""  # "the visit of the German President": a person, not a place
                    elif place_text and place_text.strip()[:15] not in vb.group(0) and not (
                            vb.group("who2") and re.search(r",?\s+to\s+" + re.escape(place_text.strip()[:15]), t)):
                        # the place belongs to another trip noun in the sentence ("cancelled a trip to
                        # Australia ... the visit this week by X")
                        place_text = ""
                        vb_only = True
                    dm_ = re.match(r"^(?:the\s+)?(?:visiting\s+)?(?P<d>[A-Z][\w'’\-]*)\s+(?P<r>foreign minister|prime minister|minister|"
                                   r"president|premier|chancellor|leader|king|emir|delegation)\b", who, re.I)
                    if person is None and dm_:
                        # "a working visit by the Ecuadorian minister": the one official of that nationality and role
                        d_iso = _country_of(dm_.group("d"), year)
                        rw = dm_.group("r").lower()
                        cands_ = [p for p in people if d_iso and p.iso3 == d_iso and
                                  (rw in ("leader", "delegation") or rw in (p.role or "").lower())]
                        if len(cands_) == 1:
                            person = cands_[0]
                    if person is None and re.match(r"^(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,6}[A-Z][\w\-]+", who):
                        rejected.append(Rejection(s.index, t, "visit", "visitor named after 'by' is not a known official"))
                        continue
                if person is not None:
                    pass
                elif kind_ == "received" and re.match(r"(?:in\s+(?:an?\s+)?audience\s+|warmly\s+|cordially\s+|officially\s+)?by\s",
                                                      m.group("who")):
                    # "X was received by <host official> in CITY": the guest is the subject
                    # ("who was received in audience by President Y at the Palace in CITY": Y is the host)
                    if not re.search(r"\b(?:was|were|is|are|been|being)\s+$", t[:m.start()]):
                        continue
                    host_p = _find_person(m.group("who"), people)
                    person = _find_person(t[:m.start()], people)
                    if person is None and focus is not None and focus.iso3 and \
                            re.match(r"^(?:The|the)\s+(?:head|leader|chief)\s+of\s+the\s+", t) and \
                            focus.iso3 in {c.iso3 for c in find_countries(t[:m.start()], year)}:
                        # "The head of the Turkish government, who was received by ...": the visitor just reported
                        person = focus
                    if host_p is not None and host_p.iso3 is None and person is not None and person.iso3 and \
                            other(person.iso3) and not getattr(host_p, "org", False):
                        host_p.iso3 = other(person.iso3)  # "received by President Y" in a story about the two
                    if person is None or host_p is None or not person.iso3 or host_p.iso3 in (None, person.iso3):
                        rejected.append(Rejection(s.index, t, "visit", "received by: guest or host official unknown"))
                        continue
                elif kind_ == "received":
                    if re.search(r"\b(?:during|after|before|visit|trip|boost|support|call|letter|message)\b", m.group("who")):
                        continue  # "received a boost during X's visit to Y": no one received
                    person = _find_person(m.group("who"), people) or None
                    if person is None:
                        continue  # "welcomed more investment": no one received
                elif kind_ == "left":
                    # the one who left is the subject just before the verb ("Mensah left", "X, who left", "he left")
                    sm_ = re.search(r"(?P<n>" + NAME + r")(?:,\s+who)?\s+(?:then\s+|also\s+)?$|\b(?:[Hh]e|[Ss]he)\s+(?:then\s+|also\s+)?$", t[:m.start()])
                    if sm_ is None:
                        continue
                    person = _find_person(sm_.group("n"), people) if sm_.group("n") else focus
                    if person is None:
                        continue
                elif kind_ == "travelling_with":
                    person = _find_person(m.group("who"), people)
                    dlt = getattr(ctx, "dateline", None)
                    if person is None or not dlt or not dlt[1] or dlt[1] == person.iso3:
                        rejected.append(Rejection(s.index, t, "visit", "travelling with someone not placed abroad by the dateline"))
                        continue
                    place_text = dlt[0]
                elif kind_ == "visiting_official":
                    person = _find_person(m.group("name"), people)
                    if person is None or person.iso3 is None or person.iso3 != _country_of(m.group("c"), year):
                        rejected.append(Rejection(s.index, t, "visit", "'the visiting <nationality> official' not in the registry"))
                        continue
                elif kind_ in ("delegation", "visiting_deleg"):
                    hm = re.search(r"\b(?:led|headed)\s+by\b", t[m.start():])
                    person = _find_person(t[m.start() + hm.end():] if hm else t[m.start():], people)
                elif kind_ == "by" and person is None:
                    person = _find_person(m.group("who") or (m.groupdict().get("who2") or ""), people)
                elif kind_ == "poss":
                    person = _find_person(m.group("who") or (m.groupdict().get("who2") or ""), people)
                elif kind_ == "past_noplace":
                    person = _find_person(m.group("who") or (m.groupdict().get("who2") or ""), people)
                elif kind_ == "past_after":
                    person = _find_person(m.group("who"), people)
                    if person is None:
                        rejected.append(Rejection(s.index, t, "visit", "the earlier traveller is not a known official"))
                        continue
                if person is None and re.match(r"^(?:He|She)\b", t) and idx > 0:
                    # '"...," Mensah said.' then "He recalled that he had visited Cairo ...": the speaker
                    # just quoted, rather than the trip's visitor
                    pv = sentences[idx - 1].text
                    # ('..." Prime Minister Mensah said at the joint press conference.': the place of saying may follow)
                    sp = re.search(r"[,\"”]\s*(?P<n>" + NAME + r")\s+(?:said|added|told\s+\w+|stressed|noted)"
                                   r"(?:\s+(?:at|in|on|during|after|before|while)\s+[^\"”,;]{1,80})?\W*$", pv) or \
                        re.match(r"^(?P<n>" + NAME + r")\s+(?:said|told|added|stressed|noted)\b", pv)
                    speaker = _find_person(sp.group("n"), people) if sp else None
                    if speaker is not None and not getattr(speaker, "org", False):
                        person = speaker
                if person is None and re.match(r"^(?:He|She)\b", t) and focus is not None:
                    person = _pronoun_referent(t, idx, sentences, people, focus, genders)
                subj = re.match(r"^(?:[A-Z][\w\-]+\s+){0,2}?([A-Z][\w\-]+)\s+(?:said|told|says|added|noted|stressed|argued)\b", t)
                if person is None and subj and not any(p.surname == subj.group(1) for p in people) and \
                        not iso3_of(subj.group(1)) and re.search(r"\b(?:his|her)\b", t[:m.start()]):
                    rejected.append(Rejection(s.index, t, "visit", f"visitor {subj.group(1)!r} is not a known official"))
                    continue
                # ("The Prime Minister of Bangladesh recalled her visit", "The Turkish President recalled his visit")
                dsub = re.match(r"^(?:\d{1,2}\.\s+)?[Tt]he\s+(?P<r>President|Prime\s+Minister|Foreign\s+Minister|Premier|Chancellor|King|Emir)\s+of\s+"
                             r"(?:the\s+)?(?P<d>(?:[A-Z][\w'’\-]*\s+){0,3}?[A-Z][\w'’\-]*)(?=\s+[a-z])", t) or \
                    re.match(r"^(?:\d{1,2}\.\s+)?[Tt]he\s+(?P<d>[A-Z][a-z]+)\s+(?P<r>[Pp]resident|[Pp]rime\s+[Mm]inister|[Ff]oreign\s+[Mm]inister|"
                                r"[Mm]inister|[Pp]remier|[Cc]hancellor|[Kk]ing|[Ee]mir|leader)\b", t)
                if dsub:  # the sentence's own subject outweighs an earlier guess
                    # "The Turkish President recalled his state visit to Ghana": the official of that nationality
                    d_iso = _country_of(dsub.group("d"), year)
                    rw = dsub.group("r").lower().split()[-1] if dsub.group("r").lower() != "leader" else ""
                    cands_ = [p for p in people if d_iso and p.iso3 == d_iso and rw in (p.role or "").lower()]
                    if len(cands_) == 1:
                        person = cands_[0]
                lead_visit = re.match(r"^(?:During|On|In\s+the\s+course\s+of)\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,3}" + _VNOUN +
                                      r"\b[^,]{0,60},\s+", t) if kind_ == "visit_np" else None
                if person is None and lead_visit:
                    # "During a visit to Tokyo in April, U.K. Minister X presented ...": the subject after the comma
                    after_ = t[lead_visit.end():lead_visit.end() + 90]
                    sub = _find_person(after_, people)
                    hits_ = [h for f in {sub.name, sub.surname, sub.first} if sub is not None
                             for h in [_word_rx(f).search(after_)] if h] if sub is not None else []
                    first_hit = min((h.start() for h in hits_), default=None)
                    # (only a subject: "During the visit, the Adviser held talks with His Excellency X": X, the
                    # object of the talks, is the host's official)
                    if first_hit is not None and first_hit < 60 and \
                            re.fullmatch(r"(?:(?:[A-Z][\w'’\-.]*|of|for|and|the)[\s,]+)*", after_[:first_hit]):
                        person = sub
                if person is None and re.search(r"\b(?:his|her)\s+(?:[\w\-]+\s+){0,3}$", t[:m.start()]) and \
                        kind_ in ("visit_np", "at_end", "poss"):
                    # "X met Y during his visit": the subject; no one named before it: the current
                    # visitor, else the first official named after ("During his stay in Accra, X met ...");
                    # "..., was received by President Y, who recalled his state visit to Seoul": the antecedent
                    # of the 'who' the possessive stands in
                    rel_ = re.search(r"(?P<n>" + NAME + r"),\s+who\b[^,]*$", t[:m.start()])
                    person = (_find_person(rel_.group("n"), people) if rel_ else None) or \
                        _find_person(t[:m.start()], people) or focus or _find_person(t, people)
                    dest_, _c = _place(place_text, year) if place_text else (None, None)
                    if person is not None and dest_ is not None and person.iso3 == dest_:
                        # "A welcomed B, President of Finland, ... at the start of her State Visit to Namibia": the
                        # host of the trip did not make it; the one other named official not of that country did
                        others_ = {p_.name: p_ for p_ in people if p_.iso3 and p_.iso3 != dest_
                                   and _word_rx(p_.surname).search(t[:m.start()])}
                        if len(others_) == 1:
                            person = next(iter(others_.values()))
                if person is None:
                    # "..., as the Lao leader made an official visit to Thailand": the one named official
                    # of that nationality
                    dl_ = re.search(r"\b[Tt]he\s+(?P<d>[A-Z][\w'’\-]*)\s+(?:leader|president|prime\s+minister|premier|minister|"
                                    r"chancellor|monarch|king|emir|head\s+of\s+state)\s+(?:\w+\s+){0,2}$", t[:m.start()])
                    d_iso = _country_of(dl_.group("d"), year) if dl_ else None
                    cands_ = [p for p in people if d_iso and p.iso3 == d_iso and not _AMBASSADOR.search(p.role or "")]
                    if len(cands_) == 1:
                        person = cands_[0]
                if person is None:
                    # ("in the presence of X, Ghana's Minister of Transport, who is on an official visit": past the apposition)
                    rel = re.search(r"(?P<n>" + NAME + r"),\s+(?:[^,()]{3,80},\s+)?who\b[^,]*$", t[:m.start()])
                    if rel:
                        person = _find_person(rel.group("n"), people)
                if person is None:
                    person = _find_person(t[:m.start()], people, before=m.start())
                    if person is not None:
                        co = re.search(r"(?P<a>" + NAME + r")\s+and\s+(?:[A-Z][\w'’\-]*\s+){0,3}?" + re.escape(person.surname)
                                       + r"\s*$", t[:m.start()].rstrip())
                        head_ = _find_person(co.group("a"), people) if co else None
                        if head_ is not None and head_ is not person and person.iso3 in (None, head_.iso3):
                            person = head_  # "Prince A and Princess B went to ...": one trip, under the first named
                        # prefer the subject (first person) of the sentence when a pronoun is used
                        first = _find_person(t, people)
                        if _PRONOUN.search(t[:m.start()]) and first is not None:
                            person = first
                        named_here = {p_.name: p_ for p_ in people if not getattr(p_, "org", False)
                                      and _word_rx(p_.surname).search(t[:m.start()])}
                        met_in = [c.iso3 for c in find_countries(t[:m.start()], year)
                                  if re.search(r"\b(?:in|at)\s+(?:the\s+)?$", t[max(0, c.start - 8):c.start])]
                        if kind_ == "visit_np" and len(named_here) >= 2 and len(set(met_in)) == 1:
                            # "Turkish minister A held talks in Accra with her Ghanaian counterpart B, during a
                            # one-day working visit": the one named official not of the place's country travelled
                            # ("Premier X held talks in Tunis with Tunisian President Y during a one-day working
                            # visit": X, of no stated nationality, is the one not of the place)
                            guests_ = [p_ for p_ in named_here.values() if p_.iso3 != met_in[0]]
                            if len(guests_) == 1:
                                person = guests_[0]
                        elif kind_ == "visit_np" and len(named_here) >= 2 and place_text and person.iso3 and \
                                person.iso3 == _place(place_text, year)[0]:
                            # "Oman's Minister A held talks with Zanzibar President B ..., on the second day of a
                            # working visit to Tanzania": the one named official not of the destination travelled
                            guests_ = [p_ for p_ in named_here.values() if p_.iso3 and p_.iso3 != person.iso3]
                            if len(guests_) == 1:
                                person = guests_[0]
                dr = _DEF_ROLE.search(t[:m.start() + 1])
                if person is None and dr is not None and dr.group("r").lower() not in ("leader", "delegation"):
                    rw = dr.group("r").lower()
                    cands = [p for p in people if rw in (p.role or "").lower() and p.pos <= s.index]
                    dem_iso = _country_of(dr.group("dem"), year) if dr.group("dem") else None
                    if dem_iso:
                        # "The Angolan minister, who arrived in Havana ...": the minister of that nationality
                        cands = [p for p in cands if p.iso3 == dem_iso]
                    if len(cands) >= 1:
                        person = cands[-1] if focus is None or focus not in cands else focus
                if person is None and (_PRONOUN.search(t) or dr is not None or kind_ in ("visit_np", "is_in", "at_end")):
                    person = focus
                if person is None and kind_ in ("spoke_in", "returned_from", "presence") and idx > 0 and re.match(r"^(?:He|She)\b", t):
                    # "He told a Tokyo reception ...": the one official the sentence before named
                    prev_named = {p.name: p for p in people
                                  if _word_rx(p.surname).search(sentences[idx - 1].text)}
                    if len(prev_named) == 1:
                        person = next(iter(prev_named.values()))
                if person is None and kind_.startswith("past"):
                    person = _find_person(m.group(0), people)
                if person is None:
                    person = _fuzzy_person(t[:m.start()], people)
                if person is None and kind_ in ("visit_np", "is_in", "at_end", "paid") and idx > 0:
                    hp, _c = _place(place_text, year) if place_text else (None, None)
                    hp = hp or next((c.iso3 for c in find_countries(t, year)), None)
                    for j in range(idx - 1, max(-1, idx - 3), -1):
                        cand = _find_person(sentences[j].text, [p for p in people if p.iso3 != hp])
                        if cand is not None:
                            person = cand
                            break
                if person is None and kind_ in ("arrived", "paid", "is_in") and any(
                        re.search(r"\b" + _VNOUN + r"\b", sentences[j].text) for j in range(max(0, idx - 2), idx + 1)):
                    sm = re.match(r"^(?P<n>(?:[A-Z][\w\-]+\s+){0,2}[A-Z][\w\-]+)\s+(?:arrived|paid|is on|was on|is in|was in)\b", t)
                    if sm and not find_countries(sm.group("n"), year) and \
                            not re.match(r"^(?:The|A|An|He|She|It|They|This|That|Officials?|President|Minister|Prime)\b", sm.group("n")):
                        person = Person(sm.group("n"), "", None, s.index)
                        people.append(person)
                if person is None and kind_ == "past" and focus is not None and \
                        re.match(r"(?:began|started|ended)\b", m.group(0).strip()) and \
                        re.search(r"\b(?:[Tt]he|[Hh]is|[Hh]er)\s+(?:tour|trip)\s+$", t[:m.start() + len(m.group(0)) - len(m.group(0).lstrip())]):
                    person = focus  # "The tour began in Suva on Sunday": a leg of the tour under way
                if person is None and kind_ == "presence" and re.match(r"led\s+by\b", m.group(0)):
                    # "A Turkish delegation led by the Minister of Infrastructure, X, had been in Kumasi since Monday"
                    person = _find_person(m.group(0), people)
                if person is None:
                    rejected.append(Rejection(s.index, t, "visit", "no named visitor"))
                    continue
                if getattr(person, "org", False):
                    rejected.append(Rejection(s.index, t, "visit", "official of an international organisation"))
                    continue
                if _AMBASSADOR.search(person.role or ""):
                    rejected.append(Rejection(s.index, t, "visit", "resident ambassador/envoy, not a trip"))
                    continue
                # host and city
                host, city = (None, None)
                host_in_text = False
                if place_text:
                    host, city = _place(place_text, year, split=(kind_ != "received"))
                if host is None and kind_ == "visiting_deleg":
                    others = [p.iso3 for p in people if p.iso3 and p.iso3 != person.iso3 and
                              _word_rx(p.surname).search(t)]
                    cms = [c.iso3 for c in find_countries(t, year) if c.iso3 != person.iso3 and c.via in ("demonym", "name", "alias")]
                    host = others[0] if others else (cms[0] if cms else None)
                if host is None and kind_ == "visiting_official":
                    dlv = getattr(ctx, "dateline", None)
                    others = [p.iso3 for p in people if p.iso3 and p.iso3 != person.iso3 and
                              _word_rx(p.surname).search(t)]
                    if dlv and dlv[1] and dlv[1] != person.iso3:
                        host = dlv[1]
                    elif others:
                        host = others[0]
                    elif other(person.iso3) in {c.iso3 for c in find_countries(t, year)}:
                        host = other(person.iso3)  # no dateline: the story's other country, named here too
                    host_in_text = True
                if host is None and kind_ == "past_noplace" and idx > 0:
                    pm = re.search(r"\b(?:visits?|tours?|trips?)\s+(?:of|to)\s+(?P<p>[^,.;]{2,40})", sentences[idx - 1].text)
                    if pm:
                        host, city = _place(pm.group("p"), year)
                        city = None
                if host is None and place_text and (_generic_country(place_text, year) or
                                                    place_text.strip() == "there" and person is focus):
                    host = cur_host or (other(person.iso3) if person.iso3 else None)
                    if place_text.strip() == "there" and host and not city:
                        # "She first travelled there in 2019 ..., when she toured hospitals in Kumasi": that trip's city
                        cities_ = [c for c in find_countries(t[m.end():], year) if c.via == "city" and c.iso3 == host]
                        if len(cities_) == 1:
                            city = cities_[0].surface or city
                dl_c = getattr(ctx, "dateline", None)
                if host is None and place_text and re.match(r"the\s+(?:\w+\s+)?capital\b", place_text.strip()) and \
                        dl_c and dl_c[1] and dl_c[1] != person.iso3:
                    # "arrived in the capital on Monday" in a story datelined in that country's capital
                    cap = next((c.get("capital") for c in _countries_lex()["countries"] if c["iso3"] == dl_c[1]), None)
                    if cap and find_countries(dl_c[0], year) and find_countries(dl_c[0], year)[0].via == "capital":
                        host, city = dl_c[1], cap
                ours = re.match(r"(?:the\s+(?P<cap>capital)\s+of\s+)?our\s+country\b", place_text.strip()) if place_text else None
                if host is None and ours and person.iso3 and other(person.iso3):
                    # "arrived in the capital of our country": a state agency's own country, the one of the
                    # article's two that is not the guest's
                    host = other(person.iso3)
                    if ours.group("cap"):
                        city = next((c.get("capital") for c in _countries_lex()["countries"] if c["iso3"] == host), None)
                if host is None and place_text and kind_ in ("arrived", "arrived_bare"):
                    # "arrived at Kotoka International Airport in Accra", "arrived in Tema yesterday and
                    # travelled to Accra": the first place is unknown, a later one inside the phrase is known
                    for pm_ in reversed(list(re.finditer(r"\b(?:in|to)\s+(?P<p>[A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+)?)", place_text))):
                        h_, c_ = _place(pm_.group("p"), year)
                        if h_ is not None:
                            host, city = h_, c_
                            break
                if host is None and place_text and kind_ in ("arrived", "arrived_bare") and \
                        re.match(r"\s*the\s+(?:country's\s+)?capital\b(?!\s+of\b)", place_text):
                    # "who arrived in the capital on Tuesday ..., signed ... at the Grand Pacific Hotel in Suva":
                    # the one capital the sentence names
                    caps_ = {c.iso3: c for c in find_countries(t, year) if c.via == "capital"}
                    if len(caps_) == 1:
                        c_ = next(iter(caps_.values()))
                        host, city = c_.iso3, t[c_.start:c_.end]
                    elif not caps_ and person.iso3 and other(person.iso3) and not _in_future_clause(t, m.start()) and \
                            re.search(r"\b(?:" + _VNOUN + r"|delegation|at\s+the\s+head\s+of)\b", t):
                        # "Peru's vice-minister, who arrived in the capital on Monday at the head of a delegation":
                        # an official of one of the story's two countries, on a visit, is in the other one's capital
                        host = other(person.iso3)
                        city = next((c.get("capital") for c in _countries_lex()["countries"] if c["iso3"] == host), None)
                        host_in_text = True
                unresolved_place = bool(place_text and place_text.strip()) and host is None and \
                    not _generic_country(place_text, year)
                if unresolved_place and kind_ == "received" and person.iso3 and other(person.iso3):
                    host, unresolved_place, host_in_text = other(person.iso3), False, True
                if unresolved_place and kind_ in ("arrived", "arrived_bare") and cur_host and person is focus and \
                        re.match(r"(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,4}(?:International\s+)?(?:Airport|Air\s*(?:Force\s+)?Base|Airbase|Air\s+Station)\b",
                                 place_text.strip()):
                    # "Rivas arrived at Kotoka Air Force Base on Tuesday evening for a three-day
                    # state visit": an airfield in the country the visitor was already reported in
                    host, unresolved_place = cur_host, False
                town = re.match(r"\s*(?P<town>[A-Z][a-z\-'’]+(?:\s+[A-Z][a-z\-'’]+)?)\s+(?:on\s+(?:\w+\s+){1,5}?)?(?:on|for)\s+an?\s+(?:[\w\-]+\s+){0,2}"
                                + _VNOUN + r"\b", t[m.start("place"):] if m.groupdict().get("place") and place_text and
                                t[m.start("place"):].startswith(place_text) else place_text or "")
                if unresolved_place and kind_ in ("arrived", "is_in") and town and person.iso3 and other(person.iso3) and \
                        not find_countries(town.group("town"), year) and not _in_future_clause(t, m.start()):
                    # "President Mensah arrived in Kaleva on Thursday on a working visit": a town the lexicon does not
                    # know, reached on a visit by an official of one of the two countries the story is about, is in
                    # the other one
                    host, unresolved_place, host_in_text = other(person.iso3), False, True
                    city = town.group("town")
                if unresolved_place and kind_ not in ("past_noplace",):
                    rejected.append(Rejection(s.index, t, "visit", f"destination is not a country: {place_text.strip()[:40]!r}"))
                    continue
                if host is None and vb_only:
                    rejected.append(Rejection(s.index, t, "visit", "the trip named 'by' has no destination of its own"))
                    continue
                if host is None and kind_ in ("visit_np", "poss", "by", "at_end", "is_in", "arrived_bare", "past_noplace", "past_journey", "past_since"):
                    host = cur_host if (focus is person and cur_host) else None
                    if host is None:
                        homes = [c.iso3 for c in find_countries(t, year)
                                 if re.search(r"\b(?:return(?:ed|ing|s)?|back|home)\s+(?:home\s+)?to\s+$", t[max(0, c.start - 25):c.start])]
                        if homes and person.iso3 is None:
                            person.iso3 = homes[0]
                        cms_all = [c for c in find_countries(t, year) if c.iso3 != person.iso3 and (not pair or c.iso3 in pair)
                                   and c.iso3 not in homes]
                        cands = [c.iso3 for c in cms_all]
                        host = cands[0] if cands else (other(person.iso3) if person.iso3 else None)
                        # a country merely named in the sentence places the visitor only as
                        # "the Turkish capital" or after to/in/visiting
                        host_in_text = any(re.search(r"\b(?:to|in|visiting|graced|toured)\s+(?:the\s+)?$", t[max(0, c.start - 16):c.start])
                                           or re.match(r"^\s+capital\b", t[c.end:]) for c in cms_all)
                dl = getattr(ctx, "dateline", None)
                # ("The protocol was signed here today by A and B, who arrived on Monday for a five-day visit": the
                # arrival is where the signing was, the dateline's place)
                if re.search(r"\b(?:is|are|was|were|arrived|arrives)\s+here\b|\bhere\s+(?:on|for)\s+an?\b|\b(?:visit|tour|trip|stay)\s+here\b", t) and dl and dl[1] or \
                        kind_ == "arrived_bare" and host in (None, dl and dl[1]) and dl and dl[1] and person.iso3 and person.iso3 != dl[1] and \
                        re.search(r"\b(?:signed|initialled|held|met|opened)\s+here\b", t[:m.start()]):
                    if host is None or host == dl[1] or re.search(r"\bhere\s+(?:on|for)\s+an?\b|\b(?:visit|tour|trip|stay)\s+here\b", t):
                        host, host_in_text = dl[1], True
                        city = city or dl[0]
                if host is None:
                    rejected.append(Rejection(s.index, t, "visit", "no host country"))
                    continue
                explicit_host = host_in_text or (bool(place_text) and host is not None and not _generic_country(place_text or "", year))
                if kind_ == "arrived_bare" and not explicit_host and not (focus is person and cur_host and host == cur_host) and \
                        not re.search(r"\b(?:arrived|arrives)\s+here\b", t) and host not in _met_countries(t, year, people, person):
                    # "Fiji's Prime Minister A was welcomed ..., while the Solomon Islands delegation, led by B,
                    # arrived last night": an arrival with no place is where the story is, not in a country
                    # another official is said to be from (only one whose officials the guest met places it:
                    # "who arrived on Tuesday ..., signed the agreement with PNG Minister X")
                    rejected.append(Rejection(s.index, t, "visit", "an arrival with no place, and no trip under way to place it"))
                    continue
                if person.iso3 is None and not explicit_host and kind_ not in ("past_noplace",):
                    rejected.append(Rejection(s.index, t, "visit", "neither the visitor's country nor the host is stated"))
                    continue
                dl_ = getattr(ctx, "dateline", None)
                if person.iso3 is None and dl_ and dl_[1] == host and not kind_.startswith("past") and \
                        not re.search(r"\bhere\b", t) and not any(
                            re.search(r"\b" + _VNOUN + r"s?\b", sentences[j].text) for j in range(max(0, idx - 1), idx + 1)):
                    # an official of unstated nationality arriving in the dateline's own country, with
                    # no visit mentioned, is most likely at home ("President X arrived in Mombasa to launch ...")
                    rejected.append(Rejection(s.index, t, "visit", "visitor's nationality unknown and the trip is inside the dateline's country"))
                    continue
                if kind_ == "presence" and person.iso3 == host:
                    # "A and her Ghanaian counterpart B met in Accra": the guest is the one not of the place
                    guests_ = [p for p in people if p.iso3 and p.iso3 != host and not _AMBASSADOR.search(p.role or "")
                               and _word_rx(p.surname).search(t[:m.start()])]
                    if len(guests_) == 1:
                        person = guests_[0]
                if person.iso3 is None and kind_ == "returned_from" and dl_ and dl_[1] and dl_[1] != host and \
                        not getattr(person, "org", False):
                    # "X returned from Ankara on Friday" in a story datelined Manila: wire copy gives
                    # no nationality to the dateline country's own officials, and X came back there
                    person.iso3 = dl_[1]
                home = person.iso3 or other(host)
                tour_ = _same_list(t, host, home, year) if person.iso3 is None and home else set()
                person.not_home |= tour_
                if person.iso3 is None and home and home in person.not_home:
                    # "returned from a five-day visit to Ghana, Togo and Benin": the article's other country
                    # is another stop of the tour, not where the minister comes from (here or in a later sentence)
                    rejected.append(Rejection(s.index, t, "visit", "visitor's country unknown; the article's other country is another stop of the tour"))
                    continue
                if home is None or home == host:
                    rejected.append(Rejection(s.index, t, "visit", "visitor's home country unknown or same as host"))
                    continue
                if kind_ in ("spoke_in", "returned_from", "presence") and not _presence_is_a_trip(t, m, kind_, person, sentences, ctx.main_pair):
                    rejected.append(Rejection(s.index, t, "visit", "spoken or returned from abroad, but the speaker, "
                                                                   "nationality or a bilateral purpose is not certain"))
                    continue
                if person.iso3 is None:
                    person.iso3 = home
                near = t[max(0, m.start() - 40):m.end() + 100]
                cl_ = re.search(r",\s+(?:and|but|while)\s+(?:the|his|her|their|both)\b|;\s", t[m.end():m.end() + 100])
                if cl_:
                    # ("recalled his visit to Cairo in February, and the two ministers agreed to prepare the next
                    # summit": the next clause's meeting is not this trip's purpose)
                    near = t[max(0, m.start() - 40):m.end() + cl_.start()]
                sv = re.search(r"\b(?:said|says|told|added|urged|warned|argued|stressed)\b", t[m.end():])
                if sv and sv.start() < 100:
                    # "on a visit to the US, said the Group of Five accords ...": what is said is not the trip's purpose
                    near = t[max(0, m.start() - 40):m.end() + sv.start()]
                att_ = _ATTENDING.search(t[m.start():m.end() + 160])
                if att_ and len({c.iso3 for c in find_countries(att_.group(0), year)}) >= 2:
                    att_ = None  # "opened the Czech-Kyrgyz Business Forum": the two countries' own forum
                if att_ and not _BILATERAL.search(t):
                    rejected.append(Rejection(s.index, t, "visit", "attending a multilateral event"))
                    continue
                also_multi = re.search(r"\b(?:also|as\s+well\s+as|in\s+addition\s+to)\s+(?:\w+\s+){0,2}attend", t) and \
                    re.search(r"\b(?:official|working|state)\s+visit\s+to\b", t)
                # "who is on a four-day private visit to Turkey, was in Izmir to speak to
                # the World Affairs Council": a visit of days to a country, not a trip made for a meeting
                days_visit = re.search(r"\b(?:[\w]+-day|\d+-day)\s+(?:(?:private|official|working|state)\s+)?visit\s+to\s+"
                                       r"(?:the\s+)?[A-Z][^,.;]{0,30}?(?P<after>\s+(?:for|to\s+attend|attending)\b|[,.;]|$)", t)
                if days_visit and not days_visit.group("after").strip(" ,.;"):
                    also_multi = True
                # "a working visit to Switzerland, during which he is also attending the WEF in Davos": the
                # visit is to the country; the meeting is on the side
                if (_MULTI.search(near) or re.search(r"\battend", t) and _MULTI.search(t)) and not _BILATERAL.search(t) and \
                        not also_multi:
                    rejected.append(Rejection(s.index, t, "visit", "multilateral meeting, no bilateral business"))
                    continue
                if kind_ == "travelling_with":
                    city = None  # the dateline alone sets no city
                if city is None:
                    city = _host_city(t, host, year)
                if person.name in future_people and kind_ in ("poss", "visit_np", "by") and \
                        not any(d.value for d in find_dates(t, ref, years)
                                # ("his first to China since taking office last December": that date is the office's)
                                if not re.search(r"\bsince\s+(?:[\w\-]+\s+){0,3}$", t[:d.start])):
                    rejected.append(Rejection(s.index, t, "visit", "refers to a trip reported as not yet begun"))
                    continue
                if kind_ == "visit_np" and not (place_text or "").strip() and idx > 0 and \
                        re.match(r"^(?:During|In the course of|On)\s+(?:the|that|this)\s+" + _VNOUN + r"\b", t) and \
                        any(x.past and x.person is person and x.s.index == sentences[idx - 1].index for x in mentions) and \
                        not any(d.value for d in find_dates(t, ref, years)):
                    # "... visited Dhaka in October." "During the visit, the two sides signed ...": the
                    # past trip just told, not one under way
                    rejected.append(Rejection(s.index, t, "visit", "refers to the past trip told just before"))
                    continue
                if kind_ == "past_noplace":
                    extra = []
                    for mm in re.finditer(r"(?:,?\s+and\s+)(?P<n>" + NAME + r")\s+in\s+(?P<y>1[89]\d\d|20\d\d)", m.group("rest") or ""):
                        p2 = _find_person(mm.group("n"), people)
                        if p2 is not None:
                            extra.append((p2, int(mm.group("y"))))
                    for p2, y2 in extra:
                        vm2 = _Mention(s, p2, p2.iso3 or other(host), host, None, kind_)
                        vm2.past, vm2.start = True, PartialDate(y2)
                        if idx > 0 and _KIND2.search(sentences[idx - 1].text):
                            vm2.kind = _KIND2.search(sentences[idx - 1].text).group(1).lower()
                        if vm2.home and vm2.home != host:
                            mentions.append(vm2)
                vm = _Mention(s, person, home, host, city, kind_)
                vm.city_guessed = bool(place_text and re.search(r"\bcapital\b", place_text))
                km = _KIND.search(t) or _KIND2.search(t)
                if km and km.group(1).lower() in ("state", "official", "working"):
                    vm.kind = km.group(1).lower()
                elif kind_ in ("past", "past_noplace") and idx > 0 and \
                        (told := _kind_told_before(sentences[idx - 1].text, host, year)):
                    vm.kind = told
                _dates_for(vm, t, m, kind_, ref, years, sentences, idx)
                if not vm.past and vm.start is not None and ref is not None and ref.month and \
                        (ref.year * 12 + ref.month) - (vm.start.year * 12 + (vm.start.month or 12)) >= 2:
                    vm.past = True  # "X's visit to Y in May 2023" in a 2024 story: an earlier trip, not the current one
                if multi_stop:
                    # the sentence's days belong to one leg or to the return: each stop keeps the month
                    for d_attr in ("start", "during", "at_end", "meet_day"):
                        d_ = getattr(vm, d_attr)
                        if d_ is not None and d_.day:
                            setattr(vm, d_attr, PartialDate(d_.year, d_.month))
                    vm.end, vm.duration, vm.at_end = None, None, None
                if kind_ == "left" and vm.start is None:
                    continue  # "left X for Y" without a day: not known to be under way
                if kind_ == "tour_stop" and (vm.start is None or any(
                        not x.past and x.home == vm.home and x.host == vm.host for x in mentions)):
                    continue
                if kind_ == "past" and vm.start is None and not (
                        m.groupdict().get("when") == "recently" and person.iso3 and host and host != person.iso3):
                    continue  # ("X recently visited Tokyo hoping ...": a past trip in passing, its date not given)
                if kind_ in ("arrived", "arrived_bare", "is_in", "visiting") and \
                        _DELEGATION_TO_MEETING.search(t) and not _BILATERAL.search(t) and \
                        (_MULTI.search(t) or idx > 0 and _MULTI.search(sentences[idx - 1].text)):
                    # "X, who arrived in Georgetown on Tuesday, is leading Jamaica's delegation to the three-day
                    # meeting" of a regional body's heads of government: there for the meeting, not for the host
                    rejected.append(Rejection(s.index, t, "visit", "multilateral meeting, no bilateral business"))
                    continue
                mentions.append(vm)
                if not vm.past:
                    focus, cur_host = person, host
                elif focus is None:
                    focus = person
                if kind_ == "past_since" and trig[2]:
                    pass
        except Exception as exc:  # never crash the article
            rejected.append(Rejection(s.index, t, "visit", f"not understood ({exc!r})"))
    mentions += _wire_presence(sentences, ctx, people, mentions, future_people, year, rejected)
    mentions += _visits_since(sentences, people, mentions, year)
    _city_from_other_sentences(sentences, mentions, year, getattr(ctx, "dateline", None))
    _date_from_meetings(sentences, mentions, ref, years)
    _duration_from_restatement(sentences, mentions)
    facts, current = _combine(mentions, ctx)
    return facts, rejected, current


_RESTATED_LENGTH = re.compile(r"^(?:The|This|His|Her)\s+(?P<n>\w+)[- ]day\s+(?:(?:state|official|working)\s+)?(?:visit|trip|stay)\b"
                              r"(?!\s+(?:to|of|by)\b)", re.I)


def _duration_from_restatement(sentences, mentions) -> None:
    """ "... arrived on the evening of September 2 ..." "The three-day visit is the first by a Korean head of
    government in eleven years": the trip under way, restated by its length in a sentence of its own."""
    current = [vm for vm in mentions if not vm.past]
    if not current or len({(vm.home, vm.host) for vm in current}) != 1 or any(vm.duration for vm in current):
        return
    lengths = {duration_days(m.group(0)) for s in sentences for m in [_RESTATED_LENGTH.match(s.text)] if m}
    lengths.discard(None)
    if len(lengths) == 1:
        current[0].duration = lengths.pop()


# every trigger below needs one of these words: most sentences are skipped at once
_TRIGGER_WORDS = re.compile(r"visit|arriv|trip|tour|stop|journey|landed|flew|went|came|travel|left|talks|discussion|consultation|"
                            r"meeting|\bmet\b|receiv|hosted|welcom|delegation|mission|accompan|stay|courtesy|return|swing|"
                            r"\b(?:is|are|was|were)\s+(?:currently\s+|now\s+|last\s+)?in\b|"
                            r"\b(?:told|telling|said|says|speaking|spoke|declared)\s+(?:\w+\s+){0,4}?(?:in|at)\s+[A-Z]|\btold\s+an?\s+[A-Z]", re.I)
# the presence forms ("laid a wreath ... in Accra", "Speaking in Accra, X ...", "X, in Accra for talks,")
_PRESENCE_PRE = re.compile(r"^(?:Speaking|Addressing|Arriving|Later|In|At)\s|,\s+(?:who\s+is\s+)?(?:currently\s+|now\s+)?in\s+[A-Z]|\b"
                           + _PRESENCE_VERB + r"\b")


# meetings of many states held somewhere: an official speaking there is not on a bilateral trip
_MULTI_ARTICLE = re.compile(r"\b(?:OECD|GATT|European Community|EC|EEC|Common Market|Uruguay Round|Council of Ministers|"
                            r"Paris Club|Commonwealth|Non-Aligned|Arab League|OAU|Organi[sz]ation of|Gulf Cooperation Council|"
                            r"GCC|OAS|Olympic|World Cup|Davos|Cartagena Group|Group of|multilateral)\b")
_NOT_THE_SPEAKER = re.compile(r"\b(?:spokes\w*|aides?|officials?|sources?|ministry|embassy|diplomats?|according|quoted|"
                              r"delegation|envoy|representatives?|said|told|and)\b", re.I)


def _kind_told_before(prev: str, host: str | None, year) -> str | None:
    """The kind of visit the sentence before tells, unless it tells it of a trip to another country
    ("X paid a state visit to Sri Lanka in 2022." "Then Prime Minister Y visited Malé in 2019.")."""
    km = _KIND2.search(prev)
    if km is None:
        return None
    after = prev[km.end():]
    if re.match(r"\s+(?:to|in)\b", after) and any(c.iso3 != host for c in find_countries(after[:60], year)[:1]):
        return None
    return km.group(1).lower()


def _presence_is_a_trip(t, m, kind_, person, sentences, pair=None) -> bool:
    """"X told reporters in CITY" / "X returned from CITY": only a trip when X's
    own country is stated, X is the one speaking (not "a spokesman for X"), and
    the article is not about a multilateral meeting (OPEC in Vienna, the IMF in
    Washington) unless the sentence reports bilateral business."""
    if person.iso3 is None:
        return False
    # a meeting of many states held there (OPEC in Vienna, the IMF in Washington): the sentence
    # itself, or another that names the meeting with the same place or host
    place = next((m.group(g) for g in ("place", "place2", "place3") if g in m.re.groupindex and m.group(g)), None)
    host_iso = _place(place, None)[0] if place else None
    host_words = {place} if place else set()
    if host_iso:
        host_words |= {c.surface for x in sentences for c in find_countries(x.text, None) if c.iso3 == host_iso}
    def _multi_here(x_text: str) -> bool:
        if not (_MULTI.search(x_text) or _MULTI_ARTICLE.search(x_text)):
            return False
        if x_text is t or not host_words or any(_word_rx(w).search(x_text) for w in host_words if w):
            return True
        # a meeting placed nowhere may be there; one about other countries' affairs is not the trip's
        return not any(c.iso3 != host_iso for c in find_countries(x_text, None))
    if any(_multi_here(x.text) for x in sentences) and not _BILATERAL.search(t):
        return False
    if re.search(r"\bon\s+the\s+(?:sidelines|margins)\s+of\b", t) and _MULTI.search(t) and host_iso and \
            pair is not None and host_iso not in pair:
        # "A and B first met in Brussels in May 2024, on the sidelines of a conference of ministers": two
        # guests meeting at a third country's gathering do no business with that country
        return False
    before = t[:m.start()]
    if kind_ == "presence" and re.match(r"led\s+by\b", m.group(0)) and re.search(r"\bdelegation\s+$", before):
        return True  # "A Chadian delegation led by the Minister of X, Y, had been in Z since Monday": Y's trip
    if kind_ == "presence" and m.start() == 0:
        # "Speaking in Accra on Tuesday, Foreign Minister X said ...": X leads the main clause
        after = t[m.end():m.end() + 90]
        hit = _word_rx(person.surname).search(after)
        return bool(hit) and not _NOT_THE_SPEAKER.search(after[:hit.start()]) and \
            not re.search(r"\b(?:spokes\w*|aides?|officials?|sources?|embassy|diplomats?)\b", after[:hit.start()], re.I)
    hits = list(_word_rx(person.surname).finditer(before))
    if not hits:
        return bool(re.search(r"\b(?:[Hh]e|[Ss]he)\s+(?:later\s+|also\s+)?$", before))
    between = before[hits[-1].end():]
    if kind_ == "returned_from":
        # "X said today on return from Belgrade": X's own words on the way back
        between = re.sub(r"^\s*(?:said|told\s+reporters|told\s+journalists)(?:\s+(?:today|yesterday|on\s+\w+day))?\s*", " ", between)
    if kind_ == "presence" and not re.match(
            # ("President X of Ghana attended the summit in Ankara": the country after the name is X's)
            r"^(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})?"
            r"(?:\s*,[^,]{0,90},)?(?:\s+and\s+(?:his|her|their)\s+[A-Z][\w\-]*\s+counterparts?,?\s+" + NAME + r",?)?"
            r"\s*(?:(?:also|later|then|first|jointly|personally|on\s+\w+day|yesterday|today|"
            r"has|had|have|was|were|is|are)\s+)*$", between):
        return False  # "X praised the talks held in Accra": the verb in the city is not X's
    clause = re.split(r"[,;:(]\s", before[:hits[-1].start()])[-1]
    if re.search(r"\b(?:spokes\w*|aides?|officials?|sources?|embassy|diplomats?|according|quoted|representatives?)\b", clause, re.I):
        return False  # "A spokesman for Minister X said in ...": someone else speaks
    if kind_ == "presence":
        between = re.sub(r"^\s+and\s+(?:his|her|their)\s+[A-Z][\w\-]*\s+counterparts?,?\s+" + NAME + r",?", " ", between)
        # "X, who was then Minister of State in the Ministry of Foreign Affairs, held talks in ...": the
        # person's own past office, set off by commas, is no other speaker
        between = re.sub(r"^\s*,\s*who\s+(?:was|were)\s+(?:then|at\s+the\s+time)\b[^,]{0,110},", " ", between)
    # "X, speaking in Hanoi," / "X told ..." / "X, who returned from ..."
    return len(between) <= 90 and not _NOT_THE_SPEAKER.search(between) and not re.search(r"['’]s\b", between[:3])


def _visit_triggers(t: str, year):
    if not _TRIGGER_WORDS.search(t) and not _PRESENCE_PRE.search(t):
        return []
    t = _mask_place_lists(t, year)
    out = []
    for m in _PAST_VISITED.finditer(t):
        out.append(("past", m, m.group("place")))
    for m in _PAST_AFTER.finditer(t):
        out.append(("past_after", m, m.group("place")))
    for m in _VISIT_MADE.finditer(t):
        out.append(("past", m, m.group("place")))
    for m in _PAST_THERE.finditer(t):
        out.append(("past", m, m.group("place")))
    for m in _TOUR_BEGAN_SPENT.finditer(t):
        if not any(k_ == "past" and m_.start() <= m.start() < m_.end() for k_, m_, _p in out):
            out.append(("past", m, m.group("place")))
    if not out:
        for m in _PAST_VISITED_PRE.finditer(t):
            out.append(("past", m, m.group("place")))
        for m in _PAST_VISITED_MID.finditer(t):
            out.append(("past", m, m.group("place")))
    if not out:
        m = _PAST_LEAD_YEAR.search(t) or _PAST_LEAD_DAYS.search(t) or _PAST_WHEN_YEAR.search(t)
        if m and m.re is _PAST_LEAD_DAYS and re.search(r"\b(?:said|says|told|recalled|noted|added|stated|announced)\b", m.group(0)):
            m = None  # "On Monday, X said he visited Y": the day of the saying
        if m:
            out.append(("past", m, m.group("place")))
    for m in _SINCE_WHEN.finditer(t):
        if re.search(r"\bby\s+(?:an?|any)\b", m.group("place")):
            continue  # "the first visit to Ghana by a Turkish foreign minister since 2019": that trip's traveller is not named
        out.append(("past_since", m, m.group("place")))
    for m in _LAST_JOURNEY.finditer(t):
        out.append(("past_journey", m, m.group("place") or ""))
    for m in _PAST_VISITED_NOPLACE.finditer(t):
        out.append(("past_noplace", m, ""))
    for m in _LEFT_FOR.finditer(t):
        out.append(("left", m, m.group("place")))
    if "to" in t:
        for m in _TOUR_STOPS.finditer(t):
            # "his tour, which took him to X, Y and Z": one visit per stop named as a country or city
            items = re.split(r"[," + _LIST_COMMA + r"]\s*(?:and\s+)?|\s+and\s+",
                             re.split(r"\s+(?:from|on|in|between|during|last|this|before|after|where)\s", m.group("list"))[0])
            stops = []
            for it in items:
                it = it.strip()
                cms_ = find_countries(it, year)
                if not cms_ or cms_[0].start != 0 or cms_[0].end < len(it) - 1:
                    break
                stops.append(it)
            for it in stops:
                out.append(("tour_stop", m, it))
    # a "first visit to X since 2019" leaves the current trip's own trigger ("is on his first visit") alone
    past_spans = [(m.start(), m.end()) for k, m, _ in out if k not in ("tour_stop", "past_since")]
    past_found = list(out)
    out = []
    if True:
        for rx, k in ((_DELEGATION, "delegation"), (_ARRIVED, "arrived"), (_PAID, "paid"), (_IS_IN, "is_in"),
                      (_STOPOVER, "stopover"), (_RECEIVED, "received"), (_WELCOMING, "received"), (_VISITING, "visiting"),
                      (_LEFT_THE_COUNTRY, "paid")):
            for m in rx.finditer(t):
                if k == "delegation":
                    # place from an "arrived in"/"visit to" later in the sentence
                    m2 = _ARRIVED.search(t, m.end()) or _VISIT_TO.search(t, m.end())
                    if m2 is None:
                        continue
                    out.append(("delegation", m, m2.group("place")))
                    continue
                if k == "received" and not re.search(r"[A-Z]", m.group("who")[:60]):
                    continue  # "welcomed progress in the construction of a line": a thing welcomed, no guest
                if k == "received" and re.search(r"\b(?:during|after|before|visit|trip|boost|support|call|letter|message)\b",
                                                 m.group("who")):
                    continue  # "received a boost during X's visit to Y": no one received
                if k == "received" and (re.match(r"\s*with\b", m.group("who")) or not m.group("who").strip()):
                    continue  # "was received with full honours at the Castle", "received at the Ministry X": no guest named here
                if k == "received" and re.match(r"(?:the\s+)?(?:start|beginning|outset|end|close|conclusion)\s+of\b", m.group("place")):
                    continue  # "welcomed X at the start of her state visit": a time, not the place; the visit tells it
                if k == "visiting":
                    pl = m.group("place") or m.group("place2")
                    if (find_countries(pl[:30], year) if m.group("place") else _place(pl, year)[0]):
                        out.append((k, m, pl))
                    continue
                out.append((k, m, m.groupdict().get("place")))
        if not out and "after" in t:
            m = _RETURNED_AFTER.search(t)
            if m:
                out.append(("paid", m, m.group("place")))  # a trip ended: "concluded a visit to X"
        if not out and "here" in t:
            m = _VISIT_HERE.search(t)
            if m:
                out.append(("paid", m, ""))  # the place is the dateline's ("here")
        if not out:
            for m in _VISITING_DELEG.finditer(t):
                out.append(("visiting_deleg", m, ""))
        if not out and ("travel" in t or "accompanying" in t):
            m = _TRAVELLING_WITH.search(t)
            if m:
                out.append(("travelling_with", m, ""))
        if not out and ("visiting " in t or t.startswith("Visiting ")):
            for m in _VISITING_OFFICIAL.finditer(t):
                out.append(("visiting_official", m, ""))
        if not out:
            pms = list(_POSS_VISIT.finditer(t))
            # "Ms X's visit comes a year after President Y's state visit to Oslo in March 2024": the
            # possessive with a destination is the trip told; the other refers to one told elsewhere
            m = next((pm for pm in pms if pm.group("place")), pms[0] if pms else None)
            if m:
                cp = m.group("cplace")
                # "X's Ghana trip": a country named before the trip noun
                cp = cp if cp and _place(cp, year)[0] and not find_countries(cp, year)[0].via == "demonym" else None
                out.append(("poss", m, m.group("place") or cp or ""))
        if not out:
            m = _VISIT_BY.search(t)
            if m and m.group("who") and re.match(r"\s*an?\s+(?:[A-Z][\w'’\-]*\s+){1,2}?(?:(?:foreign|trade|finance|defen[cs]e|deputy|vice)\s+)?(?:head\s+of\s+(?:state|government)|leader|president|"
                                               r"prime\s+minister|chancellor|premier|minister|secretary(?:\s+of\s+state)?|monarch|king|queen|emir|sultan|envoy)\b(?!,?\s+(?-i:[A-Z]))",
                                               m.group("who"), re.I):
                # "the first visit by a Turkish head of state to Ghana": what kind of visitor, not who
                m = None
            if m:
                pm = _VISIT_TO.search(t)
                place_ = pm.group("place") if pm else ""
                to_of = re.match(r"\S+\s+to\s+(?P<place>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\s+of\b", m.group(0)) \
                    if m.group("who2") else None
                if to_of:
                    place_ = to_of.group("place")  # "the visit to Wellington of Fiji's Deputy Prime Minister, X"
                elif m.group("who2") and pm and pm.start() == m.start():
                    # "the visit of the President of X, NAME, to Seoul in June": the place after the person
                    tm = re.search(r",?\s+to\s+(?P<place>[A-Z][^,.;]{1,40})", t[m.start("who2"):])
                    place_ = tm.group("place") if tm else ""
                out.append(("by", m, place_))
        if not out:
            m = re.search(r"\b" + _VNOUN + r"\b", t)
            if m and re.search(r"\b(?:[Dd]uring|on|at the end of|in the course of|first day of|second day of|last day of)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)(?:[\w\-]+\s+){0,4}" + _VNOUN, t) or \
                    m and re.search(r"\b(?:received|welcomed|hosted|is|was|are|were)\b[^.;]{0,80}?\bfor\s+an?\s+(?:[\w\-]+\s+){0,3}" + _VNOUN + r"\b", t):
                # "Ghana on Tuesday received X for a two-day official visit": the guest is here now
                pm = _VISIT_TO.search(t)
                out.append(("at_end" if _AT_END.search(t) else "visit_np", m, pm.group("place") if pm else ""))
            # ("X arrived here Sunday for a four-day visit, his first trip to Y": the arrival, read below, tells the trip)
            elif m and not _ARRIVED_BARE.search(t) and \
                    (pv_ := re.search(r"\b(?:his|her)\s+(?:own\s+)?(?:second|first|third|\w+-day)?\s*(?:[\w\-]+\s+)?" + _VNOUN + r"\b", t)) and \
                    not re.search(r"\b(?:will|would|expected|planned|next|invit)",
                                  # (only the visit's own clause: "recalled his visit to Cairo in February, and the
                                  # two ministers agreed to prepare the next summit" tells a past trip)
                                  t[:pv_.end()] + re.split(r",\s+(?:and|but|while)\s+|;\s", t[pv_.end():], maxsplit=1)[0]):
                # "he had chosen Tbilisi for his first foreign trip": the place chosen for the trip
                pm = _VISIT_TO.search(t) or _CHOSEN_FOR.search(t)
                out.append(("at_end" if _AT_END.search(t) else "visit_np", m, pm.group("place") if pm else ""))
        if not out:
            m = re.search(r"\b(?:return(?:ed|s|ing)?|came back|arrived back)\s+(?:home\s+)?(?:\S+\s+){0,5}?from\s+(?:an?|his|her|their)\s+(?:[\w\-]+\s+){0,3}" + _VNOUN + r"\s+(?:to|of(?=\s+[A-Z]))\s+(?P<place>[^,.;]{2,60}(?:,\s*(?:and\s+)?(?-i:[A-Z])[^,.;]{1,40})*)", t)
            if m:
                out.append(("returned", m, m.group("place")))
        if not out:
            m = re.search(r"(?:(?<=his )|(?<=her )|(?<=their )|(?<='s )|(?<=’s ))(?:[\w\-]+\s+)?stay\s+in\s+(?P<place>[A-Z][^,.;]{1,40})", t) or \
                re.search(r"\bcourtesy call\s+on\s+[^.;]{2,80}?\s+(?:in|at)\s+(?P<place>[A-Z][^,.;]{1,40})", t) or \
                re.search(r"\b(?:travelled|traveled|flew|went)\s+to\s+(?P<place>[A-Z][^,.;]{1,40})", t) or \
                re.search(r"\b(?:led|headed)\s+an?\s+(?:[\w\-]+\s+){0,3}(?:delegation|mission)\s+to\s+(?P<place>[A-Z][^,.;]{1,40})", t)
            if m and find_countries(m.group("place")[:25], year):
                out.append(("visit_np", m, m.group("place")))
        if not out:
            # wire copy: "X begins two days of economic talks in Accra": the talks (and the trip) are today's
            m = re.search(r"\b(?:begins|began|opens|opened|starts|started|continues|continued)\s+(?:(?:two|three|four|five|[\w\-]+-day|"
                          r"days?\s+of|of|economic|trade|political|official|bilateral|high-level)\s+){0,4}(?:talks|discussions|"
                          r"consultations|negotiations)\s+(?:in|at)\s+(?P<place>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)", t)
            if m and find_countries(m.group("place"), year) and \
                    not re.search(r"\b(?:tomorrow|next|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b", t[m.end():m.end() + 30]):
                out.append(("presence", m, m.group("place")))
        if not out:
            m = re.search(r"\b(?:held|holds|holding|hold)\s+(?:talks|discussions|consultations)\s+(?:in|at)\s+(?P<place>[A-Z][^,.;]{1,40})", t)
            if m and find_countries(m.group("place")[:25], year):
                out.append(("talks_in", m, m.group("place")))
        if not out:
            m = _TALKS_AT.search(t) if re.search(r"\b(?:talks|discussions|consultations|meetings?)\s+(?:in|at)\s+[A-Z]|\bmet\b", t) else None
            pl_ = m and (m.group("place") or m.group("place2"))
            if m and find_countries(pl_[:25], year):
                out.append(("talks_at", m, pl_))
        if not out and _ARRIVED_BARE.search(t):
            m = _ARRIVED_BARE.search(t)
            out.append(("arrived_bare", m, ""))
        if not out and "left " in t:
            m = _LEFT_CITY.search(t)
            if m and _place(m.group("place"), year)[0]:
                out.append(("returned_from", m, m.group("place")))
        if not out:
            m = _PRESENCE_LEAD.match(t) or _PRESENCE_APPOS.search(t)
            if m and _place(m.group("place"), year)[0]:
                out.append(("presence", m, m.group("place")))
        if not out and _PRESENCE_PRE.search(t) and not _REMOTE.search(t) and \
                not re.search(r"\b(?:on\s+(?:television|TV|video|screen)|online|remotely|virtually|by\s+video)\b", t):
            for vm_ in _PRESENCE_VERB_RX.finditer(t):
                # every "in/at <Place>" of the verb's clause, nearest first ("had a meeting with X at
                # Jubilee House in Accra")
                for pm_ in _PLACE_AFTER.finditer(t, vm_.end(), min(len(t), vm_.end() + 140)):
                    mid = t[vm_.end():pm_.start()]
                    if re.search(r"[.;:\"“”]|\b(?:that|which|who|whom|whose|where|when|because|since|ago|until|before|after|"
                                 r"will|would|could|should|may|might|to\s+be|said|says|told|\d{4})\b", mid):
                        break
                    m = _PRESENCE.match(t, vm_.start(), pm_.end())
                    if m is None:
                        continue
                    cms_ = [c for c in find_countries(m.group("place"), year) if c.start == 0]
                    # a city, not a country: "congratulated the winners of the election in Ghana" is no trip
                    if cms_ and cms_[0].via in ("capital", "city") and _place(m.group("place"), year)[0]:
                        out.append(("presence", m, m.group("place")))
                        break
                if out:
                    break
        if not out and "from" in t:
            m = _RETURNED_FROM.search(t)
            if m and _place(m.group("place"), year)[0]:
                out.append(("returned_from", m, m.group("place")))
        if not out:
            for m in _SPOKE_IN.finditer(t):
                pl_ = m.group("place") or m.group("place2") or m.group("place3")
                if _place(pl_, year)[0]:
                    out.append(("spoke_in", m, pl_))
                    break
    # ("completed his state visit to X and left the capital for home": a departure told after the trip's own
    # trigger is that trip's end, not another trip covering it)
    left_spans = [(m.start(), m.end()) for k, m, _ in past_found if k == "left"]
    out = [o for o in out if not any(o[1].start() < b and a < o[1].end() and not ((a, b) in left_spans and a > o[1].start())
                                     for a, b in past_spans)]
    return (past_found + out)[:4]


def _earlier_own_date(dms, ref, lo: int, hi: int, kinds, placed) -> PartialDate | None:
    """The first date between `lo` and `hi` of one of `kinds` that `placed` accepts, when it falls in a
    month before the reference's."""
    if ref is None or not ref.month:
        return None
    own = [d for d in dms if d.value is not None and lo <= d.start <= hi and d.kind in kinds and placed(d)]
    if own and (own[0].value.year, own[0].value.month or 0) < (ref.year, ref.month):
        return own[0].value
    return None


_TWO_DAYS = re.compile(r"\b(?:on\s+)?(?P<a>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+and\s+(?:on\s+)?"
                       r"(?P<b>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")


def _dates_for(vm: _Mention, t: str, m, kind_, ref, years, sentences, idx):
    _dates_for_trigger(vm, t, m, kind_, ref, years, sentences, idx)
    if vm.start is not None and vm.start.day and vm.end is None and not vm.duration:
        # "She was in Nuku'alofa on Wednesday and Thursday": the stay's first and last days
        pairs = list(_TWO_DAYS.finditer(t))
        if len(pairs) == 1:
            a = [d.value for d in find_dates(pairs[0].group("a"), ref, years) if d.value is not None]
            b = [d.value for d in find_dates(pairs[0].group("b"), ref, years) if d.value is not None]
            if a and b and a[0].day and b[0].day and a[0].iso() == vm.start.iso() and a[0].iso() < b[0].iso() <= add_days(a[0], 6).iso():
                vm.end = b[0]


# ", which in July signed a contract": a relative clause telling what someone else did, and when; its date is not
# the trip's. A clause that times the trip itself ("which runs from 26 to 29 April", "which began on Monday", "which
# she toured on Tuesday") or only says what it is ("which was held on Monday") keeps its date.
_OTHERS_DEED_CLAUSE = re.compile(r",\s+which\s+(?![^,;]*\b(?:he|she|they|we|I|is|was|were|are|will|would|has|had|have|"
                                 r"runs?|ran|began|begins?|start(?:s|ed)?|ends?|ended|lasts?|lasted|continu(?:es|ed)|"
                                 r"conclud(?:es|ed)|opens?|opened|clos(?:es|ed)|wrap(?:s|ped)|comes?|came|"
                                 r"follow(?:s|ed)|coincid(?:es|ed)|included?|includes|took|takes)\b)[^,;]*$")


def _dates_for_trigger(vm: _Mention, t: str, m, kind_, ref, years, sentences, idx):
    dms = [d for d in find_dates(t, ref, years)
           if not (d.start > m.end() and _OTHERS_DEED_CLAUSE.search(t[m.end():d.start]))
           # ("his second visit to the Kingdom since he took office in 2022": the office's date, not a trip's)
           and not re.search(r"\b(?:took|taking|assumed|assuming|took\s+up)\s+office\s+(?:in\s+|on\s+)?$", t[:d.start])]
    vm.duration = duration_days(t) if re.search(r"\b\w+[- ]day\s+(?:\w+\s+){0,2}(?:" + _VNOUN + r"|stop|stay)", t, re.I) else None
    spent = re.search(r"\bwhere\s+(?:he|she|the\s+\w+|they)\s+spent\s+(?P<n>two|three|four|five|six|\d)\s+days\b", t[m.start():])
    if vm.duration is None and spent:
        # "The tour began in Suva on Sunday, where the minister spent three days in talks": that stop's length
        vm.duration = NUMBER_WORDS.get(spent.group("n"), None) or (int(spent.group("n")) if spent.group("n").isdigit() else None)
    if kind_ == "tour_stop":
        vm.past = True
        yr = re.search(r"\b(1[89]\d\d|20\d\d)\s+(?:[\w\-]+\s+)?(?:tour|trip|journey|swing)\b", t[:m.start() + 10]) or \
            re.search(r"\b(?:tour|trip|journey|swing)\s+(?:in|of)\s+(1[89]\d\d|20\d\d)\b", t)
        sp = [d for d in dms if d.value is not None and d.kind == "span" and d.start >= m.start("list")]
        single = re.match(r"^[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?\s+(?:from|between)\s", m.group("list"))
        if sp and sp[0].end_value is not None and single and sp[0].value.day:
            vm.start, vm.end = sp[0].value, sp[0].end_value  # one stop, its own span: "took her to Tokyo from 11 to 13 March"
        elif sp and sp[0].end_value is not None and (sp[0].value.year, sp[0].value.month) == (sp[0].end_value.year, sp[0].end_value.month):
            vm.start = sp[0].value.to_month()
        elif sp:
            vm.start = PartialDate(sp[0].value.year)
        elif yr:
            vm.start = PartialDate(int(yr.group(1)))
        elif m.group("aux").startswith("has") and ref is not None and ref.month:
            vm.start = PartialDate(ref.year, ref.month)  # the current tour's earlier stops
        return
    if kind_ == "talks_at":
        w = [d for d in dms if d.value is not None and m.end() <= d.start <= m.end() + 6 and not d.future
             and d.kind in ("weekday", "absolute", "relative")]
        if w and w[0].value.day:
            vm.meet_day = vm.during = w[0].value  # the meeting day: the trip's start only when nothing else dates it
            return
        w = [d for d in dms if d.value is not None and m.end() <= d.start <= m.end() + 8 and not d.future]
        if w:
            # "met X in Ankara in 2015" / "last year": a dated (past) meeting
            vm.start = w[0].value
            vm.past = ref is not None and (vm.start.year, vm.start.month or 0) < (ref.year, ref.month or 0) and \
                (vm.start.month is None or vm.start.month != (ref.month or 0) or vm.start.year != ref.year)
        return
    if kind_ == "left":
        if m.group("when"):
            w = [d for d in dms if d.value is not None and d.start >= m.start("when") - 3 and d.start <= m.end("when")]
            if w and w[0].value.day:
                vm.start = w[0].value
                if m.group("from"):
                    vm.left_from = (m.group("from"), w[0].value)
        return
    if kind_ == "past_after":
        # "a month after X visited Paris": counted back from the publication (the current event)
        vm.past = True
        n = NUMBER_WORDS.get(m.group("n").lower(), None) if not m.group("n").isdigit() else int(m.group("n"))
        n = 1 if m.group("n").lower() in ("a", "one") else n
        if ref is None or not ref.month or not n:
            return
        if m.group("unit").startswith("month"):
            k = ref.year * 12 + (ref.month - 1) - n
            vm.start = PartialDate(k // 12, k % 12 + 1)
        elif ref.day:
            d_ = add_days(ref, -7 * n)
            vm.start = PartialDate(d_.year, d_.month)
        else:
            vm.start = PartialDate(ref.year) if n * 7 < 28 else None
        return
    if kind_ in ("past", "past_since", "past_journey", "past_noplace"):
        vm.past = True
        if kind_ == "past":
            gd = m.groupdict()
            wstart = m.start("when") if gd.get("when") else m.start("when2")
            if m.re is _PAST_LEAD_DAYS:
                # "From August 24 to 26, Mr. X, State Minister for Foreign Affairs, visited Y": the days lead
                cands = [d for d in dms if d.end <= m.end("when") and d.value is not None and not d.future
                         and d.kind in ("span", "absolute", "weekday", "relative")][:1]
            else:
                cands = [d for d in dms if d.start >= wstart - 3 and d.value is not None]
            vm.start = cands[0].value if cands else None
            if cands and cands[0].kind == "span" and cands[0].end_value is not None:
                vm.end = cands[0].end_value  # "visited New Delhi from 24 to 27 June 2024"
        elif kind_ == "past_noplace":
            mon = m.groupdict().get("mon")
            vm.start = PartialDate(int(m.group("y")), MONTHS[mon.lower()]) if mon else PartialDate(int(m.group("y")))
        else:
            vm.start = PartialDate(int(m.group("y")))
            if kind_ == "past_since":
                rest = m.group("rest") or ""
                rm = re.search(r"\b(?:led|headed)\s+an?\s+(?:[\w\-]+\s+){0,2}(?:mission|delegation)\s+to\s+(?P<p>[^,.;]{2,40})", rest)
                if rm:
                    host, city = _place(rm.group("p"), ref.year if ref else None)
                    if host == vm.host and city:
                        vm.city = city
                rr = re.search(r"\bas\s+(?P<r>(?:[A-Z][\w\-]*\s*)+),", rest)
                if rr:
                    vm.role = rr.group("r").strip()
        vm.kind = vm.kind if vm.kind != "unspecified" else "unspecified"
        am_ = re.match(r"^,?\s+as\s+(?:the\s+|a\s+)?(?P<r>(?:[\w\-]+\s+){0,5}?(?:[Mm]inister|[Pp]resident|[Ss]ecretary|[Pp]remier|"
                       r"[Cc]hancellor|[Gg]overnor|[Ss]peaker|[Ee]nvoy)(?:\s+(?:of|for)\s+[\w\- ]{2,40}?)?)(?=[,.;]|$)", t[m.end():])
        if am_ and kind_ == "past":
            # "... visited X in 2022 as deputy minister of development": the role held at the time
            vm.role = " ".join(w if w in ("of", "for", "and", "the") else w[:1].upper() + w[1:] for w in am_.group("r").split())
        if vm.start and ref and (vm.start.year, vm.start.month or 0) > (ref.year, ref.month or 12):
            vm.start = None
        return
    # "..., who paid a State Visit to Benin in April 2023", "held talks with Canadian officials in Ottawa
    # in October 2023": a trip of an earlier month, dated in its own clause (the sentence's other dates
    # are the current trip's)
    if kind_ == "paid":
        # "He previously travelled to Da Nang in November 2017, ..., and in 2019 he paid an official visit to
        # Ha Noi": the date that opens the trip's own clause, not the sentence's first
        lead_in = [d for d in dms if d.value is not None and not d.future and d.kind in ("year", "month", "absolute")
                   and d.end <= m.start() and re.fullmatch(r"\s*,?\s*(?:he|she|they|[A-Z][\w'’\-]+)\s*", t[d.end:m.start()])
                   and re.search(r"(?:^|[,;]\s*|\band\s+)(?:in\s+)?$", t[:d.start])]
        if lead_in and ref is not None and (lead_in[-1].value.year, lead_in[-1].value.month or 0) < (ref.year, ref.month or 0):
            vm.past, vm.start = True, lead_in[-1].value
            return
    own = None
    if kind_ == "paid":
        own = _earlier_own_date(dms, ref, m.start() + 1, m.end() + 4, ("month", "absolute"),
                                lambda d: re.search(r"\b(?:in|on)\s+$", t[max(m.start(), d.start - 4):d.start]))
    elif kind_ == "presence":
        own = _earlier_own_date(dms, ref, m.end(), m.end() + 4, ("month", "absolute", "year"),
                                lambda d: re.match(r"\s*in\s*$", t[m.end():d.start]))
    if own is not None:
        vm.past, vm.start = True, own
        return
    spans = [d for d in dms if d.kind == "span" and d.value is not None]
    ts = _TOUR_STOPS.search(t)
    if ts:
        # "is in Seoul on a tour that took her to Tokyo from 11 to 13 March": that span is Tokyo's
        spans = [d for d in spans if d.start < ts.start("list")]
    if spans:
        vm.start, vm.end = spans[0].value, spans[0].end_value
        return
    am = _ARRIVED.search(t) or re.search(r"\b(?:arrived|arrives|landed)\b(?:\s+here)?(?=\s+(?:on|last|yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|late|early|"
                                         r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))", t)
    if am:
        ends = [d for d in dms if d.start >= am.start() and d.value is not None and d.value.day and
                re.search(r"\b(?:ended|ends|concluded|until|till)\s+(?:on\s+)?$", t[max(0, d.start - 16):d.start])]
        if ends:
            vm.end = ends[0].value  # "a working visit to Peru, which ended on Sunday"
        near = [d for d in dms if am.start() <= d.start <= am.end() + 40 and d.kind in ("weekday", "absolute", "relative")
                and d not in ends]
        lead = re.match(r"^(?:On|Late on|Early on)?\s*[^,]{3,30},\s+", t)
        if not near and lead:
            # "On Friday, the Chancellor moved on to Lima": the date leads the sentence
            near = [d for d in dms if d.start < lead.end() and d.kind in ("weekday", "absolute", "relative")]
        if near:
            vm.start = near[0].value
            if vm.start is None:
                return
    bm = _BEGAN.search(t)
    began = (bm.start(), bm.end()) if bm else None
    if began is None and kind_ in ("visiting", "is_in", "presence", "paid"):
        # "has been in Kumasi since Sunday": the stay began that day
        sm = _BEEN_SINCE.search(t)
        began = (sm.start("w") - len("since "), sm.end()) if sm else None
    if vm.start is None and began:
        near = [d for d in dms if d.start >= began[0] and d.start <= began[1] + 2]
        if near and near[0].value is not None:
            vm.start = near[0].value
    if vm.start is None and kind_ == "received":
        near = [d for d in dms if d.start < m.start() and d.value is not None and d.kind in ("weekday", "absolute", "relative")]
        if not near and "place" in m.re.groupindex:
            # "received X at the National Palace on Wednesday, during a one-day working visit": the reception's day
            near = [d for d in dms if m.start("place") <= d.start < m.end() and d.value is not None and not d.future
                    and d.kind in ("weekday", "absolute", "relative")][:1]
        if near:
            vm.during = near[-1].value
            return
    if vm.start is None and kind_ == "stopover":
        near = [d for d in dms if d.value is not None and d.kind in ("weekday", "absolute")]
        if near:
            vm.start = near[0].value
    if vm.start is None and vm.at_end is None:
        # "is in the country for a four-day official visit that ends on Thursday": the stated last day
        # (still ahead at publication), which with the duration gives the first
        ends = [d for d in dms if d.value is not None and d.value.day and d.kind in ("weekday", "absolute")
                and _ENDS_ON.search(t[max(0, d.start - 40):d.start])]
        if len(ends) == 1:
            vm.at_end = ends[0].value
    if vm.start is None and _AT_END.search(t):
        near = [d for d in dms if d.value is not None and d.kind in ("relative", "weekday", "absolute")]
        if near and near[0].value.day:
            vm.at_end = near[0].value
    if vm.start is None and kind_ == "paid" and re.match(r"(?:began|started|opened|kicked off)\b", m.group(0)):
        near = [d for d in dms if d.start >= m.start() and d.value is not None and not d.future
                and d.kind in ("weekday", "absolute", "relative")]
        if near:
            vm.start = near[0].value
    if vm.start is None and kind_ in ("paid", "returned", "returned_from") and re.match(r"(?:concluded|concludes|concluding|wrapped up|wraps up|wrapping up|winding up|wound up|winds up|rounding off|"
                                                                       r"rounded off|ended|ending|completed|completing|return|left)", m.group(0)):
        near = [d for d in dms if d.value is not None and not d.future and d.kind in ("weekday", "absolute", "relative")
                and d.value.day and abs(d.start - m.start()) < 80
                # "after X returned from Ankara, this morning gave ...": a date past a comma is another clause's
                and not (d.start >= m.end() and re.search(r"[,;]", t[m.end():d.start]))]
        if near:
            vm.at_end = min(near, key=lambda d: abs(d.start - m.start())).value
            return
    if vm.start is None and kind_ in ("visit_np", "poss", "by") and \
            re.search(r"\bat\s+the\s+(?:start|beginning|outset)\s+of\s+(?:his|her|their|an?|the)\s+(?:[\w\-]+\s+){0,3}$",
                      t[max(0, m.start() - 60):m.start()]):
        # "welcomed X today at State House, at the start of her three-day State Visit": that day opens the trip
        days = [d for d in dms if d.value is not None and d.value.day and not d.future and d.kind in ("relative", "weekday", "absolute")]
        if len({d.value.iso() for d in days}) == 1:
            vm.start = days[0].value
    if vm.start is None and kind_ in ("visit_np", "poss", "by", "paid"):
        yr = [d for d in dms if d.kind == "year" and d.value is not None and m.start() <= d.start <= m.end() + 60
              and re.match(r"^in\b", d.text) and ref is not None and d.value.year < ref.year
              and not re.search(r"\b(?:since|after|before|than|journey|trip|visit|marking|decade|years?)\b", t[m.end():d.start])]
        if yr:
            vm.past, vm.start = True, yr[0].value
            return
    if vm.start is None and kind_ in ("visit_np", "poss", "by"):
        fr = [d for d in dms if d.value is not None and d.value.day and d.kind == "absolute" and d.start >= m.start()
              and re.search(r"\b(?:from|starting|beginning|on)\s+$", t[max(0, d.start - 12):d.start])]
        if fr:
            vm.start = fr[0].value
    if vm.start is None and vm.at_end is None:
        # a date that dates the visit itself ("visit ... last week", "Last May ... visit")
        vis = [d for d in dms if d.value is not None and not d.future and d.kind in ("relative", "month", "absolute", "weekday")
               # "..., after travelling to Suva in February": that date is the earlier trip's
               and not re.search(r"\b(?:after|since)\s+(?:travell?ing|traveling|visiting|going|a\s+(?:visit|trip))\b[^,;.]*$",
                                 t[:d.start])
               and not re.search(r"\bsince\b", t[max(0, d.start - 30):d.start])]
        if vis and kind_ in ("visit_np", "poss", "by", "paid", "is_in", "visiting", "delegation"):
            d = vis[0]
            if d.kind in ("relative", "month") or not re.search(r"\bsign", t):
                vm.start = d.value if not d.value.day or kind_ in ("paid",) else None
                if d.value.day and d.kind != "absolute":
                    vm.start = None
                    vm.during = d.value
                if d.kind == "relative" and d.value.day is None:
                    vm.start = d.value
            else:
                vm.during = d.value
        elif idx > 0 and re.match(r"^(?:This|It|That)\b", t):
            prev = [d for d in find_dates(sentences[idx - 1].text, ref, years) if d.value is not None and not d.future]
            if prev:
                vm.during = prev[0].value
        elif re.search(r"\bsigned\b", t):
            sd = [d for d in dms if d.value is not None and not d.future]
            if sd:
                vm.during = sd[0].value


_MEET = re.compile(r"\b(?:held talks|talks with|talks earlier|during talks|met with|met|meeting with|signed by|"
                   r"talks here|talks\s+(?:here\s+)?(?:today|yesterday|on\s+\w+day)\s+with)\b")
_REMOTE = re.compile(r"\b(?:telephone|phone|by letter|message|videoconference|video link|virtual|in a letter|cable)\b", re.I)


def _wire_presence(sentences, ctx, people, mentions, future_people, year, rejected):
    """Wire copy datelined in country H: a named official of country X who
    holds talks with, or signs with, H's officials there is on a visit to H
    (start = publication month, no city: the dateline alone sets none)."""
    dl = getattr(ctx, "dateline", None)
    if not dl or len(dl) < 3 or not dl[2] or not ctx.published or not ctx.published.month:
        return []
    host = dl[1]
    out = []
    have = {(m.home, m.host) for m in mentions if not m.past}
    prev_text = ""
    for s in sentences:
        t = s.text
        prev, prev_text = prev_text, t
        meet = _MEET.search(t)
        if not meet or _REMOTE.search(t) or _MULTI.search(t):
            continue
        # the meeting's own clause decides ("X opens talks with Ghanaian officials today well aware his
        # demand is likely to be rejected": the later clause's future is not the talks')
        if (_is_future(t, len(t), len(t)) and _is_future(t[:meet.end()], meet.start(), meet.end())) or \
                re.search(r"\b(?:will|would|to meet|to hold)\b", t[:meet.end()]):
            continue
        named = [p for p in people if _word_rx(p.surname).search(t)]
        visitors = [p for p in named if p.iso3 and p.iso3 != host and p.name not in future_people
                    and not _AMBASSADOR.search(p.role or "")]
        # the host's side: one of its named officials, an agency, or its nationality on an office
        # ("Japanese officials", "the German government"), not on a thing ("German interest rates")
        host_side = [p for p in named if p.iso3 == host] or \
            [c for c in find_countries(t, year) if c.iso3 == host and (c.via == "agency" or c.via == "demonym" and re.match(
                r"\s+(?:[A-Z][\w\-]+\s+){0,3}(?:officials?|[Mm]inisters?|[Pp]resident|[Pp]rime|[Cc]hancellor|[Gg]overnment|"
                r"counterparts?|leaders?|authorities|[Ss]ecretary|[Ee]mbassy|delegation|side|[Kk]ing|[Ee]mir)\b", t[c.end:]))]
        if not host_side and re.search(r"\bsigned by\b", t):
            # "The agreement was signed by <foreign minister> and <an official>" in a story
            # datelined in the partner country that (this or the last sentence says) signed it
            host_side = [c for c in find_countries(t + " " + prev, year) if c.iso3 == host and c.via in ("name", "alias")]
        if not visitors or not host_side:
            continue
        # another place named for the meeting: not here
        if any(c.via in ("capital", "city") and c.iso3 != host for c in find_countries(t, year)):
            continue
        places = [m.group(1) for m in re.finditer(r"\b(?:in|at)\s+([A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+)?)", t)]
        if any(not re.match(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                            r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Talks|The)\b", pl)
               and iso3_of(pl) != host and pl not in (dl[0],) and not pl.startswith(("Kremlin", "White", "State", "Parliament"))
               for pl in places):
            continue
        if re.search(r"\b(?:in|at)\s+(?:the\s+)?[A-Z][a-z]+", t) and not re.search(r"\b(?:in|at)\s+(?:the\s+)?(?:Kremlin|White House|State House|" + re.escape(dl[0]) + r")", t):
            if any(c.iso3 != host for c in find_countries(t, year) if c.via in ("name", "alias")):
                continue
        p = visitors[0]
        if (p.iso3, host) in have:
            continue
        vm = _Mention(s, p, p.iso3, host, dl[0] if re.search(r"\bhere\b", t) else None, "wire-presence")
        vm.start = PartialDate(ctx.published.year, ctx.published.month)
        out.append(vm)
        have.add((p.iso3, host))
    return out


# "the highest-ranking Colombian official to visit Korea since President X's state visit in 2019": X is an
# official of that nationality who visited there that year (the yardstick of a "first since")
_VISIT_SINCE = re.compile(r"\b(?P<dem>[A-Z][\w'’\-]+)\s+(?:[\w\-]+\s+){0,2}(?:official|leader|head\s+of\s+state|president|"
                          r"prime\s+minister|minister|delegation)s?\s+to\s+(?:visit|travel\s+to|set\s+foot\s+in)\s+"
                          r"(?P<host>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\s+since\s+(?P<role>(?:[A-Z][\w\-]*\s+){0,3}?)"
                          r"(?P<who>" + NAME + r")['’]s\s+(?:(?P<kind>state|official|working)\s+)?visit\s+in\s+(?P<y>(?:19|20)\d\d)\b")


def _visits_since(sentences, people, mentions, year) -> list[_Mention]:
    out = []
    for s in sentences:
        m = _VISIT_SINCE.search(s.text)
        if not m:
            continue
        home = _country_of(m.group("dem"), year)
        host, _c = _place(m.group("host"), year)
        if not home or not host or home == host:
            continue
        person = _find_person(m.group("who"), people)
        if person is None:
            person = Person(_clean_name(m.group("who")), m.group("role").strip(), home, s.index)
        if person.iso3 not in (None, home):
            continue
        if any(x.past and x.person is person and x.host == host for x in mentions):
            continue
        vm = _Mention(s, person, home, host, None, "past_since")
        vm.past, vm.start = True, PartialDate(int(m.group("y")))
        vm.role = vm.role or m.group("role").strip() or None
        if m.group("kind"):
            vm.kind = m.group("kind").lower()
        out.append(vm)
    return out


def _city_from_other_sentences(sentences, mentions, year, dateline=None):
    """A current visit without a city: a host city 'in/at CITY' in another
    sentence naming the visitor ("a reception ... at Buenos Aires' City Council"),
    or the dateline's city when such a sentence says the visitor did something
    'here' ("Mensah held talks here with ...": wire copy's word for it)."""
    for vm in mentions:
        if vm.past or vm.city or vm.person is None:
            continue
        for s in sentences:
            t = s.text
            here_ = _HERE_ACT.search(t) if dateline and dateline[1] == vm.host else None
            if here_ and _word_rx(vm.person.surname).search(t) and not _in_future_clause(t, here_.start()):
                vm.city = dateline[0]
                break
            both = re.search(r"\b(?:talks|meeting|negotiations|consultations)\s+(?:held\s+)?(?:in|at)\s+\S+", t) and \
                re.search(r"\b[Tt]he\s+two\s+(?:ministers|leaders|presidents|prime\s+ministers|sides|delegations|heads\s+of\s+state)\b", t)
            # ("During the talks held in Cairo on 11 November, the two ministers ...": the visit's meeting, its
            # guest unnamed there; only when one trip to that country is under way)
            one_trip = len({(x.home, x.host) for x in mentions if not x.past}) == 1
            # ("On September 17, at the Palace in Baku, the President of Tajikistan held talks ...", "An official
            # welcome ceremony took place at the Government House in Yerevan": the one trip's events, told
            # next to it without the guest's name)
            near_event = one_trip and abs(s.index - vm.s.index) <= 2 and _TRIP_EVENT.search(t)
            if not _word_rx(vm.person.surname).search(t) and not (both and one_trip) and not near_event:
                continue
            for cm in find_countries(t, year):
                if cm.iso3 != vm.host or cm.via not in ("capital", "city"):
                    continue
                if not re.search(r"\b(?:[Ii]n|[Aa]t|to)\s+$", t[:cm.start]):
                    continue
                if re.match(r"^\s+[A-Z][a-z]", t[cm.end:]):
                    continue  # "Astana International Forum": part of a name
                if _in_future_clause(t, cm.start):
                    continue
                vm.city = cm.surface
                break
            if vm.city:
                break


# the visitor's own doings 'here' (the dateline's city): "held talks here", "arrived here", "told reporters here"
_HERE_ACT = re.compile(r"\b(?:talks|met|meeting|arrived|arrives|signed|told\s+reporters|told\s+a\s+news\s+conference|"
                       r"news\s+conference|press\s+conference|visiting)\s+here\b")
_TRIP_EVENT = re.compile(r"\b(?:held\s+(?:official\s+|bilateral\s+|private\s+)?talks|talks\s+were\s+held|welcome\s+ceremony|"
                         r"welcoming\s+ceremony|official\s+welcome|signed|were\s+signed|was\s+signed)\b")
# what a visitor does with the hosts on the trip: "held talks", "met", "signed", "co-chaired"
_MEETING_ACT = re.compile(r"\b(?:held\s+(?:official\s+|bilateral\s+|delegation-level\s+)?talks|talks\s+with|met|"
                          r"signed|co-chaired|was\s+received|called\s+on)\b")


def _date_from_meetings(sentences, mentions, ref, years):
    """A current visit the text does not date: the day of the visitor's talks with the hosts,
    told in another sentence ("X and President Y held talks ... in Bishkek on 1 October 2024"),
    dates the trip (as `during`: the arrival day itself stays unknown)."""
    for vm in mentions:
        if vm.past or vm.person is None or vm.start or vm.during or vm.at_end or vm.meet_day:
            continue
        if any(x is not vm and not x.past and x.home == vm.home and x.host == vm.host and
               (x.start or x.during or x.at_end or x.meet_day) for x in mentions):
            continue
        for s in sentences:
            t = s.text
            if s.index == vm.s.index or not _word_rx(vm.person.surname).search(t) or not _MEETING_ACT.search(t):
                continue
            if not any(cm.iso3 == vm.host for cm in find_countries(t, ref.year if ref else None)):
                continue  # the talks must be placed in the host country
            if re.search(r"\b(?:last|previous|earlier|former|then)\b|\bas\s+(?:the\s+)?(?:[a-z]+\s+)?(?:minister|secretary)\b", t):
                continue  # an earlier meeting or office
            days = [d for d in find_dates(t, ref, years) if d.value is not None and d.value.day and not d.future
                    and d.kind in ("absolute", "weekday", "relative")]
            if days:
                vm.during = days[0].value
                break


def _combine(mentions: list[_Mention], ctx: ArticleContext):
    groups: list[list[_Mention]] = []
    for vm in mentions:
        placed = False
        for g in groups:
            g0 = g[0]
            if g0.home != vm.home or g0.host != vm.host:
                continue
            if vm.past or g0.past:
                a = vm.start.iso() if vm.start else None
                b = next((x.start.iso() for x in g if x.start), None)
                if vm.past and g0.past and a and b and (a.startswith(b) or b.startswith(a)):
                    g.append(vm)
                    placed = True
                    break
                past_start = a if vm.past else b
                cur_start = b if vm.past else a
                pub_ = ctx.published
                recent = past_start is not None and len(past_start) >= 7 and (
                    cur_start is not None and cur_start[:7] == past_start[:7] or
                    cur_start is None and pub_ is not None and pub_.month is not None and (
                        len(past_start) == 10 and
                        0 <= (pub_.year * 12 + pub_.month) - (int(past_start[:4]) * 12 + int(past_start[5:7])) <= 1 or
                        # "is on a tour that has taken him to Ghana, ..." beside "his tour of Ghana": the
                        # stops of the trip under way, dated to the story's month
                        past_start[:7] == f"{pub_.year:04d}-{pub_.month:02d}"))
                if vm.past != g0.past and recent and vm.person is not None and any(x.person is vm.person for x in g):
                    # "visited Accra from 12 to 14 March" and "arrived in Accra on 12 March" in one
                    # story: the same trip told twice
                    g.append(vm)
                    placed = True
                    break
                continue
            g.append(vm)
            placed = True
            break
        if not placed:
            groups.append([vm])
    left = {}
    for vm in mentions:
        if vm.left_from:
            for c in find_countries(vm.left_from[0], vm.left_from[1].year):
                if c.iso3 != vm.host:
                    left[(vm.home, c.iso3)] = vm.left_from[1]
    facts = []
    current = None
    for g in groups:
        past = all(x.past for x in g)
        start = None
        end = None
        for x in g:
            if x.start and (start is None or len(x.start.iso()) > len(start.iso())):
                start = x.start
        if not past and start is not None and start.day:
            # "held talks on 12 March" and "arrived on the evening of 11 March": a trip under way
            # began no later than the earliest day any of its mentions fixes
            start = min((x.start for x in g if not x.past and x.start and x.start.day), key=lambda d: d.iso(), default=start)
        for x in g:
            if x.end and x.end.day:
                end = x.end
        duration = next((x.duration for x in g if x.duration), None)
        during = next((x.during for x in g if x.during), None)
        at_end = next((x.at_end for x in g if x.at_end), None)
        if not past:
            # a dated meeting does not fix the arrival day: the trip's start stays the month (README: a day
            # only when the text fixes it), as for a dated signing during a visit
            if start is None and at_end is not None and at_end.day:
                end = at_end
                if duration:
                    start = add_days(at_end, -(duration - 1))
            elif start is not None and start.day and end is None and at_end is not None and at_end.day and duration:
                # "concluded a five-day official visit on 6 August" beside "held talks in Canberra on 5 August":
                # the stated last day and the length fix the trip; the talks day falls inside it
                first = add_days(at_end, -(duration - 1))
                if first.iso() <= start.iso() <= at_end.iso():
                    start, end = first, at_end
            elif start is not None and start.day and end is None and at_end is not None and at_end.day and \
                    start.iso() <= at_end.iso():
                # "arrived in Brazzaville on Sunday 16 February" beside "ended on Monday a working visit": the
                # stated first and last days, whatever its length
                end = at_end
            if start is not None and start.day and end is None and duration:
                end = add_days(start, duration - 1)
            if start is None and during is not None:
                if during.day and duration == 1:
                    start = during
                elif during.day and duration:
                    first = add_days(during, -(duration - 1))
                    # the first day may fall in the month before: then only the year is sure
                    start = PartialDate(during.year, during.month) if (first.year, first.month) == (during.year, during.month) \
                        else PartialDate(during.year) if first.year == during.year else None
                else:
                    start = during.to_month()
            if start is not None and start.day and end is None and duration:
                end = add_days(start, duration - 1)
            if start is None and ctx.published and ctx.published.month:
                start = PartialDate(ctx.published.year, ctx.published.month)
            if start is not None and not start.day:
                end = None if not (end and end.day) else end
            if start is not None and start.day is None and not (at_end is not None and end == at_end and
                                                                 (at_end.year, at_end.month) == (start.year, start.month)):
                end = None  # kept: a stated end ("concluded his visit on Wednesday") within the start's month
        lf = left.get((g[0].home, g[0].host))
        if not past and end is None and lf is not None and start is not None and \
                (start.year, start.month or 0, start.day or 0) <= (lf.year, lf.month or 0, lf.day or 0):
            end = lf  # "left Rome today for Madrid" ends the Rome stay
        pub = ctx.published
        if not past and start is not None and pub is not None and start.day and pub.day and \
                (start.year, start.month, start.day) > (pub.year, pub.month, pub.day):
            continue  # has not begun at publication
        if start is not None and end is not None and start.day and end.day and \
                (end.year, end.month, end.day) < (start.year, start.month, start.day):
            end = None  # dates read wrong somewhere: an end before the start is no fact
        kind = next((x.kind for x in g if x.kind != "unspecified"), "unspecified")
        city = next((x.city for x in g if x.city and not x.city_guessed), None) or next((x.city for x in g if x.city), None)
        head = g[0]
        person = next((x.person for x in g if x.person), None)
        role = next((x.role for x in g if x.role), None)
        best = max(g, key=lambda x: (x.start is not None, len(x.start.iso()) if x.start else 0))
        fact = {
            "visitor": person.name if person else None,
            "visitor_role": role,
            "visitor_iso3": head.home, "host_iso3": head.host, "city": city,
            "start": start.iso() if start else None, "end": end.iso() if end else None,
            "kind": kind,
            "evidence": Evidence(best.s.index, best.s.text, best.s.start, best.s.end, f"visit:{best.rule}").as_dict(),
        }
        facts.append(fact)
        if not past and current is None:
            current = (start, end)
    return facts, current
