"""How people answer "Can I get your number?": yes, games, not-yet, excuses and no.

"The Graceful Response" asks for a plain yes without games when interested, an honest and
kind not-yet when unsure, and a clear, polite no without false hope when not interested.
"""

from __future__ import annotations

from typing import Final

from workshop.checkers.text._cues import CueSet

_PHONE = r"\+?\(?\d[\d ().-]{4,}\d"
# "Maybe" hedges a yes, but not when negated ("no maybe about it") or when it proposes a
# plan ("perhaps we could grab coffee").
_MAYBE = (r"(?<!no )(?<!without a )(?<!not a )(?:maybe|perhaps)"
          r"(?!,? (?:we|you) (?:could|can|should|might)\b)")

YES: Final = CueSet({
    "yes": [
        r"yes+", r"ya+s+", r"of ?course", r"ofc", r"of ?co[sz]",
        r"absolutely", r"definitely", r"for sure", r"certainly", r"gladly", r"happily",
        r"with pleasure",
        r"<id> (?:really |so |very |absolutely )?(?:love|like|enjoy) (?:to|that|it)",
        r"(?:that|it|this)(?: would|'?d| will|'ll) be (?:really |so )?"
        r"(?:lovely|great|nice|fun|awesome"
        r"|amazing|perfect|wonderful)", r"sounds (?:good|great|lovely|fun|perfect|amazing)",
        r"(?:i'?m|i am) (?:in|down|game)", r"go on then", r"count me in",
        r"(?:happy|glad|delighted) to",
        # The conditional is the answer to the request: "Certainly, I would be delighted."
        r"(?:<id> be|i would be) (?:most |very |so |really |more than )?(?:delighted"
        r"|happy|glad|thrilled|pleased|honou?red)",
        r"why not\s*!", r"oui", r"s[ií]", r"ja", r"claro", r"\U0001f44d",
    ],
    # Words that agree without showing any gladness: "Okay.", "k", "fine". A yes said
    # with them alone can sound as if the asker does not matter either way.
    # Softer words that need something more (a "!", an emoji, the number, a plan) to be glad.
    "flat": [r"o+k+(?:a+y+)?", r"okey", r"k+", r"alright", r"all right", r"oki?e?", r"sure",
             r"yeah+", r"yea+h?", r"yep+", r"yup+", r"ya", r"go on then", r"why not",
             # Slang for "all right" and "deal": "aight bet".
             r"aight", r"ight", r"alr",
             r"(?:(?<=^)|(?<=[.!?,] )|(?<=aight )|(?<=ight ))bet\b(?! (?:you|u|ya|that|it|i)\b)"],
    "gives_it": [
        r"here(?:'?s| is) (?:my number|it|my digits|my card)", r"here (?:you|u|ya) go",
        r"here (?:you|u|ya) are", r"here\s*:",
        r"my (?:number|digits)(?:'s| is|:)", r"(?:<im>|i'?m on) " + _PHONE, _PHONE,
    ],
    "will_give": [
        r"let me (?:write|put|give|type|add|text|save|jot)", r"(?:give|hand|pass) me your phone",
        r"<ill> (?:put|write|type|add|text|save|jot) (?:it|my number|you|down)",
        # "I'll give you a hint" gives no number; "I'll give you mine" does.
        r"<ill> give (?:<you> )?(?:it|mine|my (?:number|digits|details|card)|them)\b",
        r"shall i (?:put|write|type|add|text|give)", r"put it in your phone",
    ],
}, fixed=("gives_it", "will_give"))
# Gladness that turns a flat "okay" into a glad one: "ok 😊", "ok, sounds great" (an
# exclamation mark, "Okay!", is looked for by the reply checker itself).
GLAD: Final = CueSet({
    "glad": [
        r"[\U0001f600-\U0001f60d\U0001f917\U0001f970\U0001f973\u263a\u2764\U0001f495"
        r"\U0001f496\U0001f60a\U0001f642\U0001f44d\U0001f64c]",
        r"(?:sounds|that'?s|how) (?:<very> )?(?:good|great|lovely|fun|perfect|amazing|nice"
        r"|awesome|brilliant)", r"(?:love|like|enjoy) (?:to|that|it|you)", r"happy|glad|excited"
        r"|delighted|thrilled|keen", r"can'?t wait", r"great|lovely|awesome|brilliant|perfect",
        r"sure thing", r"let'?s", r"we (?:could|should|can)", r"(?:hoped|hoping|was going to"
        r" ask|wanted to ask)", r"for sure", r"defo|def",
    ],
}, negatable=False)
# A yes said as if it cost something: "whatever", "if you must", "I don't mind".
GRUDGING: Final = CueSet({
    "grudging": [
        # "If you want" closing the yes, not opening a plan ("...if you want company").
        r"what ?ever", r"meh+", r"if (?:<you>|u) (?:really )?(?:must|want|insist|like|wish)"
        r"(?: (?:to|it|me to))?(?=\s*(?:[.,;!?]|$))",
        r"i (?:don'?t|dont|do not) (?:really )?(?:mind|care)", r"(?:doesn'?t|don'?t) (?:really )?"
        r"matter", r"i suppose", r"i guess", r"fine", r"\U0001f644", r"suppose so",
        r"(?:ugh|sigh)+", r"fine then",
        r"yeah,? yeah", r"not like i", r"(?:if|since) i (?:have|must|gotta)", r"i mean,? sure",
        r"(?<!\w)(?:sure|ok|okay|fine),? why not(?!\s*!)", r"^\s*why not\s*[.?]*\s*$",
    ],
}, negatable=False)
HEDGE: Final = CueSet({
    "hedge": [
        _MAYBE, r"possibly", r"not sure", r"i guess", r"we'?ll see", r"depends",
        r"(?:i'?ll|let me) think about it", r"idk", r"i (?:don'?t|do not) know", r"dunno",
        r"who knows", r"actually no", r"just kidding", r"jk", r"not yet", r"ask me (?:again|later)",
        r"(?:of course|absolutely|definitely|sure) not", r"hmm+", r"eventually", r"one day",
        r"(?:<ill>|i might|i may|let me) consider",
    ],
}, negatable=False)
GAMES: Final = CueSet({
    "games": [
        r"(?<!i )guess(?: it| my number| what)?", r"make (?:me|you) (?:work|wait|earn|beg)",
        r"work (?:a (?:bit|little|lot) |much |way )?(?:harder |more )?for (?:it|my number|them"
        r"|those|my digits)", r"earn (?:it|my number)", r"riddles?", r"who says",
        r"(?:if|unless) <you> (?:can|could|earn|answer|beat|win|guess|find|solve|prove|impress"
        r"|ask nicely|catch|track)",
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
        _MAYBE + "(?=[^.!?]{0,30}?[\U0001f609\U0001f60f\U0001f61c\U0001f618\U0001f607"
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
        # A shrugged yes played as a favour: "Hmm... I suppose 😏", "Well, I suppose you can
        # have it". (A plain "I suppose so." is grudging, not coy: it fails clear_yes only.)
        r"(?:(?<=^)|(?<=[.!?] )|(?<=hmm )|(?<=well )|(?<=well, ))i suppose"
        r"(?=\s*(?:so\s*)?[\U0001f60f\U0001f609\U0001f61c\U0001f644\U0001f648]| you can\b"
        r"| i could\b| i can\b)",
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
        r"took (?:<you>|ya) (?:long enough|ages|forever|a while|so long)(?=[^.!?\w]{0,4}"
        r"[\U0001f644\U0001f612\U0001f60f])",
    ],
})
HONEST: Final = CueSet({
    "not_ready": [
        r"not (?:really |rly |rlly |realy |quite |just |totally |fully |entirely |100% |that )?"
        r"(?:ready|rdy|redy|comfortable|sure"
        r"|there yet|into)", r"not (?:quite |really |yet )?there (?:with|on|about)",
        r"i (?:take|need|like to take) (?:a (?:while|bit|little while)|(?:some )?time)"
        r" (?:before|to) (?:i )?(?:share|give|swap|hand|exchange)",
        r"not (?:really )?(?:giving|going to (?:give|share|swap)|gonna"
        r" (?:give|share)|sharing|handing|swapping|exchanging)",
        r"<id> (?:rather|prefer)(?: to)? (?:not|hold off|wait|keep|take|get to know)",
        r"i (?:rather|prefer|would prefer)(?: to)? (?:not|hold off|wait|keep|take|get to know)",
        r"(?:need|want|like) (?:a bit |a little |some |more )*(?:time|longer)",
        r"not (?:just |quite |really |right )?yet",
        r"give me (?:a bit |a little |some |a few )*(?:more )?(?:time|days|weeks|while)\b",
        r"(?:don'?t|do not) (?:really |quite )?know (?:you|u)(?: (?:well|that well|very well))?"
        r" (?:yet|enough)",
        r"hold(?:ing)? off", r"(?:get to )?know (?:you|u) (?:a bit |a little )?(?:more|better"
        r"|well enough)", r"(?:take|keep) (?:things|it) (?:slow|slowly|easy|casual|here)",
        # Not decided yet, said plainly: "let me sleep on it", "could we wait a bit?".
        # ("I'll think about it" or "let me mull it over" alone is the stock non-answer that
        # promises a decision without saying where they stand, like "I'll get back to you".)
        r"(?:let me|<ill>|i need to|i want to|i'?d like to|i have to|i'?ll have to) sleep on it",
        r"(?:if we|we could|can we|could we) (?:wait|waited|hold off|held off|take it slow)\b",
        r"<im> (?:a bit |a little |kinda |kind of |quite |pretty )?shy (?:about|with) (?:that|it"
        r"|this|giving|sharing|handing|numbers|my)", r"still (?:figuring|working) (?:it )?out",
        r"no (?:number|numbers|digits) (?:for now|yet|just yet|today|right now)",
        r"keep(?:ing)? my number to myself",
        # Saying how they are with their number is honest: "I'm kinda private with my number",
        # "I'm slow to hand out my number", "I'm careful about giving my number out".
        r"(?:<im>|i'?m|i am|i tend to be) (?:\w+ ){0,3}?(?:private|careful|cautious|slow|protective"
        r"|funny|weird|picky|guarded|shy|old-fashioned) (?:with|about|when it comes to|to (?:hand"
        r"|give|share)(?: out)?|(?:in|about|with) (?:handing|giving|sharing)(?: out)?) my"
        r" (?:number|digits"
        r"|phone number|details|contact)",
        # ... or with numbers in general: "I'm funny about phone stuff", "weird with numbers".
        r"(?:<im>|i am|i tend to be) (?:\w+ ){0,3}?(?:private|careful|cautious|slow|protective"
        r"|funny|weird|picky|guarded|shy|old-fashioned) (?:with|about|when it comes to)"
        r" (?:(?:giving|sharing|handing) (?:out )?)?(?:phone (?:stuff|things|numbers)|numbers"
        r"|digits|contact (?:details|info))",
        # A stated policy or limit is honest: "I'm keeping my number to close friends for now".
        r"(?:keep|keeping|save|saving|reserve|reserving|limit|limiting|only give|only share"
        r"|only giving|only sharing) (?:out )?my (?:number|digits|phone number|phone) (?:to|for"
        r"|with|between)\b", r"my (?:number|phone) is (?:only )?(?:for|just for) (?:close|family"
        r"|friends|people)", r"(?:a|my) (?:rule|policy|thing) (?:of|about|not to|that i)",
        r"i (?:don'?t|do not) (?:usually |really |normally"
        r" |generally )?(?:give|share|hand) (?:out )?my (?:number|digits)",
        r"(?:<im>|i feel) (?:a bit |a little |kind of |kinda )?(?:hesitant|unsure|on the fence"
        r"|not sure|unsure)", r"(?:i )?(?:don'?t|do not) want to (?:give|share|swap|exchange)",
        r"(?:going to|gonna) say not yet",
        # The "not" put as many Englishes put it: "I no ready to give number yet", "mi nuh sure".
        r"(?:i|me|mi) (?:no|nuh|noh|nor|never|neva|nai) (?:\w+ )?(?:ready|rdy|sure"
        r"|comfortable)",
        r"(?:don'?t|do not) think <im> (?:quite |really )?ready", r"not sure <im> ready",
        # Not ready, however the "not" is put: "I don't feel ready", "I'm not at the point of
        # giving out my number", "message you when I'm ready", "it's a bit soon for me".
        r"(?:don'?t|do not|never) (?:really |quite )?feel (?:quite |really |totally |fully )?"
        r"(?:ready|comfortable|sure|safe)",
        r"not (?:quite |really |yet |just )?(?:at|in) (?:the|that|a) (?:point|stage|place|space"
        r"|headspace)\b", r"(?:when|once|until|till|til) (?:<im>|i feel|i'?m feeling) (?:\w+ )?"
        r"(?:ready|comfortable|sure)", r"(?:a bit|a little|bit|too|kinda|kind of) (?:soon|early"
        r"|fast|quick) (?:for me|to (?:share|swap|give|exchange))",
        r"(?:<im>|i'?m|i am) (?:a bit |a little |kind of |kinda |quite |still |just )?(?:wary"
        r"|cautious|hesitant|guarded)", r"still (?:deciding|making up my mind|getting to know)",
        r"<id> feel (?:more |a lot more |much more )?(?:comfortable|at ease) (?:if|once|after"
        r"|when|keeping|staying|sticking)",
        r"(?:for now|just yet|yet),? (?:though|but)",
        r"(?:<id> (?:like|prefer|rather)|i want|i need|i'?m going) to wait",
        r"(?:stick (?:to|with)|stay on|keep (?:it )?(?:on|to)) (?:\w+ ){0,5}?(?:for now|for a"
        r" (?:bit|while|little)(?: longer)?)",
        r"(?:can|could) we (?:wait|hold off|hold on)(?: (?:on|with) (?:the )?(?:numbers?|that))?",
        # A plain "not now" says where they stand today, without an excuse.
        r"not (?:right )?now", r"not (?:today|tonight|at the moment|at this (?:point|stage"
        r"|time)|this time)", r"no,? not (?:yet|now)",
    ],
}, negatable=False)
EXCUSE: Final = CueSet({
    "excuse": [
        r"(?:my )?phone(?:'s| is)? (?:actually )?(?:broken|dead|died|lost|stolen|off|out of"
        r" battery)", r"left my phone", r"(?:don'?t|do not) (?:know|remember) my (?:own )?number",
        r"forgot my (?:number|phone)",
        r"new number (?:and|so) i", r"battery (?:is )?(?:dead|died|low)",
    ],
    # An excuse that does not pass with the day: no other time is implied.
    "standing": [r"(?:don'?t|do not) have a phone"],
}, negatable=False)
STRONG_NO: Final = CueSet({
    "no": [
        r"no+(?! (?:problem|worries|worry|pressure|offen[cs]e|hard feelings|rush|stress|need|big"
        r" deal|one|idea|matter|doubt|longer|more|way of|numbers?|digits|thanks? needed|bother"
        r"|prob|expectations))", r"nope", r"nah+", r"naw+", r"not interested",
        # "No" in Scots and Caribbean English: "nae chance", "nuh way" (not "nae bother").
        r"(?:nae|nuh)(?! (?:problem|probs?|worries|worry|bother|bovver|stress|pressure|hassle"
        r"|bad|harm|offen[cs]e|rush|hard feelings|need|bother|danger of)\b)",
        r"<id> (?:much )?(?:rather|prefer) (?:not|we didn'?t|to keep|to stay)",
        r"(?:<ill>|i'?ll have to|i (?:have|must)|(?:<im>|i'?m) (?:going to|gonna)|going to|gonna"
        r"|have to|must) (?:pass|say no|decline)",
        r"i pass", r"not for me", r"(?:hard|big|firm|gonna|going to|think i'?ll|i'?d rather)"
        r" pass\b(?! (?:me|it|you|the|my|along|by|around)\b)", r"i'?m passing",
        r"pass on (?:that|this|it|the|giving|sharing|swapping|exchanging|numbers)",
        r"(?:<ill>|<id>|i'?m going to|i'?m gonna) (?:have to |rather |probably |politely "
        r"|respectfully )?(?:pass|give (?:it|that) a miss|sit this one out|say no)",
        r"(?:that'?s|it'?s|its) a (?:no|pass)(?: from me| for me)?", r"no can do",
        r"thanks?,? but no", r"no,? thanks?(?: you)?", r"no thank you",
        r"not (?:really )?(?:my thing|something i (?:do|want|'?m (?:into|interested in|looking"
        r" for)))", r"<im> not (?:really )?(?:up for|into|keen on|interested in) (?:it|that|this"
        r"|swapping|exchanging|sharing|giving|dating)",
        r"<id> (?:prefer|rather) not(?: to)?", r"<im> (?:ok|okay|fine),? thanks?",
        r"(?:absolutely|definitely|certainly|of course) not",
        r"(?:it'?s|its) a no", r"i (?:don'?t|do not) feel (?:that way|the same)",
        r"why would i",
        r"not (?:really )?looking (?:to|for)",
        r"<im> not (?:going to|gonna) (?:give|share|swap|exchange)",
        r"(?:<wont>) (?:be )?(?:giving|sharing|swapping|give|share)", r"i decline",
        r"(?:politely|respectfully) decline",
        # A standing policy is a no: "I keep my number for family", "I only give it to friends".
        r"(?:i )?(?:keep|save|reserve) my (?:number|digits|phone number) (?:for|to) (?:family"
        r"|close friends|friends|myself|people i know)",
        r"i only (?:give|share|hand) (?:out )?my (?:number|digits) (?:to|with) (?:family|close"
        r" friends|friends|people i know)",
        # Said without the "I": "Sorry bro, not gonna swap numbers".
        r"(?:(?<=^)|(?<=[.,;!] )|(?<=- ))not (?:going to|gonna) (?:give|share|swap"
        r"|exchange|trade)", r"not in a million years", r"not a chance",
        r"not happening", r"<im> (?:all )?set", r"<im> good,? thanks?",
        # The whole answer, as a sentence of its own: "Sorry, I don't think so."
        r"i (?:don'?t|do not) think so(?=\s*(?:[.!]|$))(?![.!\s]*(?:at least |well |just |but )?"
        r"not (?:yet|tonight|now|today|right now|at the moment|this time))",
    ],
}, negatable=False)
WEAK_NO: Final = CueSet({
    "weak_no": [
        r"i (?:don'?t|do not) think so", r"i (?:don'?t|do not) (?:really |usually |normally )?"
        r"(?:give|share|hand) (?:out )?my", r"<im> (?:seeing|dating|with) someone",
        r"i(?: have|'?ve got| got) a (?:partner|boyfriend|girlfriend|husband|wife|bf|gf)",
        r"<im> (?:married|taken|engaged|in a relationship)", r"not comfortable",
        r"<im> not (?:really )?(?:giving|sharing)", r"not (?:really )?my type",
        r"<im> (?:kinda |kind of |really |quite |pretty |super )?busy",
        r"keep (?:this|it) (?:as )?(?:a )?(?:nice |friendly |professional )?(?:chat|professional"
        r"|friendly)",
    ],
}, negatable=False)
