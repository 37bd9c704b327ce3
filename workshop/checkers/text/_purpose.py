"""Does the ask say what the contact is for? ("Have a Reason (a Good One!)")

A reason is a purpose with content: coffee, a project, the slides, another climb. We find
a purpose *frame* ("so we can...", "I'd love to...", "your number to...", "we could...")
and then read what follows it. If all that follows is the exchange itself ("...swap
numbers", "...text you sometime", "...stay in touch") it is not a reason, only the request
again - the guide calls those "vague requests".
"""

from __future__ import annotations

import re

from workshop.checkers.text._cues import Hit, compile_one, expand
from workshop.checkers.text._frames import FRAMES
from workshop.checkers.text._prepare import Prepared
from workshop.checkers.text._together import EVENT as _EVENT

# Going out for something is a reason however it is phrased ("...and get coffee sometime").
_OUTING = compile_one(
    # (...said in Scots too: "go fer a cuppa".)
    r"(?:grab(?:bing)?|get(?:ting)?|hav(?:e|ing)|go(?:ing)? (?:out )?(?:for|fer|fur)"
    r"|meet(?:ing)?(?: up)? for"
    r"|for|over|tak(?:e|ing) (?:you|u|ya) (?:out )?(?:for|to)|fancy|up for|down for|catch(?:ing)?"
    # A treat for them: "shout you a coffee", "buy u lunch", "treat you to dinner".
    r"|(?<!did )(?:buy(?:ing)?|shout(?:ing)?|treat(?:ing)?|stand(?:ing)?|get(?:ting)?|mak(?:e|ing)"
    r"|cook(?:ing)?|bring(?:ing)?) (?:you|u|ya|yu)(?: to)?)"
    r" (?:a |an |some |another |a quick )?(?:proper |quick |little |nice |long |lazy )?(?:coffee"
    r"|tea|lunch"
    r"|dinner|brunch|breakfast|drinks?|beer|bite|food|tacos|pizza|ramen|ice cream|walk|hike"
    r"|run|climb|game|match|movie|film|show|cuppa|chai|pint|pints|bevvy|bevvies|boba"
    r"|bubble tea|curry|meal|brekkie|dim sum|yum cha|kebab|dosa|biryani|cocktails?|wine"
    r"|smoothie|gelato|dessert|cake|sushi|burger|noodles|gig|concert|play|swim|bike ride"
    r"|kopi|teh|matcha|lassi|suya|chips|nachos|wings"
    r"|picnic|bbq|barbecue|braai|kickabout|playdate|play date"
    # Their company on what they do: "you run the canal on Saturdays - fancy some company?"
    r"|company)\b",
    # Shown round by them, or showing them round: "show you the good ramen spots".
    r"show (?:you|u|ya|me) (?:round|around|the (?:best|good|nicest|top|local|hidden|secret)"
    r" [\w'-]{3,}|the (?:[\w'-]+ ){0,2}?(?:spots|places|sights"
    r"|ropes|bits|haunts|bars|cafes|cafés|trails|routes))\b",
    r"teach(?:es|ing)? (?:me|us) (?:how|<your>|the|to|some|a|an)\b",
    # Taken out for whatever it is: "take you for mezcal", "take u out for pho".
    r"tak(?:e|ing) (?:you|u|ya) (?:out )?for (?!granted\b|a fool\b|an idiot\b|a ride\b)"
    r"(?:a |an |some )?[a-z]\w+",
    # A treat owed to them: "you've earned a beer on me", "I owe you a coffee".
    r"(?:earned|deserve|owe (?:you|u|ya)) (?:a |an |one |some |at least a )?(?:\w+ )?(?:coffee"
    r"|beer|pint|drink|bevvy|cuppa|tea|lunch|dinner|meal|cake|pie|round|curry)\b",
    # Another go at what they played: "rematch sometime?", "a decider next week".
    r"(?:a |another |the )?(?:rematch|re-match|return match|decider|round (?:two|2)|part"
    r" (?:two|2))\b",
    # Something on offer to go to: "that spare gig ticket", "an extra pass for Saturday".
    r"(?:a|an|the|that|my|two|one) (?:spare|extra|free|plus[- ]one) (?:[\w-]+ ){0,2}?"
    r"(?:tickets?|pass(?:es)?|seats?|spots?|places?|invites?)",
)
# A topic attached to the contact or to carrying on talking: "ring you about the rota",
# "keep talking about the hackathon idea", "talk more about volunteering on the ward".
_TOPIC = compile_one(
    r"(?:text|call|ring|message|msg|email|e-mail|phone|contact|reach|dm|(?:talk|chat|yarn"
    r"|natter|speak) (?:to|with)) (?:you|u)(?: (?:later|sometime|soon|again|back|tomorrow))?"
    r" (?:about|re|regarding) (?!it\b|that\b|this\b|things\b|stuff\b|anything\b|everything\b"
    r"|whatever\b|something\b|nothing\b|us\b|you\b|me\b)\w+",
    r"(?:keep|kept|continue|carry on|carrying on|go on|going on|pick up|more) (?:\w+ing|\w+in'?)"
    r" (?:more )?(?:about|over|through) (?!it\b|that\b|this\b|things\b|stuff\b)\w+",
    r"(?:talk|chat|hear|learn|yarn|natter|nerd out|geek out) (?:a bit |some )?more about"
    r" (?!it\b|that\b|this\b|things\b|stuff\b)\w+",
    r"(?:talking|chatting|yarning|nattering|talkin|chattin) (?:to|with|w) (?:you|u)"
    r" about (?!it\b|that\b|this\b|things\b|stuff\b|nothing\b|everything\b)\w+",
)
_TOPIC_WORDS = (" about ", " re ", " regarding ", " over ", " through ")
_TALK = r"(?:gist|chat|talk|conversation|convo|debate|argument|discussion|yarn|natter|banter)"
# Doing something together, or an event to go to, is a reason wherever it stands.
_TOGETHER = compile_one(
    r"(?:climb|run|study|practi[cs]e|train|play|cook|walk|hike|work|jam|watch|sing|dance|bake"
    r"|read|write|travel|explore|shop|volunteer|ride|swim|paint|code|hack|skate|surf|garden"
    r"|bike|cycle|go|do (?:this|that|it))(?:s|es|d|ed|ing|[mnp]ing|[mnp]ed)?"
    r" (?:[\w.'-]+ ){0,5}?(?:together|2gether|togetha|togeda|tgt|tgther)\b",
    # Any doing proposed together, whatever the verb: "wanna build the app together?" (not
    # the exchange or being together as such: "keep in touch together", "hang out together").
    # ...or proposed in the plain present, as many Englishes do: "maybe we visit the old
    # town together" (not "maybe we were together in another life").
    r"(?:wanna|want to|fancy|let'?s|shall we|we (?:could|should|can|might)|(?:maybe|perhaps"
    r"|mayb) we) (?:maybe |try and )?"
    r"(?!(?:keep|stay|be|text|chat|talk|message|swap|exchange|get|hang|spend|were|are|was"
    r"|have|had|'re)\b)\w+"
    r" (?:[\w.'-]+ ){0,4}?(?:together|2gether|togetha|togeda|tgt|tgther)\b",
    # A lift shared to somewhere is a task (LABELS.md: carpool): "the lift share for the
    # away game", "carpooling to the conference" (not where a talk was had: "our rideshare
    # chat about Lisbon").
    r"\b(?:car-?pool|lift[- ]?share|ride[- ]?share|car[- ]?share)(?:s|ing)?\b(?! (?:chat|chats"
    r"|conversation|convo|talk|banter|driver)\b)",
    # An outing named with when, asked without a verb: "Dinner Friday?", "coffee tmrw?".
    r"(?:(?<=^)|(?<=[.!?] )|(?<=[.!?]))(?:a |some )?(?:coffee|tea|dinner|lunch|brunch"
    r"|breakfast|drinks?|pints?|a drink|walk|hike|climb|movie|film|karaoke|bowling|tacos"
    r"|pizza|ramen)(?: on| this| next)? (?:(?:mon|tues|wednes|thurs|fri|satur|sun)(?:day)?"
    r"|tonight|tomorrow|tmrw|tmr|tmrw|weekend|sometime|some time|later)\s*\?",
    # This very conversation carried on: "keep that conversation going" (LABELS.md: both
    # reason and connection).
    r"(?:keep|carry on|continue|pick up|resume) (?:that|this|our) (?:[\w'-]+ )?(?:conversation"
    r"|convo|chat|talk|discussion|debate|natter|yarn|gist|blether)\b",
    # Doing again what they just did: "we should definitely do this again".
    r"(?<!never )(?<!not )(?:do|doing) (?:it|this|that) again\b",
    # A practical need if a plan shifts: "so I can let you know if Sunday's ride is moved".
    r"(?:if|in case|incase|should) (?:the|our|<your>|\w+'s) (?:[\w'-]+ ){0,3}?(?:changes?"
    r"|is cancell?ed|gets cancell?ed|is called off|gets called off|is moved|gets moved"
    r"|is postponed|gets postponed|runs late|is delayed|gets delayed|falls through)\b",
    # An event named as the next one, or as where they are going: "for the next jollof
    # cook-off", "going to the Fontaines D.C. gig".
    rf"(?:the|our) next (?:[\w'-]+ ){{0,3}}?{_EVENT}s?\b",
    rf"(?:go|going|head|heading|come|coming) (?:out )?to (?:the|a|an|that|this|our) "
    rf"(?:[\w.'-]+ ){{0,4}}?{_EVENT}s?\b",
    r"(?:there'?s|there is|there are) (?:a|an|this|some) (?:\w+ ){0,2}(?:gig|concert|show|party"
    r"|talk|meetup|game|match|class|workshop|festival|exhibit|exhibition|screening|event|quiz"
    r"|hike|run|market|opening|reading|lecture|tournament|race|jam|session|film|movie|play)s?",
    # A group's next outing they could join: "the group's doing another camping trip in
    # June", "the dog park crew does a Sunday walk"; or one the learner goes to every week.
    rf"(?:the|our|my) (?:[\w'-]+ ){{0,3}}?(?:group|crew|club|team|gang|lot|squad|society"
    rf"|regulars|lads|girls|guys|boys|crowd|folks|band|choir|orchestra|troupe)(?:'s| is| are"
    rf"|'re)? (?:doing|does|do|having|has|runs|run|planning|organi[sz]ing|putting on|heading on"
    rf"|going on|playing|singing|performing|on)"
    rf" (?:a |an |another |the |its |their |our )?"
    rf"(?:[\w'-]+ ){{0,3}}?(?:{_EVENT}|trip|walk|ride|run|session|meetup|hike|outing|night)s?\b",
    # Playing somewhere, or throwing something, is an event to come to: "my band is playing
    # the Crown on Friday", "we're throwing a housewarming on Saturday".
    r"(?:band|choir|group|team|orchestra|troupe|club|crew|society|circle|gang|lot)(?:'s| is| are"
    r"|'re) (?:playing|singing|performing|on|meeting|getting together|heading out|going out)\b",
    r"(?:band|choir|group|team|club|crew|society|circle) meets\b",
    r"(?:throwing|hosting|having) (?:a|an|our|my) (?:[\w'-]+ ){0,2}?(?:party|housewarming"
    r"|house party|bbq|barbecue|barbie|braai|picnic|birthday|dinner party|games night|quiz"
    r"|gig|show|open day|launch|get-together|gathering|do)\b",
    # Their help asked for: "I could use your advice on the garden", or the skill wanted
    # named by who has it: "could use a methodologist", "could do with someone like you on
    # the committee" (not a want of one's own: "I could use a nap").
    r"(?:could|can|would) (?:really |honestly |definitely )?(?:use|do with) (?:<your>|some)"
    r" (?:advice|help|tips|input|thoughts|expertise|eye)",
    r"(?:could|can|would) (?:really |honestly |definitely )?(?:use|do with) (?:(?:a|an|another"
    r"|one more|a second|an extra|some) (?:[\w'-]+ )?(?:\w{3,}(?:ist|ician|ologist)|hand|hands"
    r"|pair of (?:hands|eyes)|partner|helper|volunteer|expert|mentor|tutor|coach|editor"
    r"|reviewer|translator|designer|developer|coder|driver|teammate|team-mate|player)"
    r"|(?:someone|somebody) (?:like <you>|who|with))\b",
    # Something owed to them to pass on: "I still owe you that article on soil microbes".
    r"owe (?:you|u|ya) (?:that|the|those|these|a|an|<your>) (?:[\w'-]+ ){0,2}?(?:article|link"
    r"|paper|book|recipe|photos?|pics?|pictures|slides|notes|playlist|list|recs?"
    r"|recommendations?|podcast|video|meme|file|pdf|chapter|reference|copy|mixtape|intro"
    r"|introduction|map|pattern|cuttings?|seeds|tour|lesson)\b",
    # A group chat or list to be put in: "everyone's put their number in the group chat" (not
    # one they were seen in: "I saw you in the group chat").
    r"(?:put|putting|add|adding|added|pop|popped|stick|stuck|include|included|join|joined|invite"
    r"|bring|get|got|be|been) (?:[\w'-]+ ){0,3}?(?:in|into|to|on) (?:the|our|a|this|that|my)"
    r" (?:[\w'-]+ ){0,2}?(?:group ?chat|whatsapp"
    r" group|group thread|team chat|class chat|signal group|telegram group)\b",
    # A task the number makes easier: "it'd make the carpool to Saturday's match easier".
    # (Not a time made easier: "it would make the wait easier".)
    r"make (?:the|our|a|this|that|[\w'-]+ing) (?!(?:wait|waiting|night|day|evening|week|time"
    r"|goodbye)\b)(?:[\w'&-]+ ){0,5}?(?:(?:so|way|much|a lot|loads"
    r"|far|heaps) )*(?:easier|simpler|smoother|quicker)\b",
    # What a side is short of, counted, whoever the side: "we're a man short", "we're two
    # players down", "your netball lot are a player short".
    r"(?:[\w-]+'(?:re|s)|are|is|were|was) (?:a|one|two|three|1|2|3) (?:man|men|woman|women|players?"
    r"|person|people|body|bodies|bods?|subs?) (?:short|down)\b",
    # How something of theirs goes, heard later: "to hear how the driving test goes".
    r"(?:hear|know|find out) how (?:<your>|the|ur) (?:[\w'-]+ ){0,3}?(?:goes|went|turns out"
    r"|turned out)\b",
    # More left to talk over: "we barely scratched the surface of the jazz thing".
    r"(?:barely|only|just|hardly) (?:even )?scratched the surface\b",
    r"(?:so much|loads|lots|heaps|way) more to (?:talk about|chat about|say|discuss|cover)\b",
    # A talk not over yet: "our gist about Afrobeats never finish", "we never finished the
    # debate", "this chat isn't done".
    rf"{_TALK}s?(?: (?:about|on|over)(?: [\w'-]+){{1,4}}?)? (?:never|neva|isn'?t|is not|wasn'?t"
    r"|was not|still not|not|hasn'?t|has not|ain'?t|no)(?: (?:yet|quite|even|really))?"
    r" (?:finish|finished|done|over|ended|settled|complete)\b",
    rf"(?:we|u and me|you and me|you and i) (?:never|neva|didn'?t|did not|haven'?t|have not"
    rf"|still haven'?t|still didn'?t)(?: (?:get|got) to)? (?:finish|finished|settle|settled"
    rf"|wrap up|wrapped up) (?:(?:our|the|that|dat|this) (?:[\w'-]+ ){{0,3}}?{_TALK}\b"
    r"|(?:talking|chatting|arguing|debating))",
    r"(?:i|we)(?: go|'m there| am there|'re there| are there) (?:every|each) (?:week|weekend"
    r"|month|morning|evening|night|\w+day)\b",
)
# A purpose clause of its own ends the one before: in "keen to swap numbers so we can text
# sometime" each is read alone (and neither says more than the exchange). An emoji ends a
# clause as a full stop does ("so we can laugh about it 😂 can i get ur number").
_CLAUSE_END = re.compile(r"[.!?;,:\n()\"\u2600-\u27bf\U0001f300-\U0001faff]| - | if | but "
                         r"| because | though | unless | or | so (?:that )?(?:we|i|you|u) ")
_FILLER = r"(?:just|maybe|really|also|totally|definitely|actually|then|to|be able to|please|so)"
_TAIL = (
    r"(?:\s+(?:up|sometime|some time|later|soon|again|back|whenever|anytime|any time|maybe"
    r"|tonight|tomorrow|sometimes|more|or something|too|please|lol|haha|then|ever|at some"
    r"|tho|though|instead|otherwise|as well|n stuff|and stuff|an stuff|n that|and that"
    r"|and things|n things|and everything|or whatever|or smth|or something like that"
    # A tag asking for agreement adds no purpose: "so let's swap numbers yeah?".
    r"|yeah|yea|ya|yh|yes|right|ok|okay|eh|innit|init|hey|aye|mate|babe|hun|lah|la|leh"
    r" point|for later|for now|for sure|for a bit|for a while|this (?:year|summer|month|term"
    r"|semester|week)|at"
    r" point|if that'?s ok|with you|with u|x+"
    # When it ends is no purpose: "keep in touch once the course is over".
    r"|(?:after|once|when) (?:the|this|our) (?:[\w'-]+ ){0,2}?[\w'-]+ (?:ends|is over|'s over"
    r"|finishes|wraps up|is done|'s done)"
    # ...nor when one leaves: "I'm having your number before I go".
    r"|before (?:i|you|u|we) (?:go|leave|head off|get off|dash|disappear)))*"
)
# What follows a frame when it only restates the request: the exchange, or contact as such.
_ONLY_THE_REQUEST = re.compile(expand(
    rf"(?:\s+{_FILLER})*(?:\s+(?:"
    r"(?:get|have|take|grab|ask for|ask|swap|exchange|share|trade|give|put|save|add|keep"
    r"|get back|send)\s+(?:(?:you|u|me)\s+)?(?:(?:(?:<your>|my|our|each other'?s?|a|the|some"
    r"|phone)\s+)?<num>|one|it|them|yours)"
    r"|(?:text|call|ring|message|dm|contact|reach|phone|talk to|chat with|hear from|see"
    r"|get back to|write to|email|e-mail|get to know|stay connected with|connect with|run into"
    r"|bump into|meet|find|catch|be with)"
    r"\s+(?:you|u|me|each other)"
    r"|(?:stay|keep|be|get|staying|keeping|being|getting) in (?:touch|contact)(?: with (?:you"
    r"|u|me))?"
    r"|catch up(?: with (?:you|u|me|each other))?"
    r"|(?:(?:<your>|my|our|each other'?s?|a|the|some|phone)\s+)?<num>"
    r"|give (?:you|u) a (?:call|ring|text|buzz)|(?:be )?friends|(?:keep|stay) connected"
    # Making friends as such is what any number is for: "I need to make more friends".
    r"|(?:make|making|find|finding) (?:more |new |some )?friends"
    # Another channel offered as the out is no purpose: "or we can keep it to Insta".
    r"|(?:keep|stick|leave) (?:it |this |things )?(?:to|on|with) (?:<social>|the app|this app"
    r"|here|email|e-mail|messages|messaging|dms)"
    # ...nor a channel alone: "(it) to snapchat".
    r"|<social>"
    # Staying where they talk, or moving off it, is only the channel: "keep chatting in the
    # app", "move this to texting".
    r"|(?:keep|carry on|continue|stay) (?:chatting|talking|messaging|texting)(?: (?:in|on|via)"
    r" (?:the app|this app|here|<social>)| here)?"
    r"|move (?:this |it |things |us )?(?:to|onto|off|over to) (?:texting|text|<social>|the app"
    r"|this app|here|phones?|numbers?|a call|calls)"
    r"|you|u|me|it|them|that|this|us|connect|talk|chat|text|call|ask|know|yours|mine"
    # The exchange with its object left unsaid: "We should swap.", "let's trade?".
    r"|swap|exchange|trade|share|swap over|swap details"
    r"|(?:talk|chat|speak) (?:to|with)"
    # Only a message as such: "I'll send you a quick text", "drop you a line".
    r"|(?:quick |little |short )?(?:message|msg|dm|note|line|shout|buzz|ring|wave|hello|hi"
    r"|text|call|invite|request)"
    r"|(?:little |poor |lil )?(?:old |ol )?me"
    rf"))?{_TAIL}\W*"
))


# "...so we'll never see each other again" says what happens without the number, not
# what it is for; "...trying to collect as many as I can" wants numbers for themselves.
_NOT_A_PURPOSE = re.compile(
    r"(?:just |ever |really )?(?:never|not|no longer|hardly)\b"
    r"|(?:be )?(?:waiting|wait|leave (?:you|u) alone|go away|stop|shut up|be (?:happy|gone"
    r"|off|sad|thrilled|over the moon))\b"
    # How it is going, not what for: "we're doing great", "I'm having such a good time".
    r"|(?:so |really )?(?:well|great|good|fine|ok|okay)\b"
    r"|(?:a |such a |so much |the best |the )(?:great |good |lovely |wonderful |nice |amazing )?"
    r"(?:time|fun|blast|laugh)\b"
    r"|(?:collect|gather|rack up|get as many)\w*\b"
    # A want of one's own, after "I could": "I could use a nap", "could do with a holiday".
    r"|(?:use|do with) (?:a |an |some )?(?:nap|break|rest|holiday|miracle|lie-in|sleep|luck"
    r"|hug|day off)\b"
    # Skipping ahead is no purpose: "let's skip the small talk".
    r"|skip (?:the |all the )?(?:small talk|chit-?chat|formalities|pleasantries|games|foreplay"
    r"|awkward bit)\b"
    # A tally of numbers: "trying to get 50 numbers this summer".
    r"|(?:get|hit|reach|score) (?:\d+|a hundred|a thousand|loads of|lots of|more|as many)"
    r" (?:numbers|digits|contacts|nums)\b"
    r"|(?:them|numbers|contacts|digits|nums) (?:from|off) (?:every|all|as many|people|each)\w*"
    # The easy no, not a purpose: "u can always say no".
    r"|(?:always |just |still )?(?:say no|decline|refuse|pass(?=\s*(?:[.!?,;]|$))|ignore"
    r" (?:this|me|it))\b"
    # Wanting someone for oneself, not for something: "need someone to love me".
    r"|(?:love|like|notice|date|kiss|hold|hug|cuddle|care (?:about|for)|be with|look after"
    r"|miss) (?:me|us)\b"
    # The handing over itself: "give it to me now".
    r"|me\b(?!\s+(?:to|know)\b)"
    # A bet, a dare or curiosity wants the number for its own sake: "it's for a bet".
    r"|(?:a |my |the |our )?(?:bet|dare|wager|laugh|giggle|joke|curiosity|collection)\b"
    # The number as a trophy: "win a bet with my mate", "prove my sister wrong".
    r"|(?:win|settle|lose|pay|honou?r|prove)\b[^.!?]{0,20}?\b(?:bet|dare|wager)\b"
    r"|prove (?:\w+ ){0,3}?(?:wrong|right)\b"
    # "Your number for real?", "for keeps", "for later", "just for fun" (curiosity, LABELS.md):
    # no purpose at all.
    r"|(?:real|reals|realz|sure|keeps|ever|now|later|fun|kicks|the (?:fun|heck|hell) of it)\b"
    r"(?!\s+\w)"
)


def reasons(p: Prepared) -> list[Hit]:
    """Purposes with content: what the learner wants the contact for."""
    norm = p.norm
    found: list[Hit] = []
    for m in FRAMES.finditer(p):
        rest_start = m.end()
        stop = _CLAUSE_END.search(norm, rest_start, rest_start + 100)
        rest_end = stop.start() if stop else min(len(norm), rest_start + 100)
        rest = norm[rest_start:rest_end].strip()
        rest_end = rest_start + len(norm[rest_start:rest_end].rstrip())
        if (rest and _ONLY_THE_REQUEST.fullmatch(" " + rest) is None
                and _NOT_A_PURPOSE.match(rest) is None):
            found.append(Hit("reason", m.start(), rest_end))
    found.extend(Hit("reason", m.start(), m.end()) for m in _OUTING.finditer(p))
    found.extend(Hit("reason", m.start(), m.end()) for m in _TOGETHER.finditer(p))
    if any(w in norm for w in _TOPIC_WORDS):  # every _TOPIC cue has one of these words
        found.extend(Hit("reason", m.start(), m.end()) for m in _TOPIC.finditer(p))
    return sorted(found, key=lambda h: h.start)
