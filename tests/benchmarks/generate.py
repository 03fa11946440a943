"""A generated catalogue for benchmarks: realistic Ukrainian and English records at scale.

Deterministic for a given ``n`` and ``seed``, so every benchmark measures the same data.
Partners follow a long-tailed distribution (a few partnerships hold thousands of records,
most hold a few dozen), as a real catalogue would. Generated files and catalogues are
cached under ``PACTUM_BENCH_DIR`` (default: the system temp folder) and rebuilt whenever
the store's code changes.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pycountry

from db import (
    Agreement,
    Commitment,
    Kind,
    PartialDate,
    Party,
    Signatory,
    Source,
    Status,
    is_country,
    open_catalog,
)
from db.features.interchange import FORMAT, FORMAT_VERSION, import_data, import_file
from db.store.codec import encode
from db.store.model import CONTENT_FIELDS

if TYPE_CHECKING:
    from db import Catalog

ORGANISATIONS = (
    "NATO",
    "EU",
    "OSCE",
    "UN",
    "IAEA",
    "EBRD",
    "World Bank",
    "IMF",
    "Council of Europe",
    "UNDP",
    "Міністерство оборони України",
    "Укроборонпром",
    "Rheinmetall",
    "Baykar",
)
FIRST_UK = (
    "Денис",
    "Олександр",
    "Юлія",
    "Андрій",
    "Ольга",
    "Дмитро",
    "Михайло",
    "Ірина",
    "Сергій",
    "Тарас",
    "Оксана",
    "Віталій",
    "Рустем",
    "Наталія",
    "Петро",
)
LAST_UK = (
    "Шмигаль",
    "Умєров",
    "Свириденко",
    "Сибіга",
    "Кулеба",
    "Федоров",
    "Стефанчук",
    "Коваленко",
    "Бондаренко",
    "Ткаченко",
    "Шевченко",
    "Мельник",
    "Кравчук",
    "Гончаренко",
)
FIRST_EN = (
    "David",
    "Anna",
    "Pål",
    "Dovilė",
    "Mark",
    "Kaja",
    "Boris",
    "Hanna",
    "Lars",
    "Jean",
    "Maria",
    "Giorgia",
    "Petr",
    "Annalena",
    "Radosław",
)
LAST_EN = (
    "McGuinty",
    "Jonson",
    "Šakalienė",
    "Rutte",
    "Kallas",
    "Pistorius",
    "Lecornu",
    "Healey",
    "Sikorski",
    "Fiala",
    "Baerbock",
    "Hegseth",
    "Brekke",
    "Pevkur",
    "Sprūds",
)
ROLES = (
    ("Міністр оборони", "Minister of Defence"),
    ("Міністр закордонних справ", "Minister of Foreign Affairs"),
    ("Прем'єр-міністр", "Prime Minister"),
    ("Президент", "President"),
    ("Міністр економіки", "Minister of Economy"),
    ("Генеральний секретар", "Secretary General"),
)
SUBJECTS = (
    ("joint production", "спільного виробництва оборонної продукції"),
    ("long-range drones", "далекобійних безпілотників"),
    ("air defence", "протиповітряної оборони"),
    ("demining", "гуманітарного розмінування"),
    ("energy security", "енергетичної безпеки"),
    ("reconstruction", "відбудови критичної інфраструктури"),
    ("technology exchange", "обміну технологіями"),
    ("military aid", "військової допомоги"),
    ("cyber security", "кібербезпеки"),
    ("training", "підготовки військовослужбовців"),
    ("artillery ammunition", "виробництва артилерійських боєприпасів"),
    ("joint ventures", "створення спільних підприємств"),
    ("financing of procurement", "фінансування закупівель озброєння"),
    ("grain exports", "експорту зерна"),
    ("sanctions", "санкційної політики"),
    ("medical aid", "медичної допомоги"),
    ("education", "освіти та науки"),
    ("maritime security", "безпеки судноплавства"),
    ("critical minerals", "критичних мінералів"),
    ("veterans", "підтримки ветеранів"),
)
TITLE_UK = {
    Kind.LETTER_OF_INTENT: "Лист про наміри щодо {}",
    Kind.AGREEMENT: "Угода про співробітництво у сфері {}",
    Kind.MEMORANDUM: "Меморандум про взаєморозуміння щодо {}",
    Kind.JOINT_DECLARATION: "Спільна декларація щодо {}",
    Kind.PROTOCOL: "Протокол про внесення змін до угоди щодо {}",
    Kind.CONTRACT: "Контракт на постачання в рамках {}",
    Kind.TREATY: "Договір про співробітництво у галузі {}",
    Kind.OTHER: "Домовленість щодо {}",
}
TITLE_EN = {
    Kind.LETTER_OF_INTENT: "Letter of Intent on {}",
    Kind.AGREEMENT: "Agreement on cooperation in {}",
    Kind.MEMORANDUM: "Memorandum of Understanding on {}",
    Kind.JOINT_DECLARATION: "Joint Declaration on {}",
    Kind.PROTOCOL: "Protocol amending the agreement on {}",
    Kind.CONTRACT: "Contract for {}",
    Kind.TREATY: "Treaty on {}",
    Kind.OTHER: "Arrangement on {}",
}
SENTENCES_UK = (
    "Сторони домовилися про розширення співпраці у сфері {}.",
    "Документ передбачає запуск спільних проєктів та обмін досвідом щодо {}.",
    "Міністри обговорили подальші кроки та фінансування {}.",
    "Підписання відбулося під час офіційного візиту делегації до {}.",
    "Угода зміцнить безпеку обох країн і сприятиме розвитку промисловості.",
)
SENTENCES_EN = (
    "The parties agreed to expand cooperation on {}.",
    "The document provides for joint projects and the exchange of expertise on {}.",
    "The ministers discussed next steps and the financing of {}.",
    "The signing took place during an official visit of the delegation to {}.",
    "The agreement will strengthen the security of both countries and support industry.",
)
OUTLETS = (
    "Укрінформ",
    "Міністерство оборони України",
    "Телеграм-канал міністра",
    "Reuters",
    "Kyiv Independent",
    "Європейська правда",
    "Government portal",
)


MAIN_PARTNERS = (
    "PL",
    "US",
    "LT",
    "GB",
    "DE",
    "FR",
    "CA",
    "SE",
    "NATO",
    "EU",
    "EE",
    "LV",
    "NL",
    "DK",
    "NO",
    "FI",
    "CZ",
    "IT",
    "JP",
    "TR",
)


def partners(rng: random.Random) -> list[str]:
    """About 200 counterparts, the usual partners first: every state but Ukraine, a few
    organisations."""
    rest = sorted(
        {c.alpha_2 for c in pycountry.countries if c.alpha_2 != "UA"}
        | set(ORGANISATIONS) - set(MAIN_PARTNERS)
    )
    rng.shuffle(rest)
    return list(MAIN_PARTNERS) + rest[: 200 - len(MAIN_PARTNERS)]


def _party(key: str) -> Party:
    return Party.state(key) if is_country(key) else Party.org(key)


def generate_agreements(n: int, seed: int = 0) -> Iterator[Agreement]:
    """``n`` valid, varied records (about a third in English, the rest in Ukrainian)."""
    rng = random.Random(seed)
    keys = partners(rng)
    weights = [1 / (rank + 1) ** 0.9 for rank in range(len(keys))]
    for i in range(n):
        english = rng.random() < 0.35
        kind = rng.choices(list(Kind), weights=(30, 20, 20, 10, 5, 8, 4, 3))[0]
        counterpart = rng.choices(keys, weights)[0]
        keys_here = ["UA", counterpart] if rng.random() < 0.85 else [counterpart]
        while len(keys_here) < 2 or rng.random() < 0.08:
            extra = rng.choices(keys, weights)[0]
            if extra not in keys_here:
                keys_here.append(extra)
        subjects = rng.sample(SUBJECTS, rng.randint(1, 4))
        topic = subjects[0][0] if english else subjects[0][1]
        title = (TITLE_EN if english else TITLE_UK)[kind].format(topic)
        year = rng.randint(1995, 2025)
        precision = rng.random()
        if precision < 0.8:
            signed = PartialDate(year, rng.randint(1, 12), rng.randint(1, 28))
        elif precision < 0.95:
            signed = PartialDate(year, rng.randint(1, 12))
        else:
            signed = PartialDate(year)
        signatories = []
        for key in keys_here[:3]:
            first, last = (FIRST_UK, LAST_UK) if key == "UA" or not english else (FIRST_EN, LAST_EN)
            role = rng.choice(ROLES)[1 if english else 0]
            signatories.append(Signatory(f"{rng.choice(first)} {rng.choice(last)}", role, key))
        pool = SENTENCES_EN if english else SENTENCES_UK
        summary = " ".join(
            rng.choice(pool).format(rng.choice(subjects)[0 if english else 1])
            for _ in range(rng.randint(2, 5))
        )
        full_text = ""
        if rng.random() < 0.25:
            full_text = "\n\n".join(
                " ".join(
                    rng.choice(pool).format(rng.choice(SUBJECTS)[0 if english else 1])
                    for _ in range(6)
                )
                for _ in range(rng.randint(2, 6))
            )
        commitments = []
        if rng.random() < 0.3:
            until = PartialDate(min(year + rng.randint(1, 6), 2030))
            amount = round(rng.uniform(0.05, 500), 2)
            unit = rng.choice(("% of GDP", "EUR m", "USD m", "units"))
            desc = ("Provide {} for {}" if english else "Надати {} на потреби {}").format(
                unit, rng.choice(subjects)[0 if english else 1]
            )
            commitments.append(Commitment(keys_here[-1], desc, amount, unit, until))
        sources = [
            Source(
                rng.choice(OUTLETS),
                f"https://example.org/news/{seed}-{i}",
                signed,
                summary.split(".")[0] + ".",
            )
        ]
        yield Agreement(
            title=title,
            kind=kind,
            parties=tuple(_party(k) for k in keys_here),
            status=rng.choices(list(Status), weights=(5, 50, 10, 20, 8, 4, 3))[0],
            signed_on=signed,
            place=rng.choice(("", "Київ", "Kyiv", "Brussels", "Вільнюс", "Washington")),
            signatories=tuple(signatories),
            subjects=tuple(s[0] for s in subjects),
            commitments=tuple(commitments),
            summary=summary,
            full_text=full_text,
            sources=tuple(sources),
            notes=("Перевірити текст документа",) if rng.random() < 0.05 else (),
            uuid=f"00000000-0000-4000-8000-{seed:04d}{i:08d}",
        )


def bench_dir() -> Path:
    folder = Path(os.environ.get("PACTUM_BENCH_DIR", Path(tempfile.gettempdir()) / "pactum-bench"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def interchange_file(n: int = 100_000, seed: int = 0) -> Path:
    """The generated records as a Pactum JSON export (made once, then reused)."""
    path = bench_dir() / f"generated-{n}-{seed}.json"
    if not path.exists():
        partial = path.with_suffix(".partial")
        with partial.open("w", encoding="utf-8") as out:
            out.write(json.dumps({"format": FORMAT, "format_version": FORMAT_VERSION})[:-1])
            out.write(', "agreements": [\n')
            for k, agreement in enumerate(generate_agreements(n, seed)):
                item = encode(agreement, ("uuid", *CONTENT_FIELDS))
                out.write((",\n" if k else "") + json.dumps(item, ensure_ascii=False))
            out.write("\n]}\n")
        partial.replace(path)
    return path


READERS = (
    "search/engine.py",
    "search/query.py",
    "search/ranking.py",
    "search/snippet.py",
    "store/facet_counts.py",
    "store/queries.py",
    "features/duplicates.py",
    "features/matrix.py",
)
"""Modules of db/ that only read a catalogue (how a search ranks, how facets, the matrix and
duplicates are counted): changing them changes no file, so no cached catalogue."""


def _store_fingerprint() -> str:
    """Changes whenever the store's code does, so a cached catalogue is never stale."""
    digest = hashlib.sha256()
    root = Path(__file__).resolve().parents[2] / "db"
    for source in sorted(root.rglob("*.py")):
        if source.relative_to(root).as_posix() not in READERS:
            digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


CHUNK = 100_000
"""Records per import when a catalogue is built in chunks (its export would pass 2 GB)."""


def _import_in_chunks(catalog: Catalog, n: int, seed: int) -> None:
    """The same records as :func:`interchange_file` holds, imported ``CHUNK`` at a time,
    straight from the generator: a 1,000,000-record export is larger than one import
    reads whole."""
    chunk: list[dict[str, object]] = []
    for agreement in generate_agreements(n, seed):
        chunk.append(encode(agreement, ("uuid", *CONTENT_FIELDS)))
        if len(chunk) == CHUNK:
            import_data(catalog, _interchange(chunk))
            chunk = []
    if chunk:
        import_data(catalog, _interchange(chunk))


def _interchange(items: list[dict[str, object]]) -> dict[str, object]:
    return {"format": FORMAT, "format_version": FORMAT_VERSION, "agreements": items}


def cached_catalogue(n: int = 100_000, seed: int = 0) -> Path:
    """The cached build of ``n`` generated records, made when the store's code changed."""
    cached = bench_dir() / f"generated-{n}-{seed}-{_store_fingerprint()}.pactum"
    if not cached.exists():
        partial = cached.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        with open_catalog(partial, create=True, user="bench") as catalog:
            if n > CHUNK:
                _import_in_chunks(catalog, n, seed)
            else:
                import_file(catalog, interchange_file(n, seed))
            catalog.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        partial.replace(cached)
    return cached


def build_catalogue(path: Path, n: int = 100_000, seed: int = 0) -> Path:
    """A catalogue of ``n`` generated records at ``path`` (copied from a cached build)."""
    shutil.copyfile(cached_catalogue(n, seed), path)
    return path
