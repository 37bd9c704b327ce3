"""Games in an answer: a number held back to be guessed, earned or chased, and teasing digs.

Part of the answers of ``_answers`` (read there with the rest): "Guess it", "work for it",
"took you long enough 🙄". "The Graceful Response" asks for a plain yes without games.
"""

from __future__ import annotations

from typing import Final

from workshop.checkers.text._answers import MAYBE
from workshop.checkers.text._cues import CueSet

GAMES: Final = CueSet({
    "games": [
        r"(?<!i )guess(?: it| my number| what)?", r"make (?:me|you) (?:work|wait|earn|beg)",
        r"work (?:a (?:bit|little|lot) |much |way )?(?:harder |more )?for (?:it|my number|them"
        r"|those|my digits)", r"earn (?:it|my number)", r"riddles?", r"who says",
        # In any tense: "once you beat me", "once you've beaten me at chess".
        r"(?:if|unless|once|after) <you>(?:'?ve| have)? (?:can|could|earn(?:ed)?|answer(?:ed)?"
        r"|beat(?:en)?|win|won|guess(?:ed)?|find|found|solve(?:d)?|prove(?:d|n)?|impress(?:ed)?"
        r"|ask(?:ed)? nicely|catch|caught|track(?:ed)?)",
        # Withholding it outright, for now: "Not telling...", "my lips are sealed".
        r"not (?:telling|saying|giving it (?:up|away))\b", r"my lips are sealed",
        r"that'?s for me to know",
        r"<youll> have to", r"<you> (?:have|need|got) to (?:figure|guess|earn|beat|work|find"
        r"|wait|prove|win|impress|ask)", r"figure (?:it |them |that )?out", r"hard to get",
        r"how i play (?:it|this)", r"only if <you>",
        # Questioning what they want it for, instead of answering: "what would you even do
        # with it?"
        r"what (?:would|will|are|do|could) <you> (?:even |really |actually )?(?:going to |gonna )?"
        r"(?:do|want) (?:with|it for)", r"why do <you> (?:even )?want (?:it|my number|to know)",
        # Withholding part of it: "I'll give you a hint", "it starts with 07 and the rest..."
        r"(?:a|one|the|another|some) (?:hint|clue)s?", r"(?:it )?(?:starts|begins|ends) with",
        r"the rest <youll>",
        r"what'?s in it for me", r"what'?s it worth", r"find (?:it |that |them |those )?out",
        r"nice try", r"<youre> (?:gonna|going to) (?:have|need) to (?:work|try|earn|do|be)",
        r"work harder",
        r"(?:minus|without|except|but not|all but) (?:the )?(?:last|first|final) (?:\w+ )?digits?",
        r"see how <you> (?:behave|do|go)", r"(?:work|fake|spare|old|second|burner) number first",
        r"convince me", r"try harder",
        r"catch me", r"if <youre> lucky",
        # "Maybe" said with a wink teases; said flustered ("um, maybe? I mean, yeah?") it
        # only hesitates, which the hedge already counts.
        MAYBE + "(?=[^.!?]{0,30}?[\U0001f609\U0001f60f\U0001f61c\U0001f618\U0001f607"
        "\U0001f648\U0001f61d\U0001f63c]|[^.!?]{0,30}?(?:;-?[)p]|:-?p\\b)|\\.\\.)",
        # "I'll think about it" teases only with a wink, a "hmm" or a trailing "...": said
        # plainly after thanks it only hesitates, which the hedge already counts.
        r"we'?ll see", r"depends", r"hmm+,? (?:i'?ll|let me) think about it",
        r"(?:i'?ll|let me) think about it(?=[^.!?]{0,30}?[\U0001f609\U0001f60f\U0001f61c"
        "\U0001f618\U0001f607\U0001f648\U0001f61d\U0001f63c]|[^.!?]{0,30}?(?:;-?[)p]|:-?p\\b)"
        r"|\.\.)",
        r"ask me again", r"play(?:ing)? it cool", r"eventually", r"consider it",
        r"<youd> better", r"<you> better", r"<you> (?:have|need|got) to (?:text|call|ask|message)"
        r" (?:me )?first", r"beg",
        r"keep (?:<you>|people|them|everyone|everybody|guys|'?em|folks|men|women) guessing",
        # A yes taken back in the same breath: "Sure, but I never answer my phone, good luck",
        # "I'd love to... but I'm not going to make it that easy".
        r"(?:never|rarely|hardly ever|don'?t|do not|won'?t) (?:ever )?(?:answer|pick up|reply"
        r"|check|look at|text back)\b[^.!?]{0,25}?\b(?:phone|texts?|messages?|calls?)",
        r"good luck(?: with that| getting| reaching| finding)?(?=\s*(?:$|[^\w\s]))",
        r"good luck(?: with that)?,? (?:lol|haha+|lmao|hehe|xd)\b",
        # Making them chase: "I'm impossible to reach", "I'm hard to pin down".
        r"<im> (?:\w+ )?(?:impossible|hard|difficult|tough|a nightmare|never easy) to (?:reach"
        r"|get hold of|pin down|catch|get through to|get)\b",
        # Handing over part of it: "three digits now and the rest after our next date".
        r"(?:\w+|half|some|part) (?:of )?(?:the |my )?digits? now\b",
        r"the (?:rest|other (?:half|\w+ digits?)|remaining (?:\w+ )?digits?) (?:after|once|when"
        r"|if|later|next time|on)\b",
    ],
    # Coyness: a yes wrapped in pretended reluctance, or given as a special favour to them,
    # instead of a glad one: "I don't normally give it out... but for you, ok", "I shouldn't,
    # but", "just this once", "fine, if you insist".
    "coy": [
        r"(?:don'?t|do not|never) (?:normally|usually|ever|generally|typically|really) (?:do this"
        r"|do that|give|hand|share|say yes)\b[^!?]{0,50}?\bbut\b",
        r"(?:not|never) (?:something|a thing) i (?:normally|usually|ever) do\b[^!?]{0,40}?\bbut\b",
        r"(?:but (?:just |only )?|just |only )for (?:you|u)(?=\s*(?:[,.!]|ok|okay|fine|then|yes"
        r"|sure))", r"(?:since|because|cos|cause|coz) it'?s (?:you|u)\b",
        r"(?:only|just) (?:because|cos|cause|coz|'cause) <youre> (?:cute|hot|sweet|nice|funny"
        r"|persistent|charming|lucky)",
        r"i (?:really )?shouldn'?t(?:,| but|\.\.)", r"against my better judg(?:e)?ment",
        # ("If you insist." alone is grudging, which fails clear_yes only; with a smirk or a
        # wink it is played.)
        r"just this (?:once|one time)", r"(?:if|since) <you> insist(?=[^\w]{0,4}[\U0001f60f"
        r"\U0001f609\U0001f61c\U0001f61d\U0001f618])", r"<you> win\b",
        r"(?:since|because|cos) <you> asked (?:so )?(?:nicely|politely|sweetly)",
        r"don'?t let (?:it|this) go to <your> head",
        # A shrugged yes played as a favour: "Hmm... I suppose 😏". (A plain "I suppose so."
        # or "I suppose you can have it." is grudging, not coy: it fails clear_yes only.)
        r"(?:(?<=^)|(?<=[.!?] )|(?<=hmm )|(?<=well )|(?<=well, ))i suppose"
        r"(?=\s*(?:so\s*)?[\U0001f60f\U0001f609\U0001f61c\U0001f644\U0001f648])",
        r"(?:sure|think) <you> can handle (?:it|me|this|that)", r"play <your> cards right",
        r"<im> not (?:that|so) easy",
        # A pretend no taken back: "What makes you think I'd give it to you? ...kidding, yes".
        r"(?<!no )(?<!not )(?:just )?(?:kidding|joking|jk|psych|gotcha)\b",
        r"what makes <you> think", r"(?:as if|in your dreams)\b[^.!?]{0,30}?\b(?:yes|ok|sure)",
        # Offered and taken back with a wink: "I might have left it there... or not 😉".
        r"(?:\.\.\.?|,)\s*or (?:not|maybe not)\b", r"maybe i will,? maybe i won'?t",
    ],
    # The yes put off to a chase: "I'm not going to make it that easy", "find me later and ask".
    "defer": [
        r"(?:not going to|not gonna|won'?t|wont|never) make (?:it|this|things) (?:that |so |too )?"
        r"easy", r"(?:find|catch) me (?:on|at|in|later)\b[^.!?]{0,40}?\band ask",
    ],
    # A yes with strings attached: "Yes! But you have to promise...", "only if...", "first".
    "condition": [
        r"(?:but )?<you> (?:text|call|message|ring|ask|write|go|reach out) (?:me )?first",
        r"i (?:never|don'?t|do not) (?:text|message|call|reach out) first",
        r"but (?:first|only if|<you>(?:'ve| have| need| must| got|'ll have)?(?: got)?"
        r" (?:to|gotta))",
        r"<you>(?:'ve| have| need| must| got)?(?: got)? (?:to|gotta) \w+(?: \w+){0,6}? first",
        # A clock on the yes, or a verdict on their silence: "within the hour or I'll assume".
        r"(?:within|in) (?:the (?:next )?hour|(?:an?|one|\d+) (?:hours?|minutes?|mins?))",
        r"or <ill> (?:assume|know|take (?:it|that)|think)",
        r"(?:on|with|under) (?:one|a|the|1|two|2|some) conditions?", r"(?:one|1) condition",
        r"as long as <you>", r"in (?:exchange|return)", r"(?:provided|providing) (?:that )?<you>",
        r"<you> (?:have|need|got|must)(?: to)? promise", r"if <you> promise",
        r"only (?:after|once|when) <you>",
        # A wait imposed on the yes: "but don't text me for at least three days".
        r"(?:don'?t|do not|no) (?:text|call|message|texting|calling|messaging|contact)\w*(?: me)?"
        r" (?:for|until|till|before) (?:at least |a good |a few |another )?(?:\w+ )?(?:days?"
        r"|hours?|weeks?|tomorrow|next \w+)", r"(?:first|before that),? <you> (?:have|need|must"
        r"|got)",
        # A task set before the number: "Hold on - first tell me three things you like".
        r"first,? (?:tell|show|send|say|give|answer|guess|name|list|buy|get|prove|dance|sing"
        r"|promise|beat|win|ask|convince|describe|explain)\b",
    ],
    # Teasing with the answer: "should I?", "if you're lucky", "you'll have to earn it".
    "tease": [
        r"(?:should|shall|would|will|do) i\s*\?", r"why should i",
        r"(?:should|shall) i (?:give|tell|let|share)\b<gap>\?", r"what do i get",
        r"(?:if|when) <youre> (?:lucky|good|nice)", r"lucky (?:you|for you)", r"feeling lucky",
        r"<youd> (?:be|have to be) lucky",
        # Earning it still to come is a test; "you've earned it" is a yes already given.
        r"(?<!you've )(?<!youve )(?<!you have )(?<!u've )(?<!you )(?<!u )earn(?:ed)? (?:it"
        r"|my number|them|that|those|my digits)", r"if <you> deserve",
        r"(?:prove|show me)(?: that)? <youre> worth",
        r"worth (?:it|my number)\s*\?", r"wouldn'?t <you> like to know",
        # A dig at them for asking: "I've only been waiting all night for you to work up
        # the nerve".
        r"(?:work|worked|working|build|built|building|get|got|getting|muster|mustered|find"
        r"|found) up the (?:nerve|courage|guts|bottle)",
        r"(?:only|literally|just) been waiting (?:all night|all day|all week|ages|forever|so long"
        r"|for ages) for <you> to",
        # ...however the dig is put: "took you long enough", "finally found the guts to ask".
        r"(?:found|find|plucked up|plucked|got|grew|grown|summoned) the (?:nerve|courage|guts"
        r"|bottle|balls)",
        # The wait mocked with an eye-roll; laughed about, it is friendly banter.
        r"took (?:<you>|ya) (?:long enough|ages|forever|a while|so long|all night|all evening"
        r"|all day|all week)(?=(?:,? (?:didn'?t it|did it|eh|huh|innit|hey|mate|tho|though|lol"
        r"|honestly|tbh|smh))?[^.!?\w]{0,4}[\U0001f644\U0001f612\U0001f60f])",
        # ...the eye-roll first: "Finally 🙄 took you all night... yes".
        r"[\U0001f644\U0001f612\U0001f60f]\s*took (?:<you>|ya) (?:long enough|ages|forever"
        r"|a while|so long|all night|all evening|all day|all week)\b",
    ],
})
