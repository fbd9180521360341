"""One memo for every per-word lookup (core.text.memo): made once per key, emptied when full."""

from core.text.arabic import stem
from core.text.memo import Memo, self_filling


def test_a_word_is_stemmed_once_however_often_it_is_read() -> None:
    made: list[str] = []
    memo: Memo[str, str] = Memo(lambda w: made.append(w) or stem(w))
    words = "قتل 11 شخصا وأصيب 17 شخصا في الحادث".split()
    assert list(map(memo.__getitem__, words)) == [stem(w) for w in words]
    assert made == list(dict.fromkeys(words))  # «شخصا» made once


def test_a_full_memo_starts_again_rather_than_grow() -> None:
    memo: Memo[str, int] = Memo(len, limit=2)
    for word in ("حافلة", "حافلات", "الحافلات"):
        memo[word]  # noqa: B018 - read for its effect
    assert memo == {"الحافلات": 8}


def test_a_self_filling_memo_asks_its_maker_once_per_word_and_keeps_what_the_maker_stores() -> None:
    made: list[str] = []

    def term(word: str) -> str:
        made.append(word)
        kept[word] = value = stem(word)
        return value

    kept = self_filling(term)
    words = "نقلت 11 حافلة المسافرين ثم عادت 11 حافلة".split()
    assert list(map(kept.__getitem__, words)) == [stem(w) for w in words]
    assert made == list(dict.fromkeys(words))  # «حافلة» and «11» asked once
