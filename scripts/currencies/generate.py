#!/usr/bin/env python3
"""Generates the currency data files from the ISO 4217 list and the name tables below.

Inputs:
  * the ISO 4217 list of the Debian/Ubuntu package iso-codes (/usr/share/iso-codes/json/iso_4217.json, version 4.15.0),
    which transcribes the list published by the ISO 4217 maintenance agency (SIX Group, "List one: Currency,
    fund and precious metal codes"); codes added by ISO after that release (ZWG 2024, XCG 2025) are added below;
  * the minor units (number of decimals) of ISO 4217 list one, written below as the exceptions to 2;
  * the Arabic and English name tables below (hand-written; see docs/lexicons.md for the sources of usage).

Outputs (overwritten; edit this script, not the outputs):
  src/ClaimTracker/Model/Data/iso-4217.tsv                      code, numeric, minor units (language-neutral)
  src/ClaimTracker.Languages.English/Lexicons/currencies.yaml   English names
  src/ClaimTracker.Languages.Arabic/Lexicons/currencies.yaml    Arabic names

Run from the repository root: python3 scripts/currencies/generate.py
"""
import json
import os
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
ISO_JSON = "/usr/share/iso-codes/json/iso_4217.json"

ADDED = [  # (code, numeric, English name) published by ISO after iso-codes 4.15.0
    ("ZWG", "924", "Zimbabwe Gold"),
    ("XCG", "532", "Caribbean Guilder"),
]
MINOR = {}
for c in "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF".split():
    MINOR[c] = 0
for c in "BHD IQD JOD KWD LYD OMR TND".split():
    MINOR[c] = 3
for c in "CLF UYW".split():
    MINOR[c] = 4
NO_MINOR = set("XAG XAU XBA XBB XBC XBD XDR XPD XPT XSU XTS XUA XXX".split())  # "N.A." in the ISO list

# ---------------------------------------------------------------- English
# Shared names: a bare name stands for any of these codes (unit currency-any:<family>:...). "dollar" is not
# shared here: in international news a bare dollar (and "$") is the US dollar.
EN_FAMILIES = {
    "riyal": (["riyal", "riyals", "rial", "rials"], ["IRR", "OMR", "QAR", "SAR", "YER"]),
    "dinar": (["dinar", "dinars"], ["BHD", "DZD", "IQD", "JOD", "KWD", "LYD", "RSD", "TND"]),
    "dirham": (["dirham", "dirhams"], ["AED", "MAD"]),
    "pound": (["pound", "pounds"], ["EGP", "FKP", "GBP", "GIP", "LBP", "SDG", "SHP", "SSP", "SYP"]),
    "lira": (["lira", "liras", "lire"], ["LBP", "SYP", "TRY"]),
    "franc": (["franc", "francs"], ["BIF", "CDF", "CHF", "DJF", "GNF", "KMF", "RWF", "XAF", "XOF", "XPF"]),
    "peso": (["peso", "pesos"], ["ARS", "CLP", "COP", "CUP", "DOP", "MXN", "PHP", "UYU"]),
    "rupee": (["rupee", "rupees"], ["INR", "LKR", "MUR", "NPR", "PKR", "SCR"]),
    "shilling": (["shilling", "shillings"], ["KES", "SOS", "TZS", "UGX"]),
    "krona": (["krona", "kronor", "krone", "kroner", "kronur"], ["DKK", "ISK", "NOK", "SEK"]),
}
# Extra English forms by code (names, symbols written before or after the number).
EN_EXTRA = {
    "USD": dict(forms=["us dollar", "us dollars", "u.s. dollar", "u.s. dollars", "american dollar", "american dollars", "dollar", "dollars", "bucks"], abbr=["USD"],
                symbols=["$", "US$", "US $"]),
    "EUR": dict(forms=["euro", "euros"], symbols=["€"]),
    "GBP": dict(forms=["pound sterling", "pounds sterling", "sterling", "british pound", "british pounds"], symbols=["£"]),
    "JPY": dict(forms=["yen", "japanese yen"], symbols=["¥"]),
    "CNY": dict(forms=["yuan", "renminbi", "chinese yuan"], symbols=[]),
    "INR": dict(forms=[], symbols=["₹"], abbr=["Rs", "Rs."]),
    "RUB": dict(forms=["rouble", "roubles", "ruble", "rubles", "russian rouble", "russian roubles"], symbols=["₽"]),
    "KRW": dict(forms=["won", "south korean won"], symbols=["₩"]),
    "KPW": dict(forms=["north korean won"], symbols=[]),
    "TRY": dict(forms=["turkish lira", "turkish liras", "turkish lire"], symbols=["₺"]),
    "ILS": dict(forms=["shekel", "shekels", "new shekel", "new shekels", "israeli shekel", "israeli shekels"], abbr=["NIS"], symbols=["₪"]),
    "EGP": dict(forms=["egyptian pound", "egyptian pounds"], abbr=["LE", "L.E."], symbols=["E£"]),
    "LBP": dict(forms=["lebanese pound", "lebanese pounds", "lebanese lira", "lebanese liras"], abbr=["LL"], symbols=[]),
    "SYP": dict(forms=["syrian pound", "syrian pounds", "syrian lira", "syrian liras"], symbols=[]),
    "SDG": dict(forms=["sudanese pound", "sudanese pounds"], symbols=[]),
    "SSP": dict(forms=["south sudanese pound", "south sudanese pounds"], symbols=[]),
    "SAR": dict(forms=["saudi riyal", "saudi riyals", "saudi rial", "saudi rials"], symbols=[], abbr=["SR"]),
    "QAR": dict(forms=["qatari riyal", "qatari riyals", "qatari rial", "qatari rials"], abbr=["QR"], symbols=[]),
    "OMR": dict(forms=["omani rial", "omani rials", "omani riyal", "omani riyals", "rial omani"], symbols=[]),
    "YER": dict(forms=["yemeni rial", "yemeni rials", "yemeni riyal", "yemeni riyals"], symbols=[]),
    "IRR": dict(forms=["iranian rial", "iranian rials"], symbols=[]),
    "AED": dict(forms=["uae dirham", "uae dirhams", "emirati dirham", "emirati dirhams"], abbr=["Dhs", "AED"], symbols=[]),
    "MAD": dict(forms=["moroccan dirham", "moroccan dirhams"], symbols=[]),
    "KWD": dict(forms=["kuwaiti dinar", "kuwaiti dinars"], abbr=["KD"], symbols=[]),
    "JOD": dict(forms=["jordanian dinar", "jordanian dinars"], abbr=["JD"], symbols=[]),
    "IQD": dict(forms=["iraqi dinar", "iraqi dinars"], symbols=[]),
    "BHD": dict(forms=["bahraini dinar", "bahraini dinars"], abbr=["BD"], symbols=[]),
    "LYD": dict(forms=["libyan dinar", "libyan dinars"], symbols=[]),
    "TND": dict(forms=["tunisian dinar", "tunisian dinars"], symbols=[]),
    "DZD": dict(forms=["algerian dinar", "algerian dinars"], symbols=[]),
    "CHF": dict(forms=["swiss franc", "swiss francs"], symbols=[]),
    "CAD": dict(forms=["canadian dollar", "canadian dollars"], symbols=["C$", "CA$"]),
    "AUD": dict(forms=["australian dollar", "australian dollars"], symbols=["A$", "AU$"]),
    "NZD": dict(forms=["new zealand dollar", "new zealand dollars"], symbols=["NZ$"]),
    "HKD": dict(forms=["hong kong dollar", "hong kong dollars"], symbols=["HK$"]),
    "SGD": dict(forms=["singapore dollar", "singapore dollars"], symbols=["S$"]),
    "BRL": dict(forms=["brazilian real", "brazilian reais", "reais"], symbols=["R$"]),
    "ZAR": dict(forms=["rand", "south african rand"], symbols=[]),
    "VES": dict(forms=["bolivar", "bolivars", "bolívares", "bolivares"], symbols=[]),
    "SLE": dict(forms=["leones"], symbols=[]),
    "MXN": dict(forms=["mexican peso", "mexican pesos"], symbols=["MX$"]),
    "NGN": dict(forms=["naira", "nigerian naira"], symbols=["₦"]),
    "UAH": dict(forms=["hryvnia", "hryvnias", "ukrainian hryvnia"], symbols=["₴"]),
    "PKR": dict(forms=["pakistani rupee", "pakistani rupees"], symbols=[]),
    "SEK": dict(forms=["swedish kronor"], symbols=[]),
    "NOK": dict(forms=["norwegian kroner"], symbols=[]),
    "DKK": dict(forms=["danish kroner"], symbols=[]),
    "ISK": dict(forms=["icelandic krona", "icelandic kronur", "icelandic krónur"], symbols=[]),
    "XDR": dict(forms=["special drawing right", "special drawing rights"], abbr=["SDR", "SDRs"], symbols=[]),
}
# Sub-units: forms and the codes they divide (the ratio is 10^minor units of the code).
EN_SUBUNITS = [
    (["cent", "cents"], ["USD", "EUR", "CAD", "AUD", "NZD", "HKD", "SGD"]),
    (["penny", "pence", "p"], ["GBP"]),
    (["piastre", "piastres", "piaster", "piasters"], ["EGP", "SDG", "SSP", "LBP", "SYP"]),
    (["fils"], ["AED", "BHD", "IQD", "JOD", "KWD", "YER"]),
    (["halala", "halalas", "halalah", "halalahs"], ["SAR"]),
    (["dirham", "dirhams"], ["QAR"]),
    (["baisa", "baisas", "baiza", "baizas"], ["OMR"]),
    (["kopeck", "kopecks", "kopek", "kopeks"], ["RUB"]),
    (["agora", "agorot"], ["ILS"]),
    (["kurus"], ["TRY"]),
    (["centime", "centimes"], ["CHF", "MAD", "DZD"]),
    (["millime", "millimes"], ["TND"]),
    (["dirham", "dirhams"], ["LYD"]),
]
# Funds, precious metals and technical codes: listed by code only (their ISO names, "Gold", "Silver", "Sucre",
# are ordinary words in a text); withdrawn codes whose name now belongs to the successor code likewise.
EN_CODE_ONLY = set("BOV CHE CHW CLF COU MXV USN UYI UYW XAG XAU XBA XBB XBC XBD XPD XPT XSU XTS XUA XXX SLL VED HRK ZWL".split())
EN_INVARIANT = {"yen", "yuan", "won", "rand", "baht", "kip", "riel", "kyat", "lek", "som", "sum", "tenge", "ngultrum",
                "lari", "loti", "pula", "kwacha", "kwanza", "leone", "naira", "rufiyaa", "tala", "vatu", "pa'anga",
                "manat", "denar", "lempira", "quetzal", "balboa", "colon", "sucre", "guarani", "dobra", "ouguiya",
                "ariary", "dalasi", "cedi", "afghani", "taka", "lilangeni", "nakfa", "birr", "kina", "gourde", "metical",
                "forint", "zloty", "koruna", "leu", "lev", "dram", "kuna", "hryvnia", "real", "boliviano", "bolívar",
                "bolivar", "córdoba", "cordoba", "sol", "somoni", "renminbi", "mark", "gold"}

# ---------------------------------------------------------------- Arabic
# Nouns: singular, accusative singular, plural(s), dual nominative, dual genitive/accusative, gender.
AR_NOUNS = {
    "ريال": ("ريال", "ريالا", ["ريالات"], "ريالان", "ريالين", "m"),
    "دينار": ("دينار", "دينارا", ["دنانير"], "ديناران", "دينارين", "m"),
    "درهم": ("درهم", "درهما", ["دراهم"], "درهمان", "درهمين", "m"),
    "جنيه": ("جنيه", "جنيها", ["جنيهات"], "جنيهان", "جنيهين", "m"),
    "ليرة": ("ليرة", "ليرة", ["ليرات"], "ليرتان", "ليرتين", "f"),
    "دولار": ("دولار", "دولارا", ["دولارات"], "دولاران", "دولارين", "m"),
    "فرنك": ("فرنك", "فرنكا", ["فرنكات"], "فرنكان", "فرنكين", "m"),
    "روبية": ("روبية", "روبية", ["روبيات"], "روبيتان", "روبيتين", "f"),
    "كرونة": ("كرونة", "كرونة", ["كرونات"], "كرونتان", "كرونتين", "f"),
    "كرونا": ("كرونا", "كرونا", [], None, None, "f"),
    "شلن": ("شلن", "شلنا", ["شلنات"], "شلنان", "شلنين", "m"),
    "روبل": ("روبل", "روبلا", ["روبلات"], "روبلان", "روبلين", "m"),
    "بيزو": ("بيزو", "بيزو", [], None, None, "m"),
    "مانات": ("مانات", "مانات", [], None, None, "m"),
    "أوقية": ("أوقية", "أوقية", ["أوقيات"], "أوقيتان", "أوقيتين", "f"),
    "يوان": ("يوان", "يوان", [], None, None, "m"),
    "ين": ("ين", "ين", [], None, None, "m"),
    "وون": ("وون", "وون", [], None, None, "m"),
    "راند": ("راند", "راند", [], None, None, "m"),
    "نيرة": ("نيرة", "نيرة", [], None, None, "f"),
    "بير": ("بير", "بيرا", [], None, None, "m"),
    "ناكفا": ("ناكفا", "ناكفا", [], None, None, "f"),
    "سوم": ("سوم", "سوم", [], None, None, "m"),
    "رينغيت": ("رينغيت", "رينغيت", [], None, None, "m"),
    "تاكا": ("تاكا", "تاكا", [], None, None, "f"),
    "دونغ": ("دونغ", "دونغ", [], None, None, "m"),
    "بات": ("بات", "بات", [], None, None, "m"),
    "درام": ("درام", "درام", [], None, None, "m"),
    "لاري": ("لاري", "لاري", [], None, None, "m"),
    "ليو": ("ليو", "ليو", [], None, None, "m"),
    "ليف": ("ليف", "ليف", [], None, None, "m"),
    "فورنت": ("فورنت", "فورنت", [], None, None, "m"),
    "زلوتي": ("زلوتي", "زلوتي", [], None, None, "m"),
    "هريفنيا": ("هريفنيا", "هريفنيا", [], None, None, "f"),
    "تينغ": ("تينغ", "تينغ", [], None, None, "m"),
    "أفغاني": ("أفغاني", "أفغانيا", [], None, None, "m"),
    "شيكل": ("شيكل", "شيكلا", ["شواكل", "شيكلات"], "شيكلان", "شيكلين", "m"),
}


def nisba(adj):
    """The agreeing forms of a nisba adjective (ending in ya): m, m-acc, f, m-dual nom/gen, f-dual nom/gen."""
    return dict(m=adj, macc=adj + "ا", f=adj + "ة", md=adj + "ان", mdg=adj + "ين", fd=adj + "تان", fdg=adj + "تين")


# code -> (noun, nisba adjective or None, extra forms, symbols/abbreviations)
AR_CURRENCIES = {
    # Arab League states
    "AED": ("درهم", "إماراتي", [], ["د.إ"]),
    "BHD": ("دينار", "بحريني", [], ["د.ب"]),
    "DZD": ("دينار", "جزائري", [], ["د.ج"]),
    "EGP": ("جنيه", "مصري", [], ["ج.م", "ج م"]),
    "IQD": ("دينار", "عراقي", [], ["د.ع"]),
    "JOD": ("دينار", "أردني", [], ["د.أ"]),
    "KWD": ("دينار", "كويتي", [], ["د.ك"]),
    "LBP": ("ليرة", "لبناني", ["جنيه لبناني"], ["ل.ل"]),
    "LYD": ("دينار", "ليبي", [], ["د.ل"]),
    "MAD": ("درهم", "مغربي", [], ["د.م"]),
    "MRU": ("أوقية", "موريتاني", [], []),
    "OMR": ("ريال", "عماني", [], ["ر.ع"]),
    "QAR": ("ريال", "قطري", [], ["ر.ق"]),
    "SAR": ("ريال", "سعودي", [], ["ر.س"]),
    "SDG": ("جنيه", "سوداني", [], ["ج.س"]),
    "SOS": ("شلن", "صومالي", [], []),
    "SYP": ("ليرة", "سوري", ["جنيه سوري"], ["ل.س"]),
    "TND": ("دينار", "تونسي", [], ["د.ت"]),
    "YER": ("ريال", "يمني", [], ["ر.ي"]),
    "DJF": ("فرنك", "جيبوتي", [], []),
    "KMF": ("فرنك", "قمري", [], []),
    "SSP": ("جنيه", None, ["جنيه جنوب سوداني", "جنيهات جنوب سودانية", "جنيها جنوب سودانيا"], []),
    # major currencies
    "USD": ("دولار", "أمريكي", ["دولار أميركي", "دولارات أميركية", "دولارا أميركيا", "دولار", "دولارات", "دولارا", "دولاران", "دولارين"], ["$", "US$"]),
    "EUR": ("يورو", None, ["يورو", "أورو", "يوروهات"], ["€"]),
    "GBP": ("جنيه", "إسترليني", ["جنيه استرليني", "جنيهات استرلينية", "جنيها استرلينيا", "إسترليني", "استرليني"], ["£"]),
    "JPY": ("ين", "ياباني", ["ين"], ["¥"]),
    "CNY": ("يوان", "صيني", ["يوان", "رنمينبي"], []),
    "CHF": ("فرنك", "سويسري", [], []),
    "CAD": ("دولار", "كندي", [], []),
    "AUD": ("دولار", "أسترالي", ["دولار استرالي", "دولارات استرالية"], []),
    "NZD": ("دولار", "نيوزيلندي", [], []),
    "HKD": ("دولار", None, ["دولار هونغ كونغ", "دولارات هونغ كونغ", "دولار هونج كونج"], []),
    "SGD": ("دولار", "سنغافوري", [], []),
    "RUB": ("روبل", "روسي", ["روبل", "روبلات", "روبلا"], ["₽"]),
    "INR": ("روبية", "هندي", [], ["₹"]),
    "KRW": ("وون", None, ["وون", "وون كوري جنوبي"], ["₩"]),
    "KPW": ("وون", None, ["وون كوري شمالي"], []),
    "BRL": ("ريال", "برازيلي", [], []),
    "MXN": ("بيزو", "مكسيكي", [], []),
    "ZAR": ("راند", None, ["راند", "راند جنوب أفريقي"], []),
    "SEK": ("كرونة", "سويدي", ["كرونا سويدية"], []),
    "NOK": ("كرونة", "نرويجي", ["كرونا نرويجية"], []),
    "DKK": ("كرونة", "دنماركي", ["كرونا دنماركية"], []),
    "CZK": ("كرونة", "تشيكي", [], []),
    "PLN": ("زلوتي", "بولندي", [], []),
    "HUF": ("فورنت", "مجري", ["فورنت هنغاري"], []),
    "RON": ("ليو", "روماني", [], []),
    "BGN": ("ليف", "بلغاري", [], []),
    "UAH": ("هريفنيا", "أوكراني", ["هريفنيا"], ["₴"]),
    "XDR": ("", None, ["حقوق السحب الخاصة", "وحدة حقوق سحب خاصة", "وحدات حقوق السحب الخاصة"], []),
    # neighbours of the Arab world
    "TRY": ("ليرة", "تركي", [], ["₺"]),
    "IRR": ("ريال", "إيراني", [], []),  # not تومان: a toman is ten rials
    "ILS": ("شيكل", None, ["شيكل", "شيكلا", "شواكل", "شيكلات", "شيكل إسرائيلي", "شيكل جديد", "شيكلين"], ["₪"]),
    "ETB": ("بير", "إثيوبي", [], []),
    "ERN": ("ناكفا", "إريتري", [], []),
    "PKR": ("روبية", "باكستاني", [], []),
    "AFN": None,  # أفغاني is also the nisba "Afghan" ("12 أفغانيا" = twelve Afghans): by code only
    "AZN": ("مانات", "أذربيجاني", [], []),
    "TMT": ("مانات", "تركمانستاني", ["مانات تركماني"], []),
    "AMD": ("درام", "أرميني", [], []),
    "GEL": ("لاري", "جورجي", [], []),
    "UZS": ("سوم", "أوزبكي", [], []),
    "KZT": ("تينغ", "كازاخستاني", ["تنغي كازاخستاني"], []),
    "BDT": ("تاكا", "بنغلاديشي", [], []),
    "IDR": ("روبية", "إندونيسي", [], []),
    "MYR": ("رينغيت", "ماليزي", [], []),
    "LKR": ("روبية", "سريلانكي", [], []),
    "NPR": ("روبية", "نيبالي", [], []),
    "KES": ("شلن", "كيني", [], []),
    "TZS": ("شلن", "تنزاني", [], []),
    "UGX": ("شلن", "أوغندي", [], []),
    "NGN": ("نيرة", "نيجيري", [], ["₦"]),
    "XOF": ("فرنك", None, ["فرنك غرب أفريقي", "فرنك أفريقي غربي", "فرنك سيفا"], []),
    "XAF": ("فرنك", None, ["فرنك وسط أفريقي", "فرنك أفريقي وسطي"], []),
    "VND": ("دونغ", "فيتنامي", [], []),
    "THB": ("بات", "تايلندي", [], ["฿"]),
    "CYP": None,
}
# Bare shared nouns: every code whose Arabic entry uses the noun with a country adjective (the ambiguity set),
# except the bare forms given a code above by convention (دولار = USD, يورو...).
AR_FAMILY_KEYS = {"ريال": "riyal", "دينار": "dinar", "درهم": "dirham", "جنيه": "pound", "ليرة": "lira", "فرنك": "franc",
                  "روبية": "rupee", "شلن": "shilling", "كرونة": "krona", "بيزو": "peso"}
AR_SUBUNITS = [
    (["سنت", "سنتات", "سنتا", "سنتين"], ["USD", "EUR", "CAD", "AUD", "NZD", "HKD", "SGD"]),
    (["قرش", "قروش", "قرشا", "قرشين"], ["EGP", "SDG", "SSP", "LBP", "SYP", "JOD"]),
    (["فلس", "فلسا", "فلوس", "فلسين"], ["AED", "BHD", "IQD", "KWD", "YER", "JOD"]),
    (["هللة", "هللات", "هللتين"], ["SAR"]),
    (["بيسة", "بيسات", "بيستين"], ["OMR"]),
    (["درهم", "دراهم", "درهما", "درهمين"], ["QAR", "LYD"]),
    (["سنتيم", "سنتيمات", "سنتيما"], ["MAD", "DZD", "CHF"]),
    (["مليم", "مليمات", "مليما", "مليمين"], ["TND", "EGP"]),
    (["بنس", "بنسات", "بنسا", "بنسين"], ["GBP"]),
    (["كوبيك", "كوبيكات"], ["RUB"]),
    (["أغورة", "أغورات"], ["ILS"]),
    (["قرش"], ["TRY"]),
]


def yaml_list(items):
    out = []
    for i in items:
        s = str(i)
        if any(ch in s for ch in ":#[]{},&*!|>'\"%@`") or s.strip() != s or s[:1] in "-?":
            s = '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'
        out.append(s)
    return "[" + ", ".join(out) + "]"


def header(lang, desc, note):
    return (f"language: {lang}\nsource:\n  name: ClaimTracker contributors\n  license: MIT\n  note: >-\n    {note}\n"
            f"description: {desc}\nentries:\n")


def load_iso():
    data = json.load(open(ISO_JSON, encoding="utf-8"))["4217"]
    rows = [(d["alpha_3"], d["numeric"], d["name"]) for d in data]
    known = {r[0] for r in rows}
    rows += [a for a in ADDED if a[0] not in known]
    return sorted(rows)


def en_plural(word):
    last = word.split()[-1]
    if last.lower() in EN_INVARIANT:
        return None
    base = word
    if base.endswith("y") and not base.endswith(("ay", "ey", "oy", "uy")):
        return base[:-1] + "ies"
    if base.endswith(("s", "x", "ch", "sh")):
        return base + "es"
    return base + "s"


def write_iso(rows):
    path = os.path.join(ROOT, "src/ClaimTracker/Model/Data/iso-4217.tsv")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("# ISO 4217 list one (currency, fund and precious-metal codes): alphabetic code, numeric code, minor units\n")
        f.write("# (decimals of the minor unit; '-' where the list says N.A.). Source: ISO 4217 maintenance agency list as\n")
        f.write("# transcribed by Debian iso-codes 4.15.0, plus ZWG (2024) and XCG (2025). Generated by scripts/currencies/generate.py.\n")
        for code, num, _ in rows:
            minor = "-" if code in NO_MINOR else str(MINOR.get(code, 2))
            f.write(f"{code}\t{num}\t{minor}\n")


def write_en(rows):
    lines = []
    fam_forms = {}
    for fam, (forms, codes) in EN_FAMILIES.items():
        lines.append(f"  - {{ family: {fam}, codes: {yaml_list(codes)}, forms: {yaml_list(forms)} }}")
        for f in forms:
            fam_forms[f] = fam
    for code, _, name in rows:
        lname = name.lower().replace("’", "'")
        forms = []
        if code not in EN_CODE_ONLY:
            forms.append(lname)
            p = en_plural(lname) if code != "AFN" else None  # "Afghanis" also names people
            if p:
                forms.append(p)
        extra = EN_EXTRA.get(code, dict(forms=[], symbols=[]))
        forms += extra["forms"]
        # A bare name that is a family's form stays with the family.
        forms = [f for i, f in enumerate(forms) if f not in forms[:i] and f not in fam_forms]
        abbr = [code] + [a for a in extra.get("abbr", []) if a != code]
        entry = f"  - {{ code: {code}, forms: {yaml_list(forms)}"
        if extra["symbols"]:
            entry += f", symbols: {yaml_list(extra['symbols'])}"
        entry += f", abbreviations: {yaml_list(abbr)} }}"
        lines.append(entry)
    for forms, codes in EN_SUBUNITS:
        lines.append(f"  - {{ subunitOf: {yaml_list(codes)}, forms: {yaml_list(forms)} }}")
    text = header("en", "English currency names, symbols, ISO codes, shared names and sub-units.",
                  "Every ISO 4217 code (list one, see src/ClaimTracker/Model/Data/iso-4217.tsv) with its ISO English name, "
                  "its regular plural and its code; common symbols and alternative names of the main currencies; shared "
                  "names (riyal, dinar, pound, franc...) as families of codes; sub-units whose ratio is 10^(minor units). "
                  "Generated by scripts/currencies/generate.py.") + "\n".join(lines) + "\n"
    open(os.path.join(ROOT, "src/ClaimTracker.Languages.English/Lexicons/currencies.yaml"), "w", encoding="utf-8").write(text)


DUAL_WORDS = {w for v in AR_NOUNS.values() for w in v[3:5] if w}


def ar_forms(noun, adj):
    forms, duals = [], []
    if adj is None:
        return forms, duals
    sg, acc, pls, dn, dg, g = AR_NOUNS[noun]
    a = nisba(adj)
    if g == "m":
        forms += [f"{sg} {a['m']}", f"{acc} {a['macc']}"]
        if dn:
            duals += [f"{dn} {a['md']}", f"{dg} {a['mdg']}"]
    else:
        forms += [f"{sg} {a['f']}"]
        if dn:
            duals += [f"{dn} {a['fd']}", f"{dg} {a['fdg']}"]
    for p in pls:  # non-human plurals agree with a feminine singular adjective
        forms.append(f"{p} {a['f']}")
    return forms, duals


def write_ar(rows):
    codes = {r[0] for r in rows}
    lines = []
    families = {}
    for code, spec in AR_CURRENCIES.items():
        if spec is None or code not in codes:
            continue
        noun, adj, extra, symbols = spec
        if noun in AR_FAMILY_KEYS and adj is not None:
            families.setdefault(noun, set()).add(code)
    taken = set()
    for code, spec in AR_CURRENCIES.items():
        if spec is None or code not in codes:
            continue
        noun, adj, extra, symbols = spec
        forms, duals = ar_forms(noun, adj) if noun else ([], [])
        for e in extra:
            (duals if e.split()[0] in DUAL_WORDS else forms).append(e)
        forms = [f for i, f in enumerate(forms) if f not in forms[:i]]
        taken.update(forms)
        entry = f"  - {{ code: {code}, forms: {yaml_list(forms)}"
        if duals:
            entry += f", duals: {yaml_list(duals)}"
        if symbols:
            entry += f", symbols: {yaml_list(symbols)}"
        entry += f", abbreviations: {yaml_list([code])} }}"
        lines.append(entry)
    # Every other ISO code at least by its code.
    for code, _, _ in rows:
        if AR_CURRENCIES.get(code) is None:
            lines.append(f"  - {{ code: {code}, forms: [], abbreviations: {yaml_list([code])} }}")
    fam_lines = []
    for noun, fam in AR_FAMILY_KEYS.items():
        cands = sorted(families.get(noun, set()) & set(EN_FAMILIES.get(fam, ([], []))[1]))
        if len(cands) < 2:
            continue
        sg, acc, pls, dn, dg, g = AR_NOUNS[noun]
        forms = [f for f in [sg, acc] + pls if f not in taken]
        forms = [f for i, f in enumerate(forms) if f not in forms[:i]]
        duals = [d for d in [dn, dg] if d and d not in taken]
        entry = f"  - {{ family: {fam}, codes: {yaml_list(cands)}, forms: {yaml_list(forms)}"
        if duals:
            entry += f", duals: {yaml_list(duals)}"
        fam_lines.append(entry + " }")
    for forms, cs in AR_SUBUNITS:
        duals = [f for f in forms if f.endswith("ين")]
        plain = [f for f in forms if f not in duals]
        entry = f"  - {{ subunitOf: {yaml_list(cs)}, forms: {yaml_list(plain)}"
        if duals:
            entry += f", duals: {yaml_list(duals)}"
        fam_lines.append(entry + " }")
    text = header("ar", "Arabic currency names, symbols, ISO codes, shared names and sub-units.",
                  "Every ISO 4217 code (see src/ClaimTracker/Model/Data/iso-4217.tsv) by its code; Arabic names of the "
                  "currencies of the Arab League states, the major currencies and the neighbours of the Arab world, in the "
                  "forms that follow a number: singular and accusative singular with the masculine nisba adjective "
                  "(ريال سعودي، ريالا سعوديا), feminine nouns with the feminine adjective (ليرة لبنانية), broken and sound "
                  "plurals with the feminine singular adjective of non-human plurals (دنانير أردنية، ليرات لبنانية), duals "
                  "with the dual adjective (دينارين كويتيين); official abbreviations (ج.م، د.ك، ر.س); a shared noun "
                  "without its adjective (ريال، دينار، جنيه، ليرة) as a family of codes; sub-units (قرش، فلس، هللة). "
                  "Generated by scripts/currencies/generate.py.") + "\n".join(lines + fam_lines) + "\n"
    open(os.path.join(ROOT, "src/ClaimTracker.Languages.Arabic/Lexicons/currencies.yaml"), "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    if not os.path.exists(ISO_JSON):
        sys.exit(f"{ISO_JSON} not found: apt-get install iso-codes")
    rows = load_iso()
    write_iso(rows)
    write_en(rows)
    write_ar(rows)
    print(f"{len(rows)} ISO 4217 codes")
