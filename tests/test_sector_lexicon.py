"""Field phrases as bilateral instruments are titled -> sectors of spec/sectors.json.

Written from the taxonomy descriptions and common treaty/MoU titles, not from any
corpus, so unseen wordings of a field land in the right sector (a miss costs a
false `general` row plus a missed row; a wrong hit costs a wrong row too).

Ambiguous calls (decided by the taxonomy's descriptions):
- "maritime cooperation" -> transport (transport lists maritime); but "maritime
  security", "coast guard" -> defence_security and "maritime boundary" -> other.
- "civil aviation security" / "aviation safety" -> aviation only (not defence).
- "energy security" -> energy; "information security" -> ict (cybersecurity);
  "food security" -> agriculture; "social security" -> labour; "health security" -> health.
- "cooperation between the diplomatic academies" -> education (a training
  institution's agreement; political_consultations is consultations proper).
- "labour migration" -> visa_mobility (labour mobility), not labour.
- "combating money laundering and the financing of terrorism" -> defence_security
  (crime/terrorism), not finance; "financial intelligence" -> finance.
- "halal certification" -> agriculture (food standards); "standardisation",
  "metrology", "intellectual property", "disaster risk reduction", "emergency
  response", "meteorology", "statistics" -> other (no sector names them).
- "anti-corruption" -> justice.
- "small and medium enterprises" -> industry.
- "business council" -> investment (the taxonomy lists business councils there).
- "economic partnership (agreement)" -> trade (an EPA is a trade agreement).
- "audiovisual co-production" -> culture (like film co-production); "audiovisual" -> media.
- "training of civil servants" -> public_service only; "military education" ->
  defence_security only; "pharmaceutical industry" -> health only;
  "veterinary medicine", "veterinary health" -> agriculture only; "financial
  technologies" (fintech) -> finance only; "integrated border control"
  (joint border posts) -> customs; a bridge -> transport (a road or rail link, as annotators read
  it), and the financing or construction of a thing yields to the thing.
- "education and science", "trade and investment", "culture and tourism" name two
  fields and give two sectors.
- second pass: "wind farm" -> energy (not agriculture's "farm"); "quality
  infrastructure" -> other (standards, not infrastructure); "food standards",
  "agricultural research/technologies" -> agriculture only; "hydrology" ->
  environment (water); "intelligence", "border guards", "drug control" ->
  defence_security; "internet/data governance" -> ict; "refugees", "diaspora" ->
  visa_mobility (migration); "persons with disabilities" -> labour (social
  protection); "electric vehicles" -> industry; "export-import bank",
  "accounting standards" -> finance; humanitarian assistance, human rights,
  parliamentary and electoral cooperation, religious affairs, copyright,
  poverty alleviation -> other (named fields the taxonomy does not list).
- "sister cities", "development cooperation", "economic and technical
  assistance" stay field-less.
- "Belt and Road", "road map", "capacity building", "confidence-building measures"
  name no field (not transport/infrastructure).
"""
from __future__ import annotations

import pytest

from loaders.resolve.sectors import is_general, sectors_in

CASES = [
    # a continental shelf dispute: a named field that fits none of the taxonomy
    ("their continental shelf dispute", ["other"]),
    # annual talks of senior officials of two foreign ministries; budget support; the sanitary rules of a food export
    ("annual Senior Officials' Talks between the two foreign ministries", ["political_consultations"]),
    ("a Budget Support Arrangement", ["finance"]),
    ("the sanitary requirements for chilled pork", ["agriculture"]),
    # agriculture
    ("cooperation in the field of plant quarantine", ["agriculture"]),
    ("plant protection and quarantine", ["agriculture"]),
    ("sanitary and phytosanitary measures", ["agriculture"]),
    ("veterinary and sanitary requirements", ["agriculture"]),
    ("veterinary medicine", ["agriculture"]),
    ("veterinary health certification for pork and beef", ["agriculture"]),
    ("payment systems and financial technologies", ["finance"]),
    ("vocational education and training and youth development", ["education", "youth_sports"]),
    ("integrated border control at the main crossing", ["customs"]),
    ("a binational border mobility card for residents of border provinces", ["visa_mobility"]),
    ("cooperation between the state television and radio broadcasters", ["media"]),
    ("a new bridge across the border river", ["transport"]),
    ("the Status of Visiting Forces Agreement", ["defence_security"]),
    ("cooperation between the National Assembly of X and the National Assembly of Y", ["other"]),
    ("cooperation in agriculture and food security", ["agriculture"]),
    ("fisheries and aquaculture", ["agriculture"]),
    ("animal health", ["agriculture"]),
    ("halal certification", ["agriculture"]),
    ("food safety", ["agriculture"]),
    ("livestock breeding", ["agriculture"]),
    ("agro-industrial cooperation", ["agriculture"]),
    ("irrigation and agricultural mechanisation", ["agriculture"]),
    ("export of agricultural products", ["trade", "agriculture"]),
    # aviation
    ("air services", ["aviation"]),
    ("air services agreement", ["aviation"]),
    ("civil aviation security", ["aviation"]),
    ("aviation safety", ["aviation"]),
    ("air transport", ["aviation"]),
    ("direct flights", ["aviation"]),
    ("air navigation services", ["aviation"]),
    ("aircraft accident investigation", ["aviation"]),
    ("airworthiness", ["aviation"]),
    ("code-sharing between national airlines", ["aviation"]),
    ("air cargo", ["aviation"]),
    # transport
    ("maritime transport", ["transport"]),
    ("merchant shipping", ["transport"]),
    ("international road transport of passengers and goods", ["transport"]),
    ("railway transport", ["transport"]),
    ("mutual recognition of driving licences", ["transport"]),
    ("mutual recognition of seafarers' certificates", ["transport"]),
    ("maritime cooperation", ["transport"]),
    ("inland water transport", ["transport"]),
    ("ports and logistics", ["transport"]),
    ("transit of goods", ["transport"]),
    ("combined transport", ["transport"]),
    ("maritime search and rescue", ["transport"]),
    # trade
    ("trade and economic cooperation", ["trade"]),
    ("trade promotion", ["trade"]),
    ("preferential trade agreement", ["trade"]),
    ("free trade agreement", ["trade"]),
    ("e-commerce", ["trade"]),
    ("export promotion", ["trade"]),
    ("cooperation between the chambers of commerce", ["trade"]),
    ("comprehensive economic partnership agreement", ["trade"]),
    ("technical barriers to trade", ["trade"]),
    ("trade and investment", ["trade", "investment"]),
    # investment
    ("promotion and reciprocal protection of investments", ["investment"]),
    ("encouragement and reciprocal protection of investments", ["investment"]),
    ("bilateral investment treaty", ["investment"]),
    ("investment promotion", ["investment"]),
    ("special economic zones", ["investment"]),
    ("establishment of a joint business council", ["investment"]),
    ("joint investment fund", ["investment"]),
    # taxation
    ("avoidance of double taxation", ["taxation"]),
    ("prevention of fiscal evasion with respect to taxes on income", ["taxation"]),
    ("exchange of information on tax matters", ["taxation"]),
    ("tax administration", ["taxation"]),
    ("double taxation avoidance agreement", ["taxation"]),
    # customs
    ("customs mutual administrative assistance", ["customs"]),
    ("mutual administrative assistance in customs matters", ["customs"]),
    ("cooperation between customs administrations", ["customs"]),
    ("mutual recognition of authorised economic operators", ["customs"]),
    ("prevention of customs offences", ["customs"]),
    ("customs cooperation", ["customs"]),
    ("customs information exchange", ["customs"]),
    # finance
    ("currency swap", ["finance"]),
    ("cooperation between the central banks", ["finance"]),
    ("banking supervision", ["finance"]),
    ("capital markets", ["finance"]),
    ("fintech", ["finance"]),
    ("loan agreement", ["finance"]),
    ("export credit insurance", ["finance"]),
    ("exchange of financial intelligence", ["finance"]),
    ("insurance supervision", ["finance"]),
    # education
    ("higher education", ["education"]),
    ("TVET", ["education"]),
    ("technical and vocational education and training", ["education"]),
    ("mutual recognition of academic degrees", ["education"]),
    ("mutual recognition of diplomas", ["education"]),
    ("scholarships", ["education"]),
    ("cooperation between the diplomatic academies", ["education"]),
    ("training of diplomats", ["education"]),
    ("student exchange", ["education"]),
    ("university cooperation", ["education"]),
    ("higher education and science", ["education", "science_technology"]),
    # science_technology
    ("scientific and technological cooperation", ["science_technology"]),
    ("science, technology and innovation", ["science_technology"]),
    ("space", ["science_technology"]),
    ("peaceful uses of outer space", ["science_technology"]),
    ("space research", ["science_technology"]),
    ("biotechnology", ["science_technology"]),
    ("research and development", ["science_technology"]),
    ("cooperation between the academies of sciences", ["science_technology"]),
    ("satellite navigation", ["science_technology"]),
    ("economic, scientific and technical cooperation", ["science_technology"]),
    # ict
    ("information and communication technologies", ["ict"]),
    ("e-governance", ["ict"]),
    ("e-government", ["ict"]),
    ("telecommunications", ["ict"]),
    ("postal services", ["ict"]),
    ("cybersecurity", ["ict"]),
    ("international information security", ["ict"]),
    ("digital economy", ["ict"]),
    ("artificial intelligence", ["ict"]),
    ("personal data protection", ["ict"]),
    ("electronic signatures", ["ict"]),
    ("radio frequency coordination", ["ict"]),
    # health
    ("health and medical science", ["health"]),
    ("pharmaceuticals", ["health"]),
    ("pharmaceutical industry", ["health"]),
    ("traditional medicine", ["health"]),
    ("public health", ["health"]),
    ("sanitary and epidemiological well-being of the population", ["health"]),
    ("vaccine production", ["health"]),
    ("medical products regulation", ["health"]),
    ("health security", ["health"]),
    ("health care", ["health"]),
    # energy
    ("peaceful uses of nuclear energy", ["energy"]),
    ("renewable energy", ["energy"]),
    ("oil and gas", ["energy"]),
    ("energy efficiency", ["energy"]),
    ("electricity interconnection", ["energy"]),
    ("nuclear safety", ["energy"]),
    ("nuclear and radiation safety", ["energy"]),
    ("hydrocarbons", ["energy"]),
    ("green hydrogen", ["energy"]),
    ("energy security", ["energy"]),
    ("liquefied natural gas supply", ["energy"]),
    # mining
    ("geology and mineral resources", ["mining"]),
    ("geology and subsoil use", ["mining"]),
    ("critical minerals", ["mining"]),
    ("mining", ["mining"]),
    ("geological survey", ["mining"]),
    ("rare earths", ["mining"]),
    ("mineral exploration", ["mining"]),
    # defence_security
    ("defence cooperation", ["defence_security"]),
    ("military-technical cooperation", ["defence_security"]),
    ("exchange of classified information", ["defence_security"]),
    ("mutual protection of classified information", ["defence_security"]),
    ("combating terrorism", ["defence_security"]),
    ("fight against transnational organized crime", ["defence_security"]),
    ("police cooperation", ["defence_security"]),
    ("illicit trafficking in narcotic drugs and psychotropic substances", ["defence_security"]),
    ("combating money laundering and the financing of terrorism", ["defence_security"]),
    ("maritime security", ["defence_security"]),
    ("coast guard cooperation", ["defence_security"]),
    ("military education", ["defence_security"]),
    ("defence industry", ["defence_security"]),
    ("border security", ["defence_security"]),
    # justice
    ("mutual legal assistance in criminal matters", ["justice"]),
    ("legal assistance in criminal matters", ["justice"]),
    ("legal assistance in civil and commercial matters", ["justice"]),
    ("legal assistance in civil, family and criminal matters", ["justice"]),
    ("extradition", ["justice"]),
    ("transfer of sentenced persons", ["justice"]),
    ("the transfer of sentenced prisoners", ["justice"]),
    ("anti-corruption", ["justice"]),
    ("cooperation between the prosecutor general's offices", ["justice"]),
    ("cooperation between the supreme courts", ["justice"]),
    ("recognition and enforcement of judgments", ["justice"]),
    ("judicial cooperation", ["justice"]),
    # political_consultations
    ("political consultations", ["political_consultations"]),
    ("consultations between the ministries of foreign affairs", ["political_consultations"]),
    ("cooperation between the ministries of foreign affairs", ["political_consultations"]),
    ("cooperation between the foreign ministries", ["political_consultations"]),
    ("political dialogue", ["political_consultations"]),
    ("diplomatic consultations", ["political_consultations"]),
    ("regular political consultations", ["political_consultations"]),
    ("foreign office consultations", ["political_consultations"]),
    # visa_mobility
    ("abolition of visa requirements for holders of diplomatic passports", ["visa_mobility"]),
    ("visa exemption for holders of diplomatic and service passports", ["visa_mobility"]),
    ("mutual visa exemption for holders of ordinary passports", ["visa_mobility"]),
    ("consular relations", ["visa_mobility"]),
    ("consular convention", ["visa_mobility"]),
    ("readmission of persons residing without authorisation", ["visa_mobility"]),
    ("labour migration", ["visa_mobility"]),
    ("working holiday programme", ["visa_mobility"]),
    ("visa facilitation", ["visa_mobility"]),
    ("mobility partnership", ["visa_mobility"]),
    # public_service
    ("civil service", ["public_service"]),
    ("public administration", ["public_service"]),
    ("public service delivery", ["public_service"]),
    ("training of civil servants", ["public_service"]),
    ("administrative reform", ["public_service"]),
    ("good governance", ["public_service"]),
    ("local self-government", ["public_service"]),
    ("civil service commissions", ["public_service"]),
    # culture
    ("culture and arts", ["culture"]),
    ("archives", ["culture"]),
    ("cultural heritage", ["culture"]),
    ("museums", ["culture"]),
    ("cinematography", ["culture"]),
    ("film co-production", ["culture"]),
    ("audiovisual co-production", ["culture"]),
    ("protection of cultural property", ["culture"]),
    ("libraries", ["culture"]),
    ("culture and tourism", ["culture", "tourism"]),
    # tourism
    ("tourism", ["tourism"]),
    ("cooperation in the field of tourism", ["tourism"]),
    ("tourist exchanges", ["tourism"]),
    ("travel and tourism", ["tourism"]),
    ("hospitality industry", ["tourism"]),
    ("medical tourism", ["tourism"]),
    ("tourism promotion", ["tourism"]),
    ("ecotourism", ["tourism"]),
    # youth_sports
    ("youth and sports", ["youth_sports"]),
    ("physical culture and sports", ["youth_sports"]),
    ("sports cooperation", ["youth_sports"]),
    ("youth affairs", ["youth_sports"]),
    ("youth exchanges", ["youth_sports"]),
    ("anti-doping", ["youth_sports"]),
    ("olympic sports", ["youth_sports"]),
    ("physical education and sport", ["youth_sports"]),
    # environment
    ("environmental protection", ["environment"]),
    ("climate change", ["environment"]),
    ("water resources management", ["environment"]),
    ("transboundary rivers", ["environment"]),
    ("marine environment", ["environment"]),
    ("biodiversity conservation", ["environment"]),
    ("forestry", ["environment"]),
    ("combating desertification", ["environment"]),
    ("nature protection", ["environment"]),
    ("wildlife conservation", ["environment"]),
    ("water security", ["environment"]),
    # infrastructure
    ("construction", ["infrastructure"]),
    ("housing and urban development", ["infrastructure"]),
    ("urban planning", ["infrastructure"]),
    ("smart cities", ["infrastructure"]),
    ("public works", ["infrastructure"]),
    ("water supply and sewerage", ["infrastructure"]),
    ("infrastructure development", ["infrastructure"]),
    ("water supply and sanitation", ["infrastructure"]),
    # industry
    ("industrial cooperation", ["industry"]),
    ("manufacturing", ["industry"]),
    ("automotive industry", ["industry"]),
    ("shipbuilding", ["industry"]),
    ("steel industry", ["industry"]),
    ("industrial parks", ["industry"]),
    ("small and medium enterprises", ["industry"]),
    ("small and medium-sized enterprises", ["industry"]),
    ("textile industry", ["industry"]),
    ("light industry", ["industry"]),
    # media
    ("broadcasting", ["media"]),
    ("news agencies", ["media"]),
    ("cooperation between the news agencies", ["media"]),
    ("television and radio", ["media"]),
    ("mass media", ["media"]),
    ("exchange of news", ["media"]),
    ("information and media", ["media"]),
    ("press and information", ["media"]),
    ("audiovisual", ["media"]),
    # labour
    ("social security", ["labour"]),
    ("labour and employment", ["labour"]),
    ("occupational safety and health", ["labour"]),
    ("labour relations", ["labour"]),
    ("social protection", ["labour"]),
    ("pension provision", ["labour"]),
    ("social welfare", ["labour"]),
    ("trade unions", ["labour"]),
    ("labour inspection", ["labour"]),
    # other
    ("statistics", ["other"]),
    ("meteorology", ["other"]),
    ("hydrometeorology", ["other"]),
    ("standardisation and metrology", ["other"]),
    ("standardization, metrology and conformity assessment", ["other"]),
    ("intellectual property", ["other"]),
    ("disaster risk reduction", ["other"]),
    ("emergency situations", ["other"]),
    ("emergency response", ["other"]),
    ("civil protection", ["other"]),
    ("consumer protection", ["other"]),
    ("gender equality", ["other"]),
    ("delimitation of the maritime boundary", ["other"]),
    ("patents and trademarks", ["other"]),
    ("protection of industrial property", ["other"]),
    # second pass: wordings that fell to `general` or a wrong sector
    ("wind farm", ["energy"]),
    ("solar farms", ["energy"]),
    ("radioactive waste management", ["energy"]),
    ("quality infrastructure", ["other"]),
    ("competition law and antimonopoly policy", ["other"]),
    ("geodesy and cartography", ["other"]),
    ("cadastre", ["other"]),
    ("religious affairs", ["other"]),
    ("fire safety", ["other"]),
    ("prevention and elimination of emergencies", ["other"]),
    ("natural disasters", ["other"]),
    ("humanitarian assistance", ["other"]),
    ("inter-parliamentary cooperation", ["other"]),
    ("cooperation between the election commissions", ["other"]),
    ("human rights", ["other"]),
    ("copyright and related rights", ["other"]),
    ("geographical indications", ["other"]),
    ("poverty alleviation", ["other"]),
    ("women's affairs", ["other"]),
    ("agricultural research", ["agriculture"]),
    ("agricultural technologies", ["agriculture"]),
    ("food standards", ["agriculture"]),
    ("plant variety protection", ["agriculture"]),
    ("mineral fertilizers", ["agriculture"]),
    ("animal welfare", ["agriculture"]),
    ("rural revitalization", ["agriculture"]),
    ("digital trade", ["trade"]),
    ("sovereign wealth funds", ["investment"]),
    ("cross-border payments", ["finance"]),
    ("mobile money", ["finance"]),
    ("microfinance", ["finance"]),
    ("export-import bank", ["finance"]),
    ("development banks", ["finance"]),
    ("accounting standards", ["finance"]),
    ("remote sensing", ["science_technology"]),
    ("startups", ["science_technology"]),
    ("internet governance", ["ict"]),
    ("data governance", ["ict"]),
    ("malaria and tuberculosis", ["health"]),
    ("family planning", ["health"]),
    ("nursing", ["health"]),
    ("drug control", ["defence_security"]),
    ("counter-narcotics", ["defence_security"]),
    ("cooperation between the border guard services", ["defence_security"]),
    ("border management", ["defence_security"]),
    ("non-proliferation", ["defence_security"]),
    ("intelligence sharing", ["defence_security"]),
    ("maritime domain awareness", ["defence_security"]),
    ("e-visa", ["visa_mobility"]),
    ("diaspora affairs", ["visa_mobility"]),
    ("refugees", ["visa_mobility"]),
    ("civil registration", ["public_service"]),
    ("creative economy", ["culture"]),
    ("olympic committees", ["youth_sports"]),
    ("chess", ["youth_sports"]),
    ("hydrology", ["environment"]),
    ("coral reefs and mangroves", ["environment"]),
    ("carbon credits", ["environment"]),
    ("circular economy", ["environment"]),
    ("electric vehicles", ["industry"]),
    ("mass communications", ["media"]),
    ("persons with disabilities", ["labour"]),
    ("international labour standards", ["labour"]),
    ("container terminals", ["transport"]),
    ("ship registration", ["transport"]),
    ("delimitation of the exclusive economic zones", ["other"]),
    ("special economic zones", ["investment"]),
    ("rice cultivation", ["agriculture"]),
    ("support for smallholder farmers", ["agriculture"]),
    ("energy efficiency and conservation", ["energy"]),
    ("temporary employment of seasonal workers", ["visa_mobility"]),
    ("interoperability and secure data exchange", ["ict"]),
    ("geological research and mineral exploration", ["mining"]),
    ("a youth mobility programme", ["visa_mobility"]),
    ("status of forces", ["defence_security"]),
    ("NZ$35 million in climate finance for coastal protection", ["environment"]),
    ("the Recognised Seasonal Employer scheme", ["visa_mobility"]),
    ("digitalisation of public services", ["ict"]),
]

# framework wordings that name no field: no sector, and a `general` agreement
GENERAL = [
    "economic cooperation",
    "comprehensive strategic partnership",
    "cooperation",
    "friendship and cooperation",
    "treaty of friendship, cooperation and mutual assistance",
    "economic and technical cooperation",
    "general agreement on cooperation",
    "framework agreement on cooperation",
    "bilateral cooperation",
    "strategic partnership",
]

# no field, and not necessarily a `general` cue either
NOTHING = [
    "joint commission",
    "bilateral relations",
    "intergovernmental commission",
    "road map for cooperation",
    "roadmap",
    "jointly building the Belt and Road",
    "capacity building",
    "confidence-building measures",
    "development cooperation",
    "memorandum of understanding",
    "joint action plan",
    "sister cities",
    "economic and technical assistance",
]


@pytest.mark.parametrize("phrase,expected", CASES, ids=[c[0] for c in CASES])
def test_field_phrase(phrase, expected):
    assert sectors_in(phrase) == expected


@pytest.mark.parametrize("phrase", GENERAL)
def test_general_phrase(phrase):
    assert sectors_in(phrase) == []
    assert is_general(phrase)


@pytest.mark.parametrize("phrase", NOTHING)
def test_no_field(phrase):
    assert sectors_in(phrase) == []


def test_every_field_sector_covered():
    import json
    from pathlib import Path

    spec = json.loads((Path(__file__).resolve().parents[2] / "shared/spec/sectors.json").read_text()) \
        if (Path(__file__).resolve().parents[2] / "shared/spec/sectors.json").exists() else None
    covered = {s for _, exp in CASES for s in exp}
    from loaders.lexicon import load
    ids = set(spec["sectors"]) if spec else set(load("sectors")["sectors"])
    assert ids - {"general"} <= covered


def test_farm_worker_schemes_are_labour_mobility_not_agriculture():
    # the taxonomy puts labour mobility under visa_mobility; the farms are where the workers go
    from loaders.detect.agreements import field_sectors
    assert field_sectors("a memorandum of understanding on the Seasonal Agricultural Worker Program", True) == ["visa_mobility"]
    assert field_sectors("a memorandum of understanding on seasonal farm workers", True) == ["visa_mobility"]
    assert "agriculture" in field_sectors("a memorandum of understanding on agricultural research", True)


def test_border_crossing_points_and_border_service_centres_are_customs():
    from loaders.resolve.sectors import sectors_in
    assert sectors_in("an agreement on joint control at the border crossing point") == ["customs"]
    assert sectors_in("the Binational Border Service Centre, for the integrated control of goods and travellers") == ["customs"]
    assert sectors_in("border crossing cards for residents") == ["visa_mobility"]


def test_carrying_oil_gas_or_power_is_energy_not_transport():
    from loaders.resolve.sectors import sectors_in
    assert sectors_in("a treaty on the transport of hydrocarbons by pipeline") == ["energy"]
    assert sectors_in("an agreement on road transport of passengers and cargo") == ["transport"]


def test_training_journalists_is_media_not_education():
    from loaders.resolve.sectors import sectors_in
    assert sectors_in("an MoU on news exchange and the training of journalists") == ["media"]
    assert sectors_in("an MoU on the training of teachers") == ["education"]


def test_compound_fields_read_as_their_head():
    from loaders.detect.agreements import field_sectors
    assert field_sectors("maritime fisheries", single=False) == ["agriculture"]
    assert field_sectors("climate-smart agriculture and food security", single=False) == ["agriculture"]
    assert field_sectors("Indigenous cooperation", single=False) == ["other"]


def test_research_and_training_of_a_field_are_in_that_field():
    from loaders.detect.agreements import field_sectors
    assert field_sectors("joint exploration and research of critical minerals", single=False) == ["mining"]
    assert field_sectors("scientific research", single=False) == ["science_technology"]
    assert field_sectors("a protocol on the control of transboundary animal diseases", single=False) == ["agriculture"]
    assert field_sectors("cooperation between the communications regulatory authorities", single=False) == ["ict"]


def test_a_fields_industry_is_that_field():
    assert sectors_in("developing the country's nickel industry") == ["mining"]
    assert sectors_in("the tourism industry") == ["tourism"]
    assert sectors_in("industry and trade") == ["industry", "trade"]
    assert sectors_in("the textile industry") == ["industry"]


def test_barter_of_oil_for_goods_is_trade_and_a_free_zone_is_investment():
    assert sectors_in("an oil-for-goods barter") == ["trade"]
    assert sectors_in("the joint economic free zone on the border") == ["investment"]
    assert sectors_in("livestock health") == ["agriculture"]
