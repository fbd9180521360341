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

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from core import resources
from core.match.parts import parts
from core.model import Frame, Mention, Sentence
from core.text import wordclasses as lexicon
from core.text.arabic import normalize, stem

_TOKEN = re.compile(r"[0-9٠-٩۰-۹]+|(?:(?![0-9٠-٩۰-۹])[\w\u0610-\u061a\u064b-\u065f\u0670\u0640])+|[،,؛;:()«»\"“”]")
_CLAUSE_MARKS = set('،,؛;:()«»"“”')
_COMMAS = set("،,؛;:")
CLAUSE_PENALTY = 3
"""Crossing a comma or bracket counts as this many words when looking for a mention's role."""
GENERIC_NOUNS = frozenset({"person", "member", ""})
"""Classes too generic to tell what is counted: «300 شخص من عوائلهم», «عناصر الشرطة» are counted by
the words after the noun."""
ELIDED = frozenset({"اخر", "منهم", "منها", "بينهم"})
"""Stems standing for a noun said before («12 آخرين», «ثلاثة منهم»)."""
HUMAN_ROLES = frozenset(
    {"died", "injured", "rescued", "missing", "recovered", "hospitalised", "discharged", "arrested"}
    | {"captured", "released", "displaced", "sentenced"}
)
"""Roles that befall people: a bare count under one of them («استشهاد 13», «تعتقل 251») counts people."""
INCREMENT_WINDOW = 3
"""An increment word («جديدة») follows the number's noun within this many words."""
TOTAL_WINDOW = 4
"""A running-total word («حصيلة», «ليرتفع») comes within this many words before the number."""
_YEAR = re.compile(r"^(?:A?H)?(\d{4})")

Token = tuple[int, int, str]


@lru_cache(maxsize=4096)
def _tokens(sentence: str) -> tuple[Token, ...]:
    """Tokens of a sentence, cached: every mention of a sentence reads the same tokens."""
    return tuple((m.start(), m.end(), m.group()) for m in _TOKEN.finditer(sentence))


@lru_cache(maxsize=4096)
def _token_stems(toks: tuple[Token, ...]) -> list[str]:
    return [stem(w) for _, _, w in toks]


@lru_cache(maxsize=1)
def _roles() -> tuple[dict[str, str], dict[str, str]]:
    """({stem: role}, {stem: refined role «injured.burns»}) from roles.txt."""
    plain: dict[str, str] = {}
    refined: dict[str, str] = {}
    for word, role in lexicon.classes("roles").items():
        (refined if "." in role else plain)[word] = role
    return plain, refined


@lru_cache(maxsize=1)
def _phrase_roles() -> dict[tuple[str, ...], str]:
    """Multi-word role entries («أطلق_سراح») as stem tuples."""
    out: dict[tuple[str, ...], str] = {}
    for role, words in resources.read_groups("roles").items():
        for raw in words:
            if "_" in raw:
                out[tuple(stem(p) for p in raw.split("_") if p)] = role
    return out


@lru_cache(maxsize=1)
def _phrase_heads() -> frozenset[str]:
    return frozenset(p[0] for p in _phrase_roles())


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[tuple[str, ...], ...]]:
    """{cue group: stem sequences} from frame_cues.txt."""
    return {
        group: tuple(tuple(stem(p) for p in raw.split("_") if normalize(p)) for raw in words)
        for group, words in resources.read_groups("frame_cues").items()
    }


def counted_class(counted: str) -> str:
    """The class of a counted noun (its own stem when the lexicon does not know it)."""
    if not counted:
        return ""
    table = lexicon.classes("counted_classes")
    key = stem(counted)
    return table.get(key) or table.get(counted) or key


def _has_cue(stems: list[str], group: str) -> bool:
    for cue in _cues().get(group, ()):
        n = len(cue)
        if any(tuple(stems[i : i + n]) == cue for i in range(len(stems) - n + 1)):
            return True
    return False


def _stems(toks: Iterable[Token]) -> list[str]:
    return [stem(w) for _, _, w in toks if w not in _CLAUSE_MARKS]


def _role_at(stems: list[str], i: int) -> str:
    """The role of the word at i, multi-word entries («أطلق سراح») included."""
    plain, _ = _roles()
    if stems[i] in plain:
        return plain[stems[i]]
    if stems[i] not in _phrase_heads():
        return ""
    for phrase, role in _phrase_roles().items():
        if tuple(stems[i : i + len(phrase)]) == phrase:
            return role
    return ""


def _nearest_role(toks: tuple[Token, ...], first: int, last: int, lo: int, hi: int, skip: set[int]) -> str:
    """The role word nearest to tokens first..last among tokens lo..hi-1 (not in `skip`), commas
    counting extra and words after the number half a word more than words before it."""
    stems = _token_stems(toks)
    best: tuple[float, str] | None = None
    for i in range(lo, hi):
        if i in skip or toks[i][2] in _CLAUSE_MARKS:
            continue
        role = _role_at(stems, i)
        if not role:
            continue
        a, b = (i, first) if i < first else (last, i)
        distance = _distance(toks[a + 1 : b]) + (0.5 if i > last else 0.0)
        if best is None or distance < best[0]:
            best = (distance, role)
    return best[1] if best else ""


def _distance(between: tuple[Token, ...]) -> float:
    """Words between two tokens, plus one; a comma counts `CLAUSE_PENALTY`, quotes and brackets nothing."""
    commas = sum(1 for _, _, w in between if w in _COMMAS)
    words = sum(1 for _, _, w in between if w not in _CLAUSE_MARKS)
    return words + 1 + CLAUSE_PENALTY * commas


OWN_DISTANCE = 12
"""A role word further than this (in words, commas counting extra) from every number governs none."""
DATE_ONLY_ROLES = frozenset({"agreed"})
"""Roles that date an event but do not say what a count is of: «بموجب اتفاق» beside «200 مسلح»."""
DATE_DISTANCE = 16
"""A date's governing verb often stands further off («في 29 آب الماضي، بالتعاون مع …، بعقد اتفاق»)."""


def _owned_roles(toks: tuple[Token, ...], spans: list[tuple[int, int] | None], reach: list[float]) -> dict[int, str]:
    """{index of a mention in `spans`: its role}: every role word of the sentence outside the
    numbers governs the number nearest to it (a word before a number wins a tie: Arabic puts the
    verb first, «تنقل نحو 200»), and each number takes the nearest word it governs."""
    stems = _token_stems(toks)
    inside = {i for sp in spans if sp for i in range(sp[0], sp[1] + 1)}
    best: dict[int, tuple[float, str]] = {}
    for i in range(len(toks)):
        if i in inside or toks[i][2] in _CLAUSE_MARKS:
            continue
        role = _role_at(stems, i)
        if not role:
            continue
        owner: tuple[float, int] | None = None
        for k, sp in enumerate(spans):
            if sp is None:
                continue
            first, last = sp
            a, b = (i, first) if i < first else (last, i)
            between = toks[a + 1 : b]
            if any(lo <= j <= hi for lo, hi in (s for s in spans if s) for j in range(a + 1, b)):
                continue
            distance = _distance(between) + (0.5 if i > last else 0.0)
            if distance <= reach[k] and (owner is None or distance < owner[0]):
                owner = (distance, k)
        if owner is not None and (owner[1] not in best or owner[0] < best[owner[1]][0]):
            best[owner[1]] = (owner[0], role)
    return {k: role for k, (_, role) in best.items()}


def _coordinated(toks: tuple[Token, ...], previous_last: int, first: int) -> bool:
    """«200 مقاتل و200 مدني»: a number joined to the one before by «و» within a few words."""
    between = toks[previous_last + 1 : first]
    words = [w for _, _, w in between]
    return (
        0 < len(words) <= 3
        and not any(w in _CLAUSE_MARKS for w in words)
        and normalize(words[-1]).startswith("و")
        or (
            bool(toks[first][2])
            and normalize(toks[first][2]).startswith("و")
            and len(words) <= 2
            and not any(w in _CLAUSE_MARKS for w in words)
        )
    )


def _refinement(toks: tuple[Token, ...], lo: int, hi: int, first: int, last: int) -> str:
    """The one injury kind named in the number's comma clause within lo..hi-1, else ""."""
    start, end = first, last
    while start > lo and toks[start - 1][2] not in _COMMAS:
        start -= 1
    while end + 1 < hi and toks[end + 1][2] not in _COMMAS:
        end += 1
    _, refined = _roles()
    kinds = {refined[s] for s in _stems(toks[start : end + 1]) if s in refined}
    return kinds.pop() if len(kinds) == 1 else ""


def _subject(m: Mention, toks: tuple[Token, ...], last: int) -> str:
    """The counted class, a generic noun told by the words after it, a noun after a bracket."""
    cls = counted_class(m.counted)
    table = lexicon.classes("counted_classes")
    if not cls:  # «إصابة (17) شخصاً»: the noun after the bracket
        for _, _, word in toks[last + 1 : last + 3]:
            if word in _CLAUSE_MARKS:
                continue
            cls = table.get(stem(word), "")
            break
    if cls in GENERIC_NOUNS and cls:
        for _, _, word in toks[last + 1 : last + 4]:
            if word in _CLAUSE_MARKS:
                break
            found = table.get(stem(word), "")
            if found and found not in GENERIC_NOUNS:
                return found
    return cls


def _aggregation(toks: tuple[Token, ...], first: int, last: int, lo: int, hi: int) -> str:
    after = _stems(toks[last + 1 : min(hi, last + 1 + INCREMENT_WINDOW)])
    if _has_cue(after, "increment"):
        return "increment"
    before = _stems(toks[max(lo, first - TOTAL_WINDOW) : first])
    if _has_cue(before, "total") or _has_cue(_stems(toks[last + 1 : min(hi, last + 3)]), "total"):
        return "total"
    return "plain"


def _article_year(mentions: list[Mention], published: str) -> int | None:
    """The year of the article's own event: its publication year, else the latest year it names."""
    if published[:4].isdigit():
        return int(published[:4])
    years = [int(y.group(1)) for m in mentions if m.kind == "date" and (y := _YEAR.match(str(m.value)))]
    gregorian = [y for y in years if y > 1600]
    return max(gregorian) if gregorian else None


def _scopes(
    text: str, sentences: list[Sentence], mentions: list[Mention], published: str
) -> dict[str, tuple[int, str]]:
    """{sentence id: (offset, scope)}: from that offset on, the sentence tells of another event —
    after a background cue («في حادث مماثل», «سبق أن») or a past year; a paragraph that opens with
    a cue is background to its end."""
    year = _article_year(mentions, published)
    dates: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in mentions:
        found = _YEAR.match(str(m.value)) if m.kind == "date" else None
        if found and int(found.group(1)) > 1600:
            dates[m.sentence].append((m.start, int(found.group(1))))
    out: dict[str, tuple[int, str]] = {}
    carried = ""
    for s in sentences:
        paragraph_start = s.start == 0 or "\n" in text[max(0, s.start - 2) : s.start + 1]
        if paragraph_start:
            carried = ""
        if carried:
            out[s.id] = (s.start, carried)
            continue
        past = [(at, y) for at, y in sorted(dates.get(s.id, [])) if year is not None and y < year]
        cue = _cue_offset(text, s)
        if past and (cue is None or past[0][0] <= cue):
            out[s.id] = (past[0][0], f"year:{past[0][1]}")
        elif cue is not None:
            out[s.id] = (cue, "background")
            if paragraph_start and cue - s.start < 40:
                carried = "background"
    return out


def _cue_offset(text: str, s: Sentence) -> int | None:
    """Document offset of the first background cue of a sentence, None when it has none."""
    toks = _tokens(text[s.start : s.end])
    words = [(start, stem(w)) for start, _, w in toks if w not in _CLAUSE_MARKS]
    stems = [w for _, w in words]
    for i in range(len(stems)):
        for cue in _cues().get("background", ()):
            if tuple(stems[i : i + len(cue)]) == cue:
                return s.start + words[i][0]
    return None


def _scope_of(scopes: dict[str, tuple[int, str]], sentence: str, start: int) -> str:
    found = scopes.get(sentence)
    return found[1] if found and start >= found[0] else ""


def read_frames(
    texts: dict[str, str], sentences: list[Sentence], mentions: list[Mention], published: dict[str, str] | None = None
) -> list[Mention]:
    """`mentions` with their frames filled in (same order)."""
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
        scope.update(_scopes(texts[doc], ordered, group, published.get(doc, "")))
    frames: dict[str, Frame] = {}
    for sid, group in by_sentence.items():
        group.sort(key=lambda m: m.start)
        s = sentence_of[sid]
        toks = _tokens(texts[s.doc][s.start : s.end])
        spans = []
        for m in group:
            a, b = m.start - s.start, m.end - s.start
            inside = [i for i, (ts, te, _) in enumerate(toks) if ts < b and a < te]
            spans.append((inside[0], inside[-1]) if inside else None)
        previous_subject = ""
        owned = _owned_roles(toks, spans, [DATE_DISTANCE if m.kind == "date" else OWN_DISTANCE for m in group])
        for k, m in enumerate(group):
            span = spans[k]
            if span is None:
                frames[m.id] = Frame(scope=_scope_of(scope, sid, m.start), part_of=part_of.get(m.id, ""))
                continue
            first, last = span
            lo = max((sp[1] + 1 for sp in spans[:k] if sp), default=0)
            hi = min((sp[0] for sp in spans[k + 1 :] if sp), default=len(toks))
            role = owned.get(k, "")
            if role in DATE_ONLY_ROLES and m.kind != "date":
                role = ""
            if not role and m.id in part_of and part_of[m.id] in frames:
                role = frames[part_of[m.id]].role
            role = role or _nearest_role(toks, first, last, first, last + 1, set())
            before = spans[k - 1] if k else None
            if not role and before is not None and _coordinated(toks, before[1], first):
                role = frames[group[k - 1].id].role
            refined = _refinement(toks, lo, hi, first, last)
            if refined and refined.startswith(role + "."):
                role = refined
            subject = _subject(m, toks, last)
            if (not subject or stem(m.counted) in ELIDED or _elided_after(toks, last)) and previous_subject:
                subject = previous_subject if m.kind == "count" else subject
            if not subject and m.kind == "count" and role.split(".")[0] in HUMAN_ROLES:
                subject = "person"
            if m.kind == "count" and subject:
                previous_subject = subject
            aggregation = "part" if m.id in part_of else _aggregation(toks, first, last, lo, hi)
            frames[m.id] = Frame(role, subject, aggregation, _scope_of(scope, sid, m.start), part_of.get(m.id, ""))  # type: ignore[arg-type]
    for part, whole in part_of.items():  # «استشهاد 15 منهم 12 من منسوبي»: a total counts what its parts count
        if not frames[whole].subject and frames[part].subject:
            frames[whole] = replace(frames[whole], subject=frames[part].subject)
    return [replace(m, frame=frames.get(m.id, Frame())) for m in mentions]


def _elided_after(toks: tuple[Token, ...], last: int) -> bool:
    """«ثلاثة منهم»: the word after the number stands for a noun said before."""
    return last + 1 < len(toks) and stem(toks[last + 1][2]) in ("منهم", "منها", "اخر")


def actors(texts: dict[str, str], sentences: dict[str, Sentence], mentions: list[Mention]) -> dict[str, str]:
    """{mention id: agent class} of the agent named nearest each count («التحالف قتل 85»: coalition)."""
    table = lexicon.classes("actors")
    out: dict[str, str] = {}
    for m in mentions:
        s = sentences[m.sentence]
        toks = _tokens(texts[s.doc][s.start : s.end])
        stems = _token_stems(toks)
        a, b = m.start - s.start, m.end - s.start
        inside = [i for i, (ts, te, _) in enumerate(toks) if ts < b and a < te]
        if not inside:
            continue
        best: tuple[int, str] | None = None
        for i, st in enumerate(stems):
            if st in table and toks[i][2] not in _CLAUSE_MARKS:
                distance = abs(i - inside[0]) if i < inside[0] else abs(i - inside[-1])
                if best is None or distance < best[0]:
                    best = (distance, table[st])
        if best:
            out[m.id] = best[1]
    return out
