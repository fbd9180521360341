"""Two sentences that already report one fact together are about the same thing: their other counts
under the same frame may conflict even where the sentences share few words."""

from tests.articles import analyse


def test_the_provinces_beside_two_reported_arrest_counts_are_one_fact(tmp_path):
    analysis = analyse(
        tmp_path,
        "حملة أمنية واسعة\nأعلن البيان توقيف 251 شخصا، مضيفا أن المداهمات جرت في 13 محافظة.",
        "حملة أمنية واسعة\nوقالت المنسقية في بيانها الصباحي إن قوات الأمن أوقفت منذ مساء الجمعة 320 شخصا"
        " من المنتمين إلى تنظيمات متطرفة وجماعات موالية لها تعد لهجمات مسلحة على المواطنين والمنشآت العامة"
        " والمرافق الحكومية ومراكز الشرطة، وذلك في إطار عمليات أمنية متزامنة ومنسقة في 22 ولاية.",
        "حملة أمنية واسعة\nأعلن البيان أن قوات الأمن أوقفت 320 شخصا من المنتمين إلى تنظيمات متطرفة وجماعات موالية لها.",
    )
    (provinces,) = [f for f in analysis.facts if {m.value for m in analysis.mentions if m.id in f.mentions} == {13, 22}]
    assert provinces.status == "conflict"
