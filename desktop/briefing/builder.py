"""``build_briefing``: one partnership or a pack of them, in one PDF or one file each.

Each PDF is laid out in a single pass (see ``template``): the contents list every heading
of the story from the start and get their page numbers when the pages are written.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Paragraph

from db import (
    DOCX,
    PDF,
    Agreement,
    Catalog,
    CatalogError,
    Kind,
    NoProgress,
    PartialDate,
    Progress,
    check_output_folder,
    check_output_path,
    write_output,
)
from desktop import __version__
from desktop.briefing import followup, sections, word
from desktop.briefing.content import Part, Scope, count_documents, gather, in_full, summarise
from desktop.briefing.cover import CoverFacts, cover, kind_names
from desktop.briefing.keypoints import KeyPoints, cut_off, key_points
from desktop.briefing.since import SinceLast
from desktop.briefing.since import since_last as since_last_changes
from desktop.briefing.styles import esc, styles
from desktop.briefing.template import (
    Anchor,
    BriefingTemplate,
    ContentsLine,
    Heading,
    numbered_canvas,
)
from desktop.briefing.text import long_date, pack_name, partnership_name, period, t


@dataclass(frozen=True)
class Options:
    """How every file of one call is made."""

    lang: str
    marking: str | None
    scope: Scope
    full_texts: bool
    today: dt.date
    author: str
    latest: int | None = None
    """Summary mode: only the latest N documents in full, the rest as a one-line list."""


@dataclass(frozen=True)
class Extras:
    """What a part says beyond its records: the key points, and the changes since."""

    points: KeyPoints
    since: SinceLast | None
    since_title: str = ""


DOCUMENT_KEY = re.compile(r"-doc\d+$")
"""A document's heading (``sections.document``), as opposed to a section's."""
CONTENTS_DOCUMENTS = 30
"""Past this many documents, the contents list parts and sections, not every document."""


def build_briefing(
    catalog: Catalog,
    partners: Sequence[str],
    out: Path,
    *,
    lang: str = "uk",
    marking: str | None = None,
    since: PartialDate | None = None,
    until: PartialDate | None = None,
    subjects: Sequence[str] = (),
    kinds: Sequence[Kind] = (),
    full_texts: bool = False,
    per_file: bool = False,
    progress: Progress | None = None,
    today: dt.date | None = None,
    since_last: bool = False,
    changes_since: dt.date | None = None,
    latest: int | None = None,
) -> list[Path]:
    """Write the briefing of each partnership of the home party with ``partners``.

    All partnerships go into the one PDF ``out`` (one part each, shared contents), or with
    ``per_file`` into ``out`` as a folder, a file per partnership. Returns the files written.
    A cancelled ``progress`` raises ``db.store.progress.Cancelled`` and leaves no file behind.
    A target that is the catalogue, its companions or backups is refused before any work
    (``db.errors.OutputPathError``). A target ending in ``.docx`` is a Word document.

    ``since_last`` adds "Since the last briefing" (what changed since the last briefing of
    the same partners), ``changes_since`` the same since a given day; ``latest`` makes a
    summary: only the latest N documents in full. Each briefing made is remembered in the
    catalogue for the next one's since-last section.
    """
    if not partners:
        raise ValueError("a briefing needs at least one partner")
    lang = "uk" if lang == "uk" else "en"
    groups = [[p] for p in partners] if per_file else [list(partners)]
    home = catalog.home_party
    if per_file:
        folder = check_output_folder(out, catalog.path)
        targets = [folder / file_name(home, group[0], lang) for group in groups]
    else:
        targets = [out]
    targets = [
        check_output_path(target, catalog.path, DOCX if target.suffix == ".docx" else PDF)
        for target in targets
    ]
    progress = progress or NoProgress()
    options = Options(
        lang=lang,
        marking=marking.strip() if marking and marking.strip() else None,
        scope=Scope(since, until, tuple(subjects), tuple(kinds)),
        full_texts=full_texts,
        today=today or dt.date.today(),
        author=catalog.user or "Pactum",
        latest=latest,
    )
    documents = count_documents(catalog, home, list(partners), options.scope)
    total = documents * 2 + 1
    written = []
    done = 0
    for group, target in zip(groups, targets, strict=True):
        parts = []
        for partner in group:
            part = gather(catalog, home, partner, options.scope, progress, done, total)
            done += len(part.agreements)
            parts.append(part)
        extras = [
            _extras(catalog, group, part, options, since_last, changes_since) for part in parts
        ]
        if target.suffix.lower() == ".docx":
            data = word.render(parts, extras, options)
        else:
            data = render(parts, options, progress, done, total, extras)
        done += sum(len(p.agreements) for p in parts)
        write_output(target, data)
        written.append(target)
        _remember(catalog, group, parts, options, target)
    progress.set(total, total)
    return written


def file_name(home: str, partner: str, lang: str) -> str:
    """A safe file name for one partnership's briefing, e.g. ``briefing-UA-LT-uk.pdf``."""
    safe = re.sub(r"[^\w.-]+", "_", partner).strip("_")[:60].strip("_") or "partner"
    return f"briefing-{home}-{safe}-{lang}.pdf"


def _extras(
    catalog: Catalog,
    group: list[str],
    part: Part,
    options: Options,
    since_last: bool,
    changes_since: dt.date | None,
) -> Extras:
    points = key_points(part.agreements, options.today)
    if changes_since is not None:
        stamp = dt.datetime.combine(changes_since, dt.time(), dt.UTC).isoformat()
        since = since_last_changes(catalog, part.agreements, stamp, None, options.today)
        return Extras(
            points, since, t("since_day", options.lang, date=long_date(changes_since, options.lang))
        )
    if not since_last:
        return Extras(points, None)
    previous = catalog.last_briefing(group)
    if previous is None:
        return Extras(points, None, t("since_none", options.lang))
    since = since_last_changes(
        catalog, part.agreements, previous.made_at, previous.digest, options.today
    )
    day = dt.datetime.fromisoformat(previous.made_at).date()
    return Extras(points, since, t("since_last", options.lang, date=long_date(day, options.lang)))


def _remember(
    catalog: Catalog, group: list[str], parts: list[Part], options: Options, target: Path
) -> None:
    """Keep what this briefing covered, for the next one's since-last section. A briefing
    made from a catalogue that cannot be written (read-only, busy) is still made: the
    next one then counts from the one before."""
    digest = {a.uuid: a.version for part in parts for a in part.agreements}
    settings = {
        "lang": options.lang,
        "format": target.suffix.lower().lstrip("."),
        "latest": options.latest,
    }
    with contextlib.suppress(CatalogError):
        catalog.remember_briefing(list(group), settings, digest)


def render(
    parts: list[Part],
    options: Options,
    progress: Progress,
    done: int,
    total: int,
    extras: list[Extras] | None = None,
) -> bytes:
    """Lay the parts out as one PDF and return its bytes."""
    lang = options.lang
    s = styles()
    single = len(parts) == 1
    names = [partnership_name(p.home, p.partner, lang) for p in parts]
    kicker = t("briefing", lang) if single else t("pack", lang)
    title = f"{kicker}: {', '.join(names)}"
    scope = options.scope
    covered = [a for p in parts for a in p.agreements]
    facts = CoverFacts(
        kicker=kicker,
        title=names[0] if single else pack_name(parts[0].home, [p.partner for p in parts], lang),
        period=_period(scope, covered, lang),
        prepared=options.today,
        documents=len(covered),
        kinds=kind_names(scope.kinds, lang),
        subjects=scope.subjects,
        marking=options.marking,
        cut_off=cut_off(covered, options.today, lang),
    )
    story: list[Flowable] = cover(facts, lang)
    story[-1:] = [*story[-1:], NextPageTemplate("body"), PageBreak()]
    header = f"{kicker} · {names[0]}" if single else kicker
    story.insert(0, Heading("", s["small"], Anchor("cover", 0, title, toc=False, header=header)))
    story.append(sections.heading(t("contents", lang), "h1", "contents", 0, toc=False))
    contents_at = len(story)
    level = 0 if single else 1
    for number, (part, name) in enumerate(zip(parts, names, strict=True), 1):
        key = f"p{number}"
        story.append(PageBreak())
        if not single:
            story.append(
                sections.heading(
                    f"{t('part', lang, n=number)}. {name}",
                    "part",
                    key,
                    0,
                    header=f"{kicker} · {name}",
                )
            )
        extra = extras[number - 1] if extras else None
        if extra is not None:
            story += followup.key_points_box(extra.points, lang)
        if extra is not None and extra.since_title:
            story.append(sections.heading(extra.since_title, "h1", f"{key}-since", level))
            if extra.since is None:
                story.append(Paragraph(esc(t("since_none_text", lang)), s["body"]))
            else:
                story += followup.since_section(extra.since, lang)
        story += sections.overview(part, summarise(part, options.today), key, level, lang)
        if not part.agreements:
            story.append(Paragraph(esc(t("no_documents", lang)), s["body"]))
            continue
        story += sections.chart(part, key, level, lang)
        story += sections.register(part, key, level, lang)
        story.append(PageBreak())
        shown = dataclasses.replace(part, agreements=in_full(part, options.latest))
        story += sections.documents(shown, key, level, lang)
        if options.full_texts:
            appendix = sections.appendix(part, key, level, lang)
            story += [PageBreak(), *appendix] if appendix else []
    levels = ["toc0", "toc2"] if single else ["toc0", "toc1", "toc2"]
    pages: dict[str, int] = {}
    every_document = len(covered) <= CONTENTS_DOCUMENTS
    story[contents_at:contents_at] = [
        ContentsLine(f.anchor, s[levels[f.anchor.level]], pages)
        for f in story
        if isinstance(f, Heading)
        and f.anchor.toc
        and (every_document or not DOCUMENT_KEY.search(f.anchor.key))
    ]
    buffer = io.BytesIO()
    doc = BriefingTemplate(
        buffer,
        lang=lang,
        marking=options.marking,
        footer=f"Pactum {__version__} · {long_date(options.today, lang)}",
        pages=pages,
        progress=progress,
        total_steps=total,
        steps_before=done,
        title=title,
        subject=f"{', '.join(names)}: {facts.period}",
        author=options.author,
        creator=f"Pactum {__version__}",
        keywords=", ".join(p.partner for p in parts),
    )
    doc.build(story, canvasmaker=numbered_canvas(lang))
    return buffer.getvalue()


def _period(scope: Scope, covered: list[Agreement], lang: str) -> str:
    """The filter's range when one was given, else the span of the documents found."""
    if scope.since or scope.until:
        return period(scope.since, scope.until, lang)
    dates = [a.signed_on for a in covered if a.signed_on is not None]
    if not dates:
        return t("all_dates", lang)
    first = min(dates, key=lambda d: d.first_day())
    last = max(dates, key=lambda d: d.last_day())
    return period(first, last, lang)
