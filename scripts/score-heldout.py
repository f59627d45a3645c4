#!/usr/bin/env python3
"""Explains a score: which gold items a system export missed and why each extra event is a false
positive. Matching reuses ../shared/eval/score.py's own helpers, so the explanation follows the scorer.

usage: score-heldout.py SCORE_PY GOLD.jsonl SYSTEM.jsonl [--level core|strict|dated]
prints one JSON object: {"missed": [...], "false_positives": [...], "gold_without_sentence": [...]}
"""
import importlib.util, json, sys

def load_scorer(path):
    spec = importlib.util.spec_from_file_location("entente_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    level = "core"
    if "--level" in sys.argv:
        level = sys.argv[sys.argv.index("--level") + 1]
        args = [a for a in args if a != level]
    sc = load_scorer(args[0])
    gold = [json.loads(l) for l in open(args[1], encoding="utf-8") if l.strip()]
    system = [json.loads(l) for l in open(args[2], encoding="utf-8") if l.strip()]
    for g in gold:
        g["_q"] = sc.norm(g["quote"])
        codes = [g["code"]] + g.get("alt", [])
        g["_quads"] = {sc.quad(c) for c in codes} - {None}
        g["_roots"] = {str(c)[:2] for c in codes}
        g["_cap"] = 2 if g.get("symmetric") else 1
        g["_used"] = []
    ordered = [g for g in gold if g.get("required") and not g.get("negative")] + \
              [g for g in gold if g.get("negative")] + \
              [g for g in gold if not g.get("required") and not g.get("negative")]
    sentences = {sc.sentence_of(e) for e in system}
    false_positives = []
    for e in system:
        ss = sc.sentence_of(e)
        src, tgt = sc.actor_root(e.get("source")), sc.actor_root(e.get("target"))
        code = str(e.get("code") or "")
        q = sc.quad(code)
        hit, reasons = None, []
        for g in ordered:
            if not sc.same_place(g["_q"], ss):
                continue
            if len(g["_used"]) >= g["_cap"]:
                reasons.append(f"{g['id']}: already matched")
                continue
            fwd = sc.actor_ok(g["source"], src) and sc.actor_ok(g["target"], tgt)
            rev = g.get("symmetric") and sc.actor_ok(g["source"], tgt) and sc.actor_ok(g["target"], src)
            if not (fwd or rev):
                reasons.append(f"{g['id']}: actors {g['source']}->{g['target']}")
                continue
            if g.get("negative"):
                if q in g["_quads"] or code[:2] in g["_roots"]:
                    hit = g
                    reasons.append(f"{g['id']}: negated/non-occurring event coded")
                    break
                continue
            if q not in g["_quads"]:
                reasons.append(f"{g['id']}: code {g['code']} (quad {sorted(g['_quads'])})")
                continue
            if level in ("strict", "dated") and code[:2] not in g["_roots"]:
                reasons.append(f"{g['id']}: root not in {sorted(g['_roots'])}")
                continue
            if level == "dated" and not sc.overlap(g.get("date"), e.get("date")):
                reasons.append(f"{g['id']}: date {g.get('date')}")
                continue
            if g["_used"] and g["_used"][0] == (src, tgt):
                reasons.append(f"{g['id']}: same direction twice")
                continue
            hit = g
            break
        if hit is not None and not hit.get("negative"):
            hit["_used"].append((src, tgt))
            continue
        d = e.get("date")
        if isinstance(d, dict):
            d = d.get("start") if not d.get("end") or d.get("end") == d.get("start") else f"{d.get('start')}/{d.get('end')}"
        false_positives.append({
            "sentence": ss, "source": src, "target": tgt, "code": code, "date": d,
            "trigger": (e.get("trigger") or {}).get("text") if isinstance(e.get("trigger"), dict) else e.get("trigger"),
            "why": "; ".join(reasons) if reasons else "no gold item in this sentence",
        })
    missed = []
    for g in gold:
        if g.get("required") and not g.get("negative") and not g["_used"]:
            near = [f"{sc.actor_root(e.get('source'))}->{sc.actor_root(e.get('target'))} {e.get('code')}"
                    for e in system if sc.same_place(g["_q"], sc.sentence_of(e))]
            missed.append({"id": g["id"], "quote": g["quote"], "gold": f"{g['source']}->{g['target']} {g['code']}",
                           "date": g.get("date"), "system_in_sentence": near})
    unplaced = [g["id"] for g in gold if not any(sc.same_place(g["_q"], s) for s in sentences)]
    print(json.dumps({"level": level, "missed": missed, "false_positives": false_positives,
                      "gold_without_system_sentence": unplaced}, ensure_ascii=False))

if __name__ == "__main__":
    main()
