"""Text normaliser: raw page text (Simplified or Traditional, full of junk) → clean Simplified text.

``normalise_text(text) -> Normalised`` runs the ordered steps of ``steps.STEPS``:

    width folding → markup → character references → invisible chars → emoji → doubled punctuation → whitespace
    → pinyin annotations → Traditional→Simplified → garbled stretches → spam → boilerplate lines
    → pinyin/script/punctuation/garbled again (where a removal joined two pieces or took text
    away) → whitespace → flags

Meta (``Normalised.meta``, Simplified): ``published_raw`` (发布时间:…, 发布日期, a stamp line such as
``2017-11-17`` or ``2013年04月18日 09时01分`` before the body), ``source`` (来源:/新闻来源:…),
``editor`` (责任编辑/责编/编辑), ``author`` (作者/记者/撰稿), ``dateline`` (新华社北京3月5日电,
中新网7月21日电, 本网讯 … — the dateline also stays in the body). The first value of each key wins.

Guarantees (checked by tests/test_normalise_properties.py):

* never raises on any ``str`` (a step that fails is skipped and reported in ``flags`` as
  ``{"kind": "step_error", "step": name, "error": ...}``);
* idempotent: ``normalise_text(r.text).text == r.text``;
* never adds a Han character: every Han character of ``text`` occurs in
  ``script.convert_always(original)`` (the converter applied to the whole input) or is decoded
  from an HTML character reference the input holds (&#x65B0; → 新);
* offsets: each ``Removal`` points into the text *given to the step that made it*
  (``removal.step``): ``step_input[start:end] == removal.text``. ``normalise_trace`` returns those
  inputs. Offsets in ``flags`` point into the final ``Normalised.text``.

Garbled stretches (mis-decoded bytes such as 各?。▍^(qū), F(xiàn), å¼€, private-use glyphs) are
replaced by □ (U+25A1) and every □ run in the final text is listed in ``flags`` as
``{"kind": "garbled", "start", "end", "text": "□", "original": <what was there>}`` ("original" is
given when the runs pair one to one with the replaced stretches); taggers should not read meaning
from them.
"""

from __future__ import annotations

from policydata.normalise.steps import (
    CLOCK_KEY,
    STEPS,
    Ctx,
    decode_entities,
    recheck_garbled,
    recheck_pinyin,
    recheck_punct,
    recheck_script,
    strip_emoji,
    strip_invisible,
    strip_markup,
    tidy_whitespace,
    to_simplified,
)
from policydata.records import Normalised

__all__ = ["normalise_text", "normalise_trace"]

# steps that do nothing unless a late step removed something (ctx.late_cut): not even called then
_RECHECKS = frozenset({recheck_pinyin, recheck_script, recheck_punct, recheck_garbled})
# steps that only act on special characters other than the common marks (ctx.rare) or on
# Traditional-only ones (ctx.trad): not called when the text has neither (most titles)
_SPECIAL_ONLY = frozenset({strip_markup, decode_entities, strip_invisible, strip_emoji, to_simplified})
# (step, name, is a recheck, is special-only, is tidy_whitespace), looked up once
_PLAN = tuple(
    (step, step.__name__, step in _RECHECKS, step in _SPECIAL_ONLY, step is tidy_whitespace) for step in STEPS
)


def _run(text: str, trace: list[tuple[str, str]] | None) -> Normalised:
    if not isinstance(text, str):
        raise TypeError("normalise_text takes str; decode bytes with policydata.sources.encoding first")
    ctx = Ctx()
    current = text
    tidied = None  # what the first tidy_whitespace returned
    for step, name, recheck, special_only, tidy in _PLAN:
        if trace is not None:
            trace.append((name, current))
        elif recheck and not ctx.late_cut:
            continue
        elif special_only and ctx.specials is not None and not ctx.rare and not ctx.trad:
            continue  # the step's own test would say "nothing to do" (to_simplified: script stays)
        elif tidy and current is tidied:
            continue  # again on its own output (no step since changed the text): idempotent
        ctx.step = name
        try:
            current = step(current, ctx)
        except Exception as exc:  # noqa: BLE001 - a broken step must not lose the document
            ctx.removed = [r for r in ctx.removed if r.step != ctx.step]
            ctx.flags.append({"kind": "step_error", "step": ctx.step, "error": repr(exc)[:200]})
        if tidy and tidied is None:
            tidied = current
    ctx.meta.pop(CLOCK_KEY, None)  # (a mark for the steps only)
    return Normalised(
        text=current, original=text, script=ctx.script, removed=ctx.removed, meta=ctx.meta, flags=ctx.flags
    )


def normalise_text(text: str) -> Normalised:
    """Clean, Simplified text with an audit of every removal (see module docstring)."""
    return _run(text, None)


def normalise_trace(text: str) -> tuple[Normalised, list[tuple[str, str]]]:
    """Like ``normalise_text`` but also returns ``(step name, step input)`` for every step."""
    trace: list[tuple[str, str]] = []
    return _run(text, trace), trace
