"""``build_briefing``: one partnership or a pack of them, in one PDF or one file each.

Each PDF is laid out in a single pass (see ``template``): the contents list every heading
of the story from the start and get their page numbers when the pages are written.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Paragraph

from db import (
    PDF,
    Agreement,
    Catalog,
    Kind,
    NoProgress,
    PartialDate,
    Progress,
    check_output_folder,
    check_output_path,
    write_output,
)
from desktop import __version__
from desktop.briefing import sections
from desktop.briefing.content import Part, Scope, count_documents, gather, summarise
from desktop.briefing.cover import CoverFacts, cover, kind_names
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
) -> list[Path]:
    """Write the briefing of each partnership of the home party with ``partners``.

    All partnerships go into the one PDF ``out`` (one part each, shared contents), or with
    ``per_file`` into ``out`` as a folder, a file per partnership. Returns the files written.
    A cancelled ``progress`` raises ``db.store.progress.Cancelled`` and leaves no file behind.
    A target that is the catalogue, its companions or backups is refused before any work
    (``db.errors.OutputPathError``).
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
    targets = [check_output_path(target, catalog.path, PDF) for target in targets]
    progress = progress or NoProgress()
    options = Options(
        lang=lang,
        marking=marking.strip() if marking and marking.strip() else None,
        scope=Scope(since, until, tuple(subjects), tuple(kinds)),
        full_texts=full_texts,
        today=today or dt.date.today(),
        author=catalog.user or "Pactum",
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
        data = render(parts, options, progress, done, total)
        done += sum(len(p.agreements) for p in parts)
        write_output(target, data)
        written.append(target)
    progress.set(total, total)
    return written


def file_name(home: str, partner: str, lang: str) -> str:
    """A safe file name for one partnership's briefing, e.g. ``briefing-UA-LT-uk.pdf``."""
    safe = re.sub(r"[^\w.-]+", "_", partner).strip("_")[:60].strip("_") or "partner"
    return f"briefing-{home}-{safe}-{lang}.pdf"


def render(parts: list[Part], options: Options, progress: Progress, done: int, total: int) -> bytes:
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
        story += sections.overview(part, summarise(part, options.today), key, level, lang)
        if not part.agreements:
            story.append(Paragraph(esc(t("no_documents", lang)), s["body"]))
            continue
        story += sections.chart(part, key, level, lang)
        story += sections.register(part, key, level, lang)
        story.append(PageBreak())
        story += sections.documents(part, key, level, lang)
        if options.full_texts:
            appendix = sections.appendix(part, key, level, lang)
            story += [PageBreak(), *appendix] if appendix else []
    levels = ["toc0", "toc2"] if single else ["toc0", "toc1", "toc2"]
    pages: dict[str, int] = {}
    story[contents_at:contents_at] = [
        ContentsLine(f.anchor, s[levels[f.anchor.level]], pages)
        for f in story
        if isinstance(f, Heading) and f.anchor.toc
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
