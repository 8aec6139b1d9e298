"""Batch 47: a notice's period that must elapse from an event (自公告之日起经过30日) before an act is deemed done
(即视为送达): the subject is that deemed act, as the act limited is for a time limit (…60日内申报债权). Invented."""

from tests.snippets import subjects_of


def test_the_deemed_act_is_the_subject_of_the_elapsing_period():
    assert subjects_of("本院向你公告送达起诉状副本及开庭传票。自公告之日起经过30日即视为送达。", "30日") == ["视为送达"]
    assert subjects_of("现依法公告送达判决书，自本公告发出之日起经过60日即视为送达。", "60日") == ["视为送达"]
    assert subjects_of("逾期未领取的，自公告期满之日起满15日即视为放弃。", "15日") == ["视为放弃"]


def test_near_misses_keep_their_subjects():
    assert subjects_of("自公告之日起45日内申报债权。", "45日内") == ["申报债权"]
    assert subjects_of("经过3个月治疗，患者体重减轻5公斤。", "3个月") == ["治疗"]
