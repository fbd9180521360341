"""What a number mention reports, read from its clause: a `Frame` (role, subject, aggregation, scope,
part_of) — the keys that decide which mentions of different articles may be one fact.

- *role*: what happened to what is counted (died, injured, rescued, missing, arrested, spent…),
  read from `resources/lexicon/roles.txt`: the role word nearest to the number within its own
  stretch of the sentence (from the previous number to the next one), commas counting extra; the
  counted noun's own role («32 قتيلاً») when the stretch has none; else the nearest in the sentence.
  A part («بينهم 6 من الحراس») without a role of its own takes its total's. An injury kind
  («اختناق», «حروق») named in the number's comma clause refines the role when it is the only kind
  named there.
- *subject*: the counted class (`counted_classes.txt`); a generic noun («عناصر», «أفراد») is told by
  the words after it («من الشرطة»); an elided noun («ثلاثة منهم», «12 آخرين») inherits the class of the
  number before it; a bare count under a role that befalls people («استشهاد 13») counts people.
- *aggregation*: a part of a total (`core.match.parts`), a running total («حصيلة», «ليرتفع العدد
  إلى»), an increment («جثث جديدة»), else plain (`frame_cues.txt`).
- *scope*: "" for the article's own event; a background key for a sentence that tells of another
  event («في حادث مماثل», another year than the article's).

Morphology (clitics, plurals) is folded by `core.text.arabic.stem` before every lookup.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import replace
from itertools import compress
from operator import attrgetter, itemgetter

from core.match.aggregation import aggregation_of
from core.match.base import comparison_bases
from core.match.clause import (
    CLAUSE_MARKS,
    clause_parts,
    clause_tokens,
    clause_words,
)
from core.match.levels_before import scope_levels_before
from core.match.parts import parts
from core.match.roles import (
    DATE_DISTANCE,
    NOUN_DISTANCE,
    OWN_DISTANCE,
    TIME_DISTANCE,
    nearest_role,
    owned_roles,
    roles_table,
)
from core.match.scope import article_year, past_event_tolls, scope_at, scopes_of
from core.match.subject import HUMAN_CLASSES, subject_of
from core.model import Frame, Mention, Sentence
from core.text import wordclasses as lexicon
from core.text.arabic import normalize, stem, stems_of

ELIDED = frozenset({"اخر", "منهم"})
"""Stems standing for a noun said before («12 آخرين», «ثلاثة منهم»)."""
BARE_ELIDED = frozenset(stem(w) for w in ("منها",))
"""Stems standing for a noun said before after a bare number only («6 شاحنات … 5 منها»): after a noun
they open its parts («7 إصابات منها 3 حالات حرجة»). «منها» stems to «منه»."""
HUMAN_ROLES = frozenset(
    {"died", "injured", "rescued", "missing", "recovered", "hospitalised", "discharged", "arrested"}
    | {"captured", "released", "displaced", "sentenced", "casualties"}
)
"""Roles that befall people: a bare count under one of them («استشهاد 13», «تعتقل 251») counts people."""
_REACH = {"date": DATE_DISTANCE, "time": TIME_DISTANCE}
"""How far a role word may stand from a number of these kinds (`OWN_DISTANCE` for the others)."""


DATE_ONLY_ROLES = frozenset({"agreed"})
"""Roles that date an event but do not say what a count is of: «بموجب اتفاق» beside «200 مسلح»."""
PRONOUNS = frozenset(normalize(w) for w in ("وهم", "هم", "وهي", "هي", "وهن", "هن", "وهما", "هما"))
"""«… المرحلين 637 شخصاً …؛ وهم 375 مقاتل»: a number right after «وهم» describes the people counted
before it and takes that number's role."""
MOVEMENT_ROLES = frozenset({"aboard"})
"""Setting out or arriving says what happened to people, not to the vehicles that carry them: «غادروا
بعشر حافلات» and «تراقب 11 حافلة» count the same buses; nor to an amount, a rate or a span («وصلت
قيمته إلى 84 مليون ريال», «انطلقت بتمرين لمدة 30 دقيقة»). It still dates a movement («انطلقت في 28
آب»)."""
CHANGE_ROLES = frozenset({"rose", "fell"})
"""A count going up or down: of a number whose own words name what befell people («40 قتيلا»), that
role tells what it counts."""
CARRIED_ROLES = frozenset({"hospitalised", "aboard"})
"""Being taken to hospital or carried: of bodies («لنقل الجثث التسعة»), it tells of the dead."""


def read_frames(
    texts: dict[str, str], sentences: list[Sentence], mentions: list[Mention], published: dict[str, str] | None = None
) -> list[Mention]:
    """`mentions` with their frames filled in (same order)."""
    if not mentions:  # an article without numbers: none of the tables below is needed
        return []
    published = published or {}
    part_of = parts(texts, mentions)
    by_sentence: dict[str, list[Mention]] = defaultdict(list)
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_sentence[m.sentence].append(m)
        by_doc[m.doc].append(m)
    doc_sentences: dict[str, list[Sentence]] = defaultdict(list)
    for s in sentences:
        doc_sentences[s.doc].append(s)
    sentence_of = {s.id: s for s in sentences}
    scope: dict[str, tuple[int, str]] = {}
    for doc, group in by_doc.items():
        ordered = sorted(doc_sentences[doc], key=lambda s: s.start)
        scope.update(scopes_of(texts[doc], ordered, group, published.get(doc, "")))
    frames: dict[str, Frame] = {}
    told_after: set[str] = set()  # numbers whose role word follows them («(9) حالات وفاة»)
    joins: dict[str, list[bool]] = {}  # per sentence: whether each number is joined by «و» to the next
    for sid, group in by_sentence.items():
        group.sort(key=lambda m: m.start)
        s = sentence_of[sid]
        joins[sid] = joined_after = [_joined_by_wa(texts[s.doc], a, b) for a, b in zip(group, group[1:], strict=False)]
        toks, own_stems, is_word, _, ends = clause_parts(texts[s.doc][s.start : s.end])
        spans = []
        for m in group:
            a, b = m.start - s.start, m.end - s.start
            first = bisect_right(ends, a)  # the first token that ends after the number starts
            last = first
            while last < len(toks) and toks[last][0] < b:
                last += 1
            spans.append((first, last - 1) if last > first else None)
        previous_subject = ""
        refined_table = roles_table()[1]
        owned_before, owned_after, kinds = owned_roles(
            toks,
            spans,
            [_REACH.get(m.kind, OWN_DISTANCE) for m in group],
            [m.kind in ("date", "time") for m in group],
            own_stems,
        )
        adjuncts = [m.kind in ("date", "time") for m in group]
        # a verb a date took is still there for a number that found none: «تراجع الموجودات لشهر يونيو
        # 2015 بـ 227 مليار»
        spare_before: dict[int, tuple[float, str]] = {}
        spare_after: dict[int, tuple[float, str]] = {}
        if any(adjuncts) and not all(adjuncts):
            spare_before, spare_after, _ = owned_roles(
                toks,
                [None if adj else sp for sp, adj in zip(spans, adjuncts, strict=True)],
                [OWN_DISTANCE] * len(group),
                adjuncts,
                own_stems,
            )
        los, his = _stretches(spans, len(toks))
        for k, m in enumerate(group):
            span = spans[k]
            if span is None:
                frames[m.id] = Frame(scope=scope_at(scope, sid, m.start), part_of=part_of.get(m.id, ""))
                continue
            first, last = span
            lo, hi = los[k], his[k]
            # a unit is no role: «120253 كيلو غراما» is no fine («غرامة»)
            noun_role = nearest_role(toks, first, last, first, last + 1, set(), own_stems) if m.kind == "count" else ""
            candidates = [owned_before.get(k), owned_after.get(k), (NOUN_DISTANCE, noun_role) if noun_role else None]
            if not any(candidates) and not adjuncts[k]:
                candidates = [spare_before.get(k), spare_after.get(k)]
            chosen = min((c for c in candidates if c), default=(0.0, ""))
            role = chosen[1]
            if chosen is candidates[1]:
                told_after.add(m.id)
            if role in CARRIED_ROLES and noun_role == "died":
                role = "died"  # «لنقل الجثث التسعة»: bodies carried are the dead, not patients
            if role in CHANGE_ROLES and noun_role.split(".")[0] in HUMAN_ROLES:
                role = noun_role  # «ارتفع العدد إلى 40 قتيلا»: how a toll moved is not what befell whom
            if role in DATE_ONLY_ROLES and m.kind != "date":
                role = ""
            total = frames.get(part_of.get(m.id, ""))
            if total is not None and total.role and not role:
                role = total.role
            if not role and first and normalize(toks[first - 1][2]) in PRONOUNS:
                role = next(
                    (frames[o.id].role for o in reversed(group[:k]) if o.id in frames and frames[o.id].role), ""
                )
            own = {refined_table[w] for w in own_stems[first : last + 1] if w in refined_table}
            named = own or kinds.get(k, set())  # «(2) بحروق»: the injury kind is the counted word itself
            if len(named) == 1 and (not role or next(iter(named)).startswith(role + ".")):
                role = next(iter(named))
            subject = subject_of(m, toks, first, last)
            after = own_stems[first : last + 2]
            elided = not ELIDED.isdisjoint(after) or (not m.counted and not BARE_ELIDED.isdisjoint(after))
            joined = k > 0 and not subject and joined_after[k - 1]
            if (elided or joined) and previous_subject and m.kind == "count":
                subject = previous_subject
            if not subject and m.kind == "count" and role.split(".")[0] in HUMAN_ROLES:
                subject = "person"
            if (
                role in MOVEMENT_ROLES
                and m.kind not in ("date", "time")
                and (m.kind != "count" or subject not in HUMAN_CLASSES)
            ):
                role = ""
            if m.kind == "count" and subject:
                previous_subject = subject
            aggregation = (
                "part" if m.id in part_of else aggregation_of(m, toks, first, last, lo, hi, own_stems, is_word)
            )
            frames[m.id] = Frame(role, subject, aggregation, scope_at(scope, sid, m.start), part_of.get(m.id, ""))  # type: ignore[arg-type]
    for sid, group in by_sentence.items():  # «13 فرقة إسعافية و6 فرق … باشرت»: joined numbers share a verb
        _share_coordinated_roles(group, joins[sid], frames, told_after)
    _scope_past_tolls(texts, by_sentence, by_doc, sentence_of, frames, published)
    for sid, group in by_sentence.items():
        scope_levels_before(texts[sentence_of[sid].doc], sentence_of[sid], group, frames)
    for part, whole in part_of.items():  # «297 شخصاً بينهم 37 أجنبياً اعتقلوا»: the verb tells of the total too
        if not frames[whole].role and frames[part].role:
            frames[whole] = replace(frames[whole], role=frames[part].role)
    for part, whole in part_of.items():  # «استشهاد 15 منهم 12 من منسوبي»: a total counts what its parts count
        if not frames[whole].subject and frames[part].subject:
            frames[whole] = replace(frames[whole], subject=frames[part].subject)
    for mid, base in comparison_bases(texts, sentence_of, mentions).items():
        frames[mid] = replace(frames.get(mid, Frame()), base=base)
    return [_framed(m, frames.get(m.id, NO_FRAME)) for m in mentions]


NO_FRAME = Frame()
"""The frame of a mention no reader could place (a frozen value: one instance serves all)."""
_START_OF = itemgetter(0)
"""The start of a clause token (start, end, word)."""
_END_OF = itemgetter(1)
"""The end of a clause token (start, end, word)."""
_MENTION_FIELDS = attrgetter(*Mention.__slots__)
_FRAME_AT = Mention.__slots__.index("frame")


def _framed(m: Mention, frame: Frame) -> Mention:
    """M with FRAME: `dataclasses.replace` without its walk over the fields by name."""
    values = _MENTION_FIELDS(m)
    return Mention(*values[:_FRAME_AT], frame, *values[_FRAME_AT + 1 :])  # type: ignore[call-arg]


def _stretches(spans: list[tuple[int, int] | None], count: int) -> tuple[list[int], list[int]]:
    """Per span k, where its stretch of the sentence begins (after the last token of the spans before
    it, else 0) and ends (the first token of the spans after it, else COUNT): running maximum and
    minimum, not a walk over the other spans for each."""
    los: list[int] = []
    lo = 0  # every span ends at a token ≥ 0: the default never beats a span
    for sp in spans:
        los.append(lo)
        if sp:
            lo = max(lo, sp[1] + 1)
    his: list[int] = []
    hi = count  # every span starts before COUNT
    for sp in reversed(spans):
        his.append(hi)
        if sp:
            hi = min(hi, sp[0])
    his.reverse()
    return los, his


JOIN_WORDS = 6
"""«300 عنصر من داعش مع أسلحتهم الخفيفة، و300 شخص من عوائلهم»: a number joined by «و» to one at most
this many words before it continues its list."""


def _scope_past_tolls(
    texts: dict[str, str],
    by_sentence: dict[str, list[Mention]],
    by_doc: dict[str, list[Mention]],
    sentence_of: dict[str, Sentence],
    frames: dict[str, Frame],
    published: dict[str, str],
) -> None:
    """Numbers with a role told after «في» a past year (`core.match.scope.past_event_tolls`) are of
    that year's event: «اطلق النار في 2012 … مما أدى الى مقتل 12 شخصا وجرح 70 آخرين»."""
    years: dict[str, int | None] = {}
    for sid, group in by_sentence.items():
        if not any(m.kind == "date" for m in group):
            continue
        doc = sentence_of[sid].doc
        if doc not in years:
            years[doc] = article_year(by_doc[doc], published.get(doc, ""))
        for mid, past in past_event_tolls(texts[doc], group, years[doc]).items():
            f = frames.get(mid)
            if f is not None and f.role and not f.scope:
                frames[mid] = replace(f, scope=past)


def _joined_by_wa(text: str, a: Mention, b: Mention) -> bool:
    """«مقتل 9 مدنيين و3 …»: B follows A after «و» and at most `JOIN_WORDS` words, no semicolon.

    The words of the gap normalised one by one (memoised), up to one past `JOIN_WORDS`, not the whole
    gap (often a long stretch between two numbers far apart): `normalize` keeps white space where it
    is and makes none (`fold_chars` maps white space to white space only, the marks it drops are not
    white space), so the words of the normalised gap are the non-empty normalised words of the gap."""
    gap: list[str] = []
    for raw in text[a.end : b.start].split():
        word = normalize(raw)
        if word:
            if len(gap) == JOIN_WORDS:
                return False  # one word more than `JOIN_WORDS`
            gap.append(word)
    if not gap:
        return normalize(text[b.start : b.start + 1]) == "و"
    return gap[-1].startswith("و") and not any(c in "؛;:" for c in "".join(gap))


def _share_coordinated_roles(
    group: list[Mention], joins: list[bool], frames: dict[str, Frame], told_after: set[str]
) -> None:
    """Numbers joined by «و» with no role of their own take the role of the number they are joined
    to, in both directions («200 مقاتل و200 مدني», «13 فرقة و6 فرق … باشرت»); but a role word
    between them, after the first («(9) حالات وفاة و(39) حالة يتلقون العلاج»), tells of the first
    alone. JOINS: `_joined_by_wa` of each number and the next, read once for both passes and the
    subjects; TOLD_AFTER: the numbers whose role word follows them."""
    for _ in range(2):
        for a, b, joined in zip(group, group[1:], joins, strict=False):
            if not joined or a.kind != b.kind:
                continue
            fa, fb = frames.get(a.id), frames.get(b.id)
            if fa is None or fb is None:
                continue
            if fa.role and not fb.role and a.id not in told_after:
                frames[b.id] = replace(fb, role=fa.role)
            elif fb.role and not fa.role:
                frames[a.id] = replace(fa, role=fb.role)


def actors(texts: dict[str, str], sentences: dict[str, Sentence], mentions: list[Mention]) -> dict[str, str]:
    """{mention id: agent class} of the agent named nearest each count («التحالف قتل 85»: coalition)."""
    table = lexicon.classes("actors")
    out: dict[str, str] = {}
    named: dict[str, tuple[list[int], list[int], list[tuple[int, str]]]] = {}
    for m in mentions:
        known = named.get(m.sentence)
        if known is None:  # each sentence's agents listed once, not once per number in it
            s = sentences[m.sentence]
            text = texts[s.doc][s.start : s.end]
            words = clause_words(text)  # the tokens' offsets are read only where an agent is named
            stems = stems_of(words)
            agents = [
                (i, table[stems[i]])
                for i in compress(range(len(stems)), map(table.__contains__, stems))  # most name none: skipped in C
                if words[i] not in CLAUSE_MARKS
            ]
            # token starts and ends (both in order) where the sentence names an agent
            toks = clause_tokens(text) if agents else ()
            known = named[m.sentence] = (list(map(_START_OF, toks)), list(map(_END_OF, toks)), agents)
        starts, ends, agents = known
        if not agents:
            continue
        a, b = m.start - sentences[m.sentence].start, m.end - sentences[m.sentence].start
        # the tokens that overlap the number: from the first that ends after it starts to the last
        # that starts before it ends
        first, stop = bisect_right(ends, a), bisect_left(starts, b)
        if first >= stop:
            continue
        last = stop - 1
        best: tuple[int, str] | None = None
        for i, agent in agents:
            distance = abs(i - first) if i < first else abs(i - last)
            if best is None or distance < best[0]:
                best = (distance, agent)
        if best:
            out[m.id] = best[1]
    return out
