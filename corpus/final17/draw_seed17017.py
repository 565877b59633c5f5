import random
random.seed(17017)
modern_pairs = [
 ("IDN","NLD"),("VNM","HUN"),("KEN","KOR"),("BRA","EGY"),("CHL","NZL"),("MNG","DEU"),("SEN","ESP"),
 ("PHL","ARE"),("MAR","POR".replace("POR","PRT")),("NPL","BGD"),("COL","PER"),("TZA","OMN"),("KAZ","POL"),
 ("AUS","FJI"),("IND","ARG"),("GEO","LTU"),("RWA","QAT"),("CAN","MEX"),("THA","KHM"),("ZMB","TUR"),
 ("NGA","GHA"),("JPN","PNG"),("UZB","MYS"),("DOM","CRI"),("TUN","ITA"),("NOR","VNM"),("AZE","SRB"),
 ("CMR","CHN"),("URY","KOR"),("EGY","GRC"),("LKA","JPN"),("BWA","ZAF"),("IRQ","JOR"),("SWE","NAM"),
 ("MUS","IND"),("KGZ","TUR"),("ROU","MDA"),("CUB","VNM"),("ETH","SAU"),("ECU","CHN"),
]
r87_pairs = [
 ("SUN","IND"),("CHN","PAK"),("JPN","AUS"),("DEU","EGY"),("FRA","NGA"),("ITA","ARG"),("YUG","KWT"),
 ("HUN","AUT"),("BRA","CHN"),("TUR","IRN"),("GBR","MYS"),("CAN","CUB"),("POL","DEU"),("ZWE","MOZ"),
 ("KOR","SAU"),("THA","CHN"),("MEX","ESP"),("IDN","NLD"),("KEN","UGA"),("NZL","PHL"),
]
mtypes = ["state visit + bullet agreements + trade","ministry release: agreements in words, passive","trade-only business press with deficit/shares",
 "embassy page: visit from host side + MoUs","regional paper: visit wrapped up + past visit","distractor: multilateral summit/negotiations/LOI",
 "agencies sign for states + trade value","trade stats with change over span of years","working visit + agreements enumerated + trade EUR",
 "one-day visit + planned return visit","existing treaty with year + amending protocol + trade","distractor: company deals + invitation + aid",
 "parliamentary/delegation visit under named head","trade figures in local currency + visit","agreements + visits Latin-America style"]
rtypes = ["visit + agreements","trade figures","agreement only (trade protocol)","visit only with past visits",
 "near-miss: planned visit / talks without signing","trade protocol + trade figures","visit + trade figures"]
mp = random.sample(modern_pairs, 15); rp = random.sample(r87_pairs, 7)
random.shuffle(mtypes); random.shuffle(rtypes)
slots = ["M"]*15 + ["R"]*7
random.shuffle(slots)
mi=ri=0
for i,s in enumerate(slots,1):
    if s=="M": print(f"synth_bi{i:02d}", "modern", mp[mi], mtypes[mi]); mi+=1
    else: print(f"synth_bi{i:02d}", "reuters87", rp[ri], rtypes[ri]); ri+=1
