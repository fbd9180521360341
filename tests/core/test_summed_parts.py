"""A total and the parts it sums are never one fact: «69 كلية» over «19 كلية للبنين، و14 كلية
للبنات، و36 كلية» is their sum, not another count of the 19."""

from core.match import reasons as R
from tests.articles import analyse, facts_with

WITH_TOTAL = (
    "استمرار القبول في 69 كلية للتقنية والتميز\n"
    "أعلنت المؤسسة العامة للتدريب التقني والمهني استمرار فترة القبول في جميع كليات التميز "
    "(19 كلية للبنين، و14 كلية للبنات)، وكليات التقنية للبنين البالغة 36 كلية في مختلف مناطق المملكة."
)
PARTS_ONLY = (
    "استمرار القبول في كليات التميز\n"
    "أعلنت المؤسسة العامة للتدريب التقني والمهني استمرار فترة القبول في جميع كليات التميز "
    "والبالغ عددها 19 كلية للبنين، و14 كلية للبنات، وكليات التقنية للبنين البالغة 36 كلية في مختلف مناطق المملكة."
)


def test_a_total_and_the_parts_it_sums_are_never_one_fact(tmp_path):
    analysis = analyse(tmp_path, WITH_TOTAL, PARTS_ONLY)
    assert facts_with(analysis, 69, 19) == []
    (total,) = facts_with(analysis, 69)
    rules = {dict(r.params).get("rule") for r in total.reasons if r.code == R.KEPT_OUT}
    assert total.status == "single" and rules == {R.RULE_TOTAL_PART}


def test_the_parts_are_still_shared_across_articles(tmp_path):
    analysis = analyse(tmp_path, WITH_TOTAL, PARTS_ONLY)
    (part,) = facts_with(analysis, 19)
    assert part.status == "shared"
