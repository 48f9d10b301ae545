"""Gold scoring: the measures `policydata eval` reports."""

from __future__ import annotations

from policydata.evaluate import org_matches, score


def gold(doc_id, speakers=(), event=None, published=None, topics=()):
    return {"id": doc_id, "speakers": [{"name": n, "title": None, "org": o} for n, o in speakers],
            "others": [], "event_date": event, "published": published, "topics": list(topics)}


def test_perfect_prediction_scores_one():
    g = [gold("a", [("李小鹏", "交通运输部")], "2017-11-09", "2017-11-10", ["peak_season"])]
    r = score(g, g)
    assert r["speakers"]["f1"] == 1.0 and r["speaker_org_accuracy"] == 1.0
    assert r["event_date_accuracy"] == 1.0 and r["published_accuracy"] == 1.0
    assert r["topics"]["f1"] == 1.0 and r["errors"] == []


def test_speaker_pairs_orgs_dates_and_topics_are_counted():
    g = [gold("a", [("李小鹏", "交通运输部"), ("马军胜", "国家邮政局")], "2017-11-09", None, ["peak_season"]),
         gold("b", [], None, "2020-01-01", ["party_building", "publicity"])]
    p = [gold("a", [("李小鹏", None), ("王某某", None)], "2017-11", "2017-11-10", ["peak_season", "publicity"]),
         gold("b", [], "2020-01-01", "2020-01-01", ["party_building"])]
    r = score(p, g)
    assert (r["speakers"]["tp"], r["speakers"]["fp"], r["speakers"]["fn"]) == (1, 1, 1)
    assert r["speaker_org_accuracy"] == 0.0
    assert r["event_date_accuracy"] == 0.0  # month precision is not the gold day
    assert r["day_predicted_where_gold_null"] == 1
    assert r["published_accuracy"] == 0.5
    assert (r["topics"]["tp"], r["topics"]["fp"], r["topics"]["fn"]) == (2, 1, 1)
    assert r["topics_per_topic"]["publicity"]["n_gold"] == 1


def test_non_core_topics_are_not_scored():
    g = [gold("a", topics=["peak_season"])]
    p = [gold("a", topics=["peak_season", "my_extra_topic"])]
    assert score(p, g)["topics"]["f1"] == 1.0


def test_org_with_or_without_department_matches():
    assert org_matches("国家邮政局", "国家邮政局市场监管司")
    assert org_matches("国家邮政局市场监管司", "国家邮政局")
    assert not org_matches("交通运输部", "国家邮政局")
    assert org_matches(None, None) and not org_matches(None, "外交部")


def test_missing_prediction_counts_as_wrong():
    g = [gold("a", [("耿爽", "外交部")], "2019-01-02", "2019-01-02", ["international"])]
    r = score([], g)
    assert r["n_predicted"] == 0 and r["speakers"]["recall"] == 0.0 and r["topics"]["recall"] == 0.0
