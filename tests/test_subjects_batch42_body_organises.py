"""Batch 42: 组织 (a verb that is also a noun, verb_or_noun.csv) acts as a verb right after an institution or a town,
township, county, city or district that mobilises the people or things after it (某镇组织机关干部300余人 → 机关干部);
it stays a noun in 社会组织, 党组织 and 组织部."""

from tests.snippets import subjects_of


def test_near_miss_social_organisations():
    assert subjects_of("截至年底，全县登记社会组织达到286家。", "286家") != ["达到"]
    assert "社会组织" in subjects_of("截至年底，全县登记社会组织达到286家。", "286家")[0]


def test_near_miss_party_organisations():
    assert subjects_of("全市共有基层党组织2860个。", "2860个")[0].endswith("党组织")
