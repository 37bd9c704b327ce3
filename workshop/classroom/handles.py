"""Finding e-mail addresses (also spelled out or disguised), social handles and profile links.

Each finder returns spans of the text given, which is the *normalised* copy made by
redact.py (a full-width at sign and dots, odd spaces and dots as separators turned into plain ones,
one character for one, so spans hold in the original too). Plain words stay: "Meet me @ the
park", "my insta is private", "I'm at the gym.".
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

#: what people write for "@" and "." to dodge address harvesters
_AT: Final = r"(?:\s?@\s?|\s*[(\[{<]\s*(?:at|@)\s*[)\]}>]\s*|\s+at\s+|\s+AT\s+)"
_DOT: Final = r"(?:\.|\s*[(\[{<]\s*(?:dot|\.)\s*[)\]}>]\s*|\s+dot\s+|\s+DOT\s+)"
#: top-level domains accepted after a spelled-out "at" (a real dot, not "at the gym.")
_TLD: Final = (r"(?:com|org|net|edu|gov|io|co|me|info|biz|app|dev|uk|us|ca|au|nz|ie|de|fr|es|"
               r"it|nl|be|ch|at|se|no|dk|fi|pl|pt|br|mx|ar|in|jp|cn|kr|za|ng|ke|ph|sg|tr|eg|ru|"
               r"ua|cz|gr|hu|ro|il|ae|sa|hk|tw|my|id|vn|th|cl|pe|xyz|online|email|mail)")
#: every repetition is bounded, so that a long run of "a.a.a." costs linear time, not more
_LOCAL: Final = r"[A-Za-z0-9][\w.+%-]{0,63}"
#: with spaces round "@", the address must end in a known domain ("slack @sam.lee" is a handle)
_EMAIL: Final = re.compile(rf"{_LOCAL}@[\w-]{{1,63}}(?:\.[\w-]{{1,63}}){{0,6}}\.[A-Za-z]{{2,24}}\b")
_SPELLED: Final = re.compile(
    rf"\b{_LOCAL}(?:\s+dot\s+[\w+-]{{1,63}}){{0,4}}{_AT}[A-Za-z0-9-]{{1,63}}"
    rf"(?:{_DOT}[A-Za-z0-9-]{{1,63}}){{0,4}}{_DOT}{_TLD}\b",
    re.IGNORECASE)
#: "sam at gmail", with no ending: the big mail providers are addresses by themselves
_PROVIDER: Final = re.compile(
    rf"\b{_LOCAL}{_AT}(?:gmail|googlemail|hotmail|outlook|yahoo|icloud|protonmail|proton|gmx|"
    r"aol|live|yandex|mail\.ru|web\.de|zoho)\b", re.IGNORECASE)

#: profile links of the common networks, with or without https:// and www.
_LINK: Final = re.compile(
    r"(?:https?://)?(?:www\.|m\.|[a-z]{2}\.)?(?:"
    r"instagram\.com|instagr\.am|facebook\.com|fb\.com|fb\.me|m\.me|linkedin\.com/in|"
    r"linkedin\.com/pub|lnkd\.in|twitter\.com|x\.com|tiktok\.com|vm\.tiktok\.com|"
    r"snapchat\.com/add|t\.me|telegram\.me|telegram\.dog|wa\.me|api\.whatsapp\.com/send|"
    r"chat\.whatsapp\.com|discord\.gg|discord\.com/users|discordapp\.com/users|"
    r"github\.com|gitlab\.com|youtube\.com|youtu\.be|threads\.net|bsky\.app/profile|"
    r"reddit\.com/u(?:ser)?|pinterest\.com|twitch\.tv|tumblr\.com|vk\.com|signal\.me|"
    r"medium\.com|behance\.net|dribbble\.com|soundcloud\.com|spotify\.com/user|"
    r"strava\.com/athletes|hinge\.co|bumble\.com|tinder\.com|mastodon\.social|"
    r"linktr\.ee|beacons\.ai|carrd\.co|onlyfans\.com|patreon\.com|line\.me|weixin\.qq\.com"
    r")/[^\s<>\"')\]]+", re.IGNORECASE)
#: a fediverse handle, @name@server (found before e-mail addresses, which it contains)
_FEDIVERSE: Final = re.compile(
    r"(?<![\w.@])@[A-Za-z0-9_.]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}")
#: @name; "@ the park" and "@3pm" are not handles
_HANDLE: Final = re.compile(
    r"(?<![\w.@/])@(?!\d{1,2}(?::\d\d)?\s?(?:[ap]\.?m\b|h\b|o'?clock|\b))"
    r"[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?")
#: a Discord tag: name#1234
_DISCORD: Final = re.compile(r"(?<![\w#])[A-Za-z0-9_.]{2,32}#\d{4}\b")
#: a network named, then the handle: "insta: sam_climbs", "my snap is sam.c99", "IG - samc"
_NAMED: Final = re.compile(
    r"\b(?:insta(?:gram)?|ig|snap(?:chat)?|sc|tik\s?tok|tt|twitter|tweet\s+me|x\.com|"
    r"telegram|tg|discord|linked\s?in|facebook|fb|messenger|threads|bluesky|bsky|mastodon|"
    r"whats\s?app|signal|wechat|weixin|kik|line\s+id|skype|reddit|twitch|github|hinge|bumble|"
    r"tinder)\b(?:\s+(?:handle|username|user\s?name|name|id|account|profile))?"
    r"(?P<sep>\s*[:=\-\u2013>]\s*|\s+is\s+|\s+(?:at|@)\s*|\s+)"
    r"(?P<name>[A-Za-z0-9_][\w.-]{1,29}[A-Za-z0-9_])", re.IGNORECASE)


def fediverse_spans(text: str) -> list[tuple[int, int]]:
    """Fediverse handles: @name@server."""
    return [m.span() for m in _FEDIVERSE.finditer(text)]


def email_spans(text: str) -> list[tuple[int, int]]:
    """E-mail addresses: plain, with spaces round @, spelled out, or disguised."""
    return [m.span() for p in (_EMAIL, _SPELLED, _PROVIDER) for m in p.finditer(text)]


def link_spans(text: str) -> list[tuple[int, int]]:
    """Links to a profile on a social network or messenger."""
    return [(m.start(), _trim(text, m.start(), m.end())) for m in _LINK.finditer(text)]


def handle_spans(text: str) -> list[tuple[int, int]]:
    """Social handles: @name, name#1234, and a name given right after a network's name."""
    spans = [m.span() for p in (_HANDLE, _DISCORD) for m in p.finditer(text)]
    for m in _NAMED.finditer(text):
        name = m.group("name")
        spaced = not m.group("sep").strip()
        plain = name.isalpha() and name.lower() in _common()
        if plain or (spaced and not re.search(r"[\d_.]", name)):
            continue  # "my insta is private", "on Instagram today"
        spans.append(m.span("name"))
    return spans


def _trim(text: str, start: int, end: int) -> int:
    """The end of a link, without the full stop or comma of the sentence after it."""
    while end > start and text[end - 1] in ".,;:!?":
        end -= 1
    return end


@cache
def _common() -> frozenset[str]:
    from workshop.exercises.words import common_words

    return frozenset(common_words()) | {"me", "too", "now", "only", "mostly", "private"}
