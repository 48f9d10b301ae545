"""Score tagged documents against a gold file (format: shared gold/GUIDE.md).

Measures (the contract of `policydata eval`):
- speakers: micro precision / recall / F1 over (document, name) pairs; ``org_accuracy`` is the share
  of matched speakers whose organisation matches (the gold may name the body or the body with
  its department, so either form counts; a null gold org matches a null prediction);
- event date: accuracy over documents whose gold date is not null (exact value, so precision
  counts), and ``day_predicted_where_gold_null``;
- published date: accuracy over all gold documents (null == null counts as right);
- topics: micro precision / recall / F1 over (document, topic) pairs of the 18 core ids, and per topic.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

CORE_TOPICS = (
    "green_packaging", "green_development", "safety_supervision", "peak_season", "party_building",
    "transport_power", "technology_innovation", "consumer_rights", "service_quality", "rural_delivery",
    "reform_regulation", "high_quality_development", "epidemic_response", "logistics_efficiency",
    "worker_rights", "international", "publicity", "business_statistics",
)


def read_jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def org_matches(pred: str | None, gold: str | None) -> bool:
    if not gold:
        return not pred
    if not pred:
        return False
    return pred == gold or gold.startswith(pred) or pred.startswith(gold)


def score(predicted: Iterable[dict], gold: Iterable[dict]) -> dict:
    pred_by_id = {p["id"]: p for p in predicted}
    gold_list = list(gold)
    sp_tp = sp_fp = sp_fn = 0
    org_ok = org_n = 0
    ev_ok = ev_n = day_where_null = 0
    pub_ok = 0
    tp_t = {t: 0 for t in CORE_TOPICS}
    fp_t = dict(tp_t)
    fn_t = dict(tp_t)
    errors: list[dict] = []
    for g in gold_list:
        p = pred_by_id.get(g["id"], {})
        gold_sp = {s["name"]: s for s in g.get("speakers") or []}
        pred_sp = {s["name"]: s for s in p.get("speakers") or []}
        matched = gold_sp.keys() & pred_sp.keys()
        sp_tp += len(matched)
        sp_fp += len(pred_sp.keys() - gold_sp.keys())
        sp_fn += len(gold_sp.keys() - pred_sp.keys())
        for name in matched:
            org_n += 1
            org_ok += org_matches(pred_sp[name].get("org"), gold_sp[name].get("org"))
        if pred_sp.keys() != gold_sp.keys():
            errors.append({"id": g["id"], "field": "speakers", "gold": sorted(gold_sp), "pred": sorted(pred_sp)})
        gold_ev, pred_ev = g.get("event_date"), p.get("event_date")
        if gold_ev is None:
            day_where_null += bool(pred_ev) and len(pred_ev) == 10
        else:
            ev_n += 1
            ev_ok += pred_ev == gold_ev
            if pred_ev != gold_ev:
                errors.append({"id": g["id"], "field": "event_date", "gold": gold_ev, "pred": pred_ev})
        pub_ok += (p.get("published") or None) == (g.get("published") or None)
        if (p.get("published") or None) != (g.get("published") or None):
            errors.append({"id": g["id"], "field": "published", "gold": g.get("published"),
                           "pred": p.get("published")})
        gold_t = set(g.get("topics") or []) & set(CORE_TOPICS)
        pred_t = set(p.get("topics") or []) & set(CORE_TOPICS)
        for t in gold_t & pred_t:
            tp_t[t] += 1
        for t in pred_t - gold_t:
            fp_t[t] += 1
        for t in gold_t - pred_t:
            fn_t[t] += 1
        if gold_t != pred_t:
            errors.append({"id": g["id"], "field": "topics", "missing": sorted(gold_t - pred_t),
                           "extra": sorted(pred_t - gold_t)})
    n = len(gold_list)
    per_topic = {t: {**prf(tp_t[t], fp_t[t], fn_t[t]), "n_gold": tp_t[t] + fn_t[t]} for t in CORE_TOPICS}
    return {
        "n_documents": n,
        "n_predicted": sum(1 for g in gold_list if g["id"] in pred_by_id),
        "speakers": prf(sp_tp, sp_fp, sp_fn),
        "speaker_org_accuracy": round(org_ok / org_n, 4) if org_n else 0.0,
        "event_date_accuracy": round(ev_ok / ev_n, 4) if ev_n else 0.0,
        "event_date_n": ev_n,
        "day_predicted_where_gold_null": day_where_null,
        "published_accuracy": round(pub_ok / n, 4) if n else 0.0,
        "topics": prf(sum(tp_t.values()), sum(fp_t.values()), sum(fn_t.values())),
        "topics_per_topic": per_topic,
        "errors": errors,
    }


def summary_line(result: dict) -> dict:
    """The headline figures, for one-line JSON output and notes."""
    return {
        "n_documents": result["n_documents"],
        "speakers_precision": result["speakers"]["precision"],
        "speakers_recall": result["speakers"]["recall"],
        "speakers_f1": result["speakers"]["f1"],
        "speaker_org_accuracy": result["speaker_org_accuracy"],
        "event_date_accuracy": result["event_date_accuracy"],
        "day_predicted_where_gold_null": result["day_predicted_where_gold_null"],
        "published_accuracy": result["published_accuracy"],
        "topics_precision": result["topics"]["precision"],
        "topics_recall": result["topics"]["recall"],
        "topics_f1": result["topics"]["f1"],
    }
