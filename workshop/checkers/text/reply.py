"""The reply to "Can I get your number?": a yes, a not-yet or a no, each done gracefully."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any, Final

from workshop.checkers.contract import criteria_for
from workshop.checkers.feedback import Criterion, Feedback
from workshop.checkers.registry import text_checker
from workshop.checkers.text._answers import GLAD, GRUDGING, HEDGE, YES
from workshop.checkers.text._choice import ALTERNATIVE, FALSE_HOPE
from workshop.checkers.text._courtesy import RUDE, WARM
from workshop.checkers.text._cues import Hit, spans
from workshop.checkers.text._declining import EXCUSE, HONEST, STRONG_NO, WEAK_NO
from workshop.checkers.text._games import GAMES
from workshop.checkers.text._prepare import Prepared, prepare
from workshop.checkers.text._verdict import (
    Rule,
    feedback,
    judge,
    nothing_written,
    quote_of,
    unreadable,
)

RESPONSE = "The Graceful Response"
_YES_P = f"{RESPONSE}: If You're Interested, Be Enthusiastic!"
_UNSURE_P = f"{RESPONSE}: If You're Unsure, Be Honest and Kind"
_NO_P = f"{RESPONSE}: If You're Not Interested, Be Direct and Polite"
RULES: Final[dict[str, Rule]] = {
    "clear_yes": Rule(
        _YES_P, 'Your yes is unmistakable ("{quote}").',
        'Say yes plainly and gladly, for example "Yes, I\'d love to!" - and give the number.',
        "say a plain, glad yes", '"{quote}" leaves them unsure whether you mean yes.',
        looked_for="a yes"),
    "no_games": Rule(
        _YES_P + " (don't play games)", "No games: you say what you mean.",
        'If you are interested, skip the teasing and tests; "Yes! Here\'s my number." is '
        "all it takes.", "drop the teasing", '"{quote}" {why}.'),
    "honest": Rule(
        _UNSURE_P, 'You say honestly where you stand ("{quote}").',
        'Say plainly that you are not ready yet, for example "I\'m not really giving out '
        'my number right now."', "say honestly that you are not ready",
        '"{quote}" is an excuse rather than the truth.',
        looked_for="words that say you are not ready yet"),
    "kind": Rule(
        _UNSURE_P, 'You acknowledge them warmly ("{quote}").',
        'Add a warm word about them or your time together, for example "Thank you - I\'ve '
        'enjoyed talking to you."', "add a warm word",
        '"{quote}" can sting.',
        looked_for="a warm word about them or your time together"),
    "alternative": Rule(
        f"{_UNSURE_P} (offer an alternative); The Digital Age Dilemma",
        'You offer another way to stay in touch ("{quote}").',
        'Optional, but friendly: offer another way to connect, for example "Maybe we can '
        'connect on social media instead?"', "offer another way to connect",
        looked_for="another way to stay in touch"),
    "clear_no": Rule(
        _NO_P, 'Your no is clear ("{quote}").',
        'Decline plainly so there is no room for doubt, for example "Thank you, but I\'m '
        'not interested."', "make the no unmistakable",
        looked_for="a clear no"),
    "polite": Rule(
        _NO_P, "You decline courteously, without putting them down.",
        'Stay courteous: a simple "Thank you, but I\'m not interested" is enough.',
        "keep it courteous", '"{quote}" is unkind.'),
    "no_false_hope": Rule(
        f"{_NO_P} (avoid false hope)", "No false hope: they know where they stand.",
        'Leave out "maybe later" and similar; a kind, final "no, thank you" is fairer to '
        "them.", "leave out the false hope", '"{quote}" suggests the answer might change.'),
}
_PRAISE = {
    "yes": "a clear, glad yes with no games",
    "unsure": "honest about not being ready, and kind about it",
    "no": "a clear, polite no that leaves no false hope",
}


#: What each kind of game does to a yes.
_GAME_WHY: Final = {
    "games": "turns your yes into a game they have to play",
    "condition": "puts a condition on your yes, so it is not a plain yes any more",
    "tease": "teases them with the answer instead of giving it",
    "defer": "puts the yes off until they chase you for it, so it is not a yes yet",
    "coy": "plays coy, as if your yes were a favour you give reluctantly",
}
# The word no itself, said outright: "No.", "nope", "I'm going to say no", "I'll pass".
_SAYS_NO = re.compile(r".*?\b(?:no+|nope|nah+|say no|decline|pass)\b")
# A limit to the present: "(not) right now", "just now", "for the time being".
_FOR_NOW = re.compile(
    r"(?:not )?(?:(?:right |just )?now|for now|at the moment|at this point|yet|for the time"
    r" being|currently)"
)


def _by_start(*groups: list[Hit]) -> list[Hit]:
    return sorted((h for g in groups for h in g), key=lambda h: h.start)


# A yes said as a question ("yeah?", "sure?") asks whether it is a yes; it does not say one.
_ASKED = re.compile(r"\s*\?")


def _yes(p: Prepared) -> list[Criterion]:
    yes, hedges, games = YES.find(p), HEDGE.find(p), GAMES.find(p)
    asked = [h for h in yes if h.label == "yes" and _ASKED.match(p.norm, h.end)]
    if asked:
        yes = [h for h in yes if h not in asked]
        hedges = sorted(hedges + asked, key=lambda h: h.start)
    # Giving the number itself settles it, even with a "hmm" first; a promise to does not.
    gave_number = any(h.label == "gives_it" for h in yes)
    # A hesitation that ends in a plain yes ("I guess? Sure.") settles on the yes; a yes put
    # off until they chase it ("...not going to make it that easy") is no yes yet.
    settled = bool(hedges) and any(h.start >= max(x.end for x in hedges) for h in yes)
    deferred = any(g.label == "defer" for g in games)
    glad = "!" in p.norm or bool(GLAD.find(p))
    # "Okay." agrees without gladness; "whatever" and "if you must" make the yes grudging.
    flat = [h for h in yes if h.label == "flat"]
    meant = [h for h in yes if h.label != "flat"]
    # Grudging words spoil even a yes with the number ("Fine, it's 555-0148").
    grudging = GRUDGING.find(p)
    only_flat = bool(flat) and not meant and not glad
    # An emoji alone can be read many ways: a yes is said in words.
    clear = (bool(yes) and (not hedges or gave_number or settled) and not deferred
             and not grudging and not only_flat and p.words > 0)
    if clear:
        criterion = judge("clear_yes", RULES["clear_yes"], True, p, meant or yes)
    elif grudging and not deferred:
        criterion = _reworded(judge("clear_yes", RULES["clear_yes"], False, p, grudging),
                              '"{quote}" makes your yes sound grudging, as if '
                              "you did not mind either way.", p, grudging)
    elif only_flat and not hedges and not deferred:
        criterion = _reworded(judge("clear_yes", RULES["clear_yes"], False, p, flat),
                              '"{quote}" is a yes, but a flat one: it can sound as if you do '
                              "not mind either way.", p, flat)
    else:
        evidence = hedges or [g for g in games if g.label == "defer"]
        criterion = judge("clear_yes", RULES["clear_yes"], False, p, evidence)
    return [criterion, _absent("no_games", p, games,
                               why=_GAME_WHY[games[0].label] if games else "")]


def _reworded(c: Criterion, blame: str, p: Prepared, hits: list[Hit]) -> Criterion:
    """Failed criterion ``c`` explained by what ``hits`` do, then how to say it gladly."""
    advice = 'If you are glad, let it show: "Yes, I\'d love that!" - and give the number.'
    return Criterion(c.id, False, blame.format(quote=quote_of(p, hits)) + " " + advice,
                     c.principle, c.evidence)


def _unsure(p: Prepared) -> list[Criterion]:
    excuses, honest = EXCUSE.find(p), HONEST.find(p)
    rude, warm = RUDE.find(p), WARM.find(p)
    return [
        judge("honest", RULES["honest"], bool(honest) and not excuses, p, excuses or honest),
        judge("kind", RULES["kind"], bool(warm) and not rude, p, rude or warm),
        judge("alternative", RULES["alternative"], bool(a := ALTERNATIVE.find(p)), p, a),
    ]


def _no(p: Prepared) -> list[Criterion]:
    strong, weak, hope = STRONG_NO.find(p), WEAK_NO.find(p), FALSE_HOPE.find(p)
    # A decline limited to the present ("not looking for anything right now", "I'd prefer
    # not to just now") is only a time limit, not unmistakable; a no said outright ("no
    # thanks", "I'm going to say no for now - but ask me again") stays clear, and the hope
    # tacked on fails no_false_hope instead.
    for_now = any(_FOR_NOW.match(p.norm, h.start) for h in hope)
    outright = any(_SAYS_NO.match(p.norm[h.start:h.end]) for h in strong)
    clear = (bool(strong) and (outright or not for_now)) or (bool(weak) and not hope)
    return [
        judge("clear_no", RULES["clear_no"], clear, p, _by_start(strong, weak)),
        _polite(p, strong + weak, hope),
        # An excuse ("my phone is broken") says the no is about today, so another time is open.
        _absent("no_false_hope", p,
                _by_start(hope, [h for h in EXCUSE.find(p) if h.label == "excuse"])),
    ]


# Courtesy that softens a no: "sorry", "I'm afraid", "have a good night", a smile.
_COURTEOUS = re.compile(
    r"\b(?:sorry|please|afraid|unfortunately|respectfully|politely|kind|appreciate|flattered"
    r"|have a (?:good|great|nice|lovely)|enjoy|take care|all the best|good luck|no offen[cs]e"
    r"|honestly)\b|[\U0001f642\U0001f60a\u263a\U0001f64f]"
)
# A warm "!", a smile (a sheepish one too) or a kiss to sign off softens a no ("Nah, I'm good -
# enjoy the gig!", "not tonight hun x"); after one or two words ("No!") it only makes the no
# louder.
_SOFTENED = re.compile(r"\w\W*!|[\U0001f609\U0001f600-\U0001f606\U0001f917\U0001f970\U0001f643]"
                       r"|\sx{1,3}\W*$")


def _polite(p: Prepared, declines: list[Hit], hope: list[Hit]) -> Criterion:
    """Polite: no insult, and more than a bare "No." (kindly said: that is right when unsafe).

    A next time asked about softens the no (its hope fails no_false_hope instead); so do a
    courtesy word, a good wish, a warm "!", a smile or a kiss.
    """
    rude = RUDE.find(p)
    if rude or p.truncated:
        return _absent("polite", p, rude)
    softened = p.words > 2 and _SOFTENED.search(p.norm) is not None
    # Hope held out softens only as a question about a next time, in a sentence of its own
    # ("Not tonight, but maybe next week at the club?"); trailing off or in a word or two
    # ("not tonight.", "Probably not... not this week anyway") it is no kinder than "No.".
    # A hedge with no courtesy ("I'm not really one for sharing numbers...") is no kinder
    # than a bare "No." either, whether or not its decline is clear.
    asks_next = bool(hope) and p.words > 5 and "?" in p.norm
    bare = (not asks_next and not softened and not WARM.find(p)
            and not _COURTEOUS.search(p.norm))
    if not bare:
        return judge("polite", RULES["polite"], True, p)
    if not declines:
        return Criterion("polite", False, (
            "I could not find a courteous word (thanks, sorry, a good wish) - if your message "
            "has one in other words, you can ignore this point. " + RULES["polite"].advice),
            RULES["polite"].principle, (), sure=False)
    return Criterion("polite", False, (
        f'"{quote_of(p, declines)}" is clear, and if you ever feel unsafe, a bare no is exactly '
        "right. When you feel safe, a courteous word makes it kinder: \"Thank you, but I'm not "
        'interested."'), RULES["polite"].principle, spans(declines[:1]))


def _absent(cid: str, p: Prepared, hits: list[Hit], **extra: str) -> Criterion:
    """A criterion that passes when none of ``hits`` is in the (fully read) message."""
    if p.truncated:
        return unreadable(cid, RULES[cid], p)
    return judge(cid, RULES[cid], not hits, p, hits, **extra)


_JUDGES: Final[dict[str, Callable[[Prepared], list[Criterion]]]] = {
    "yes": _yes, "unsure": _unsure, "no": _no,
}


@text_checker("reply")
def check_reply(text: str, ctx: Mapping[str, Any]) -> Feedback:
    """Judge a reply given with ``intent`` yes, unsure or no against "The Graceful Response"."""
    intent = str(ctx["intent"])
    p = prepare(text)
    if not p.text.strip():
        criteria = [nothing_written(cid, RULES[cid], p) for cid in criteria_for("reply", intent)]
        return feedback("reply", p, criteria, False, RULES, _PRAISE[intent])
    criteria = _JUDGES[intent](p)
    by_id = {c.id: c.passed for c in criteria}
    # An unsure reply need not offer an alternative; the others need every criterion.
    passed = by_id["honest"] and by_id["kind"] if intent == "unsure" else all(by_id.values())
    fb = feedback("reply", p, criteria, passed, RULES, _PRAISE[intent], optional={"alternative"})
    fb.details["intent"] = intent
    return fb
