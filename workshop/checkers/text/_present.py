"""The time and place the two are sharing now, the time together told by when, and who one
is to them.

LABELS.md: a connection "points back at their conversation or time together", a shared
circumstance among them. People often point at it rather than name it: the place both stand
in ("soaked at this bus stop", "we've been stood here for hours"), the time told by when and
a past or perfect tense ("you were class in goal tonight", "you've been flirting all
evening"), their turn there appraised ("you were fire on that solo"), or who one is to them
("the lad from plot 12", "from the plot next to yours", "fellow volunteer at the food bank"),
the event told by its day ("from this morning's panel", "it's Fran from pottery on
wednesdays"), or the talk told after what both did ("we matched and talked about..."). Or
they judge it in hindsight: the event against all others ("best quiz night ever"), the talk
where it happened ("cracking wee blether at the ceilidh"), what the other said or told there
and what it did to one ("your story had me hooked"), or the time together as the measure of
more ("help like today"). A wish for time to come ("can I text you tonight?", "this weekend")
is not one.
"""

from __future__ import annotations

from typing import Final

from workshop.checkers.text._together import EVENT, GOOD, LOOKS, PAST_WHEN, PLACE, TALK

# When the time was, already begun or past; or how long it has lasted.
_WHEN = (r"(?:today|tonight|earlier|this (?:morning|afternoon|evening|arvo)|last night"
         r"|yesterday|all (?:evening|night|day|afternoon|morning|week|weekend|class|session"
         r"|shift|game|match|trip)|the whole (?:[\w'-]+ )?(?:evening|night|day|time|trip|ride"
         r"|flight|journey|class|session|shift|game|match|way))")
# Not plans, wishes or the silence itself: "we were going to...", "you've been ignoring me".
_NOT_PLAN = (r"(?!(?:going|gonna|hoping|planning|meaning|thinking|wondering|supposed|about"
             r"|meant|ignoring|avoiding|dodging|ghosting|blanking|quiet|silent|busy|offline"
             r"|online|away|out|off|home|on my mind|wanting|waiting|dying|itching|longing|expecting"
             r"|desperate)\b)")
# Not a time still to come: "...at this café tomorrow", "...this weekend".
_NOT_AHEAD = r"(?! (?:tomorrow|next|some ?time|one day|again|on \w+day|at the weekend)\b)"
# A role both hold in the same place or activity, not a taste: "fellow volunteer", "fellow
# dog-park regular" (not "fellow dog person", "fellow book lover").
_ROLE = (r"(?:regular|volunteer|member|student|classmate|commuter|passenger|traveller|traveler"
         r"|nurse|parent|mum|mom|dad|resident|tenant|neighbou?r|attendee|delegate|participant"
         r"|competitor|runner|climber|swimmer|player|dancer|singer|camper|hiker|cyclist|walker"
         r"|rower|paddler|newbie|first-timer|beginner|learner|trainee|intern|guest|queuer"
         r"|shopper|plot-?holder|worker|colleague|panellist|panelist|speaker|birder|diver)s?")
# Places one lives or stands beside the other: "the plot next to yours", "from plot 12".
_SPOT = (r"(?:plot|allotment|flat|apartment|house|unit|stall|pitch|desk|seat|row|cabin|room"
         r"|berth|bay|table|tent|boat|caravan|van|bench|locker|pew|spot|lane|bed|garden|door"
         r"|cubicle|workstation|easel|station)")

# Something done, not wanted, said or planned: "threw", "told", "carried" (not "asked",
# "wanted", "said", "texted", "planned"; those are no moment together).
_DID = (r"(?!(?:asked|wanted|needed|said|texted|messaged|called|rang|promised|planned|agreed"
        r"|offered|mentioned|decided|seemed|looked|sounded|ignored|ghosted|blocked|owed|used"
        r"|supposed|meant|hoped|wished|liked|loved|noticed|followed|added|replied|answered"
        r"|left|missed|booked|arranged|invited|expected|ended|forgot|swapped|exchanged|traded"
        r"|matched|\w*eed)\b)(?:\w{2,}ed|told|threw|taught|caught|made|gave|brought|took|won"
        r"|beat|lost|sang|ran|did|saw|found|kept|held|fell|broke|spilt|built|drew|wrote|sold"
        r"|bought|shared|spent|drove|swam|rode|danced"
        r"|talked|talk|talking|chat|chatted|played|laughed)")

# Not right after a look of theirs: "your new haircut today was great" is a compliment, told
# with when or not (LABELS.md). One lookbehind a word, as a lookbehind has one width.
NOT_AFTER_LOOKS: Final = "".join(
    f"(?<!{w} )" for w in ("smile", "face", "eyes", "hair", "haircut", "outfit", "dress",
                           "shirt", "look", "laugh", "voice", "jacket", "shoes", "style",
                           "nails", "glasses", "hat", "suit", "makeup", "make-up"))

# Not a time together only wished for: "it'd be great to chat at the fair on Sunday".
NOT_WISHED: Final = r"(?<!\bbe )(?<!be so )(?<!be very )"

PRESENT: Final = [
    # The place both are in, pointed at with what it is like to be there: "soaked through at
    # this bus stop", "stuck on this platform". (Not the place alone: "the best smile in this
    # whole bar" is a compliment, "I'm camping at this stall" a threat.)
    r"(?<!'ll be )(?<!will be )(?:soaked|drenched|stuck|stranded|freezing|frozen|waiting|queuing"
    r"|queueing|sheltering|shivering|squashed|crammed|delayed|huddled|melting|baking|wet)"
    rf"(?: [\w'-]+){{0,2}}? (?:at|in|on|under) this (?:[\w'&-]+ ){{0,2}}?(?:{PLACE}|platform|lift"
    rf"|elevator|carriage|coach|corridor|doorway|shelter|storm|rain|heat|cold)\b{_NOT_AHEAD}",
    # Pointed at and told as past: "this ferry ride flew by talking to you".
    rf"this (?:[\w'&-]+ ){{0,2}}?{PLACE} (?:has |had |just )?(?:flew|flown|went"
    r"|gone|passed|whizzed|zipped|dragged|been|was|were)\b",
    # Where both have stood, told by the two of them: "we've been stood here three hours".
    r"we(?:'ve been|'ve| have been| had been| been| were| was|'re| are) (?:both |all |just "
    r"|literally )?(?:stood|standing|sat|sitting|stuck|waiting|queuing|queueing|sheltering"
    r"|huddled|huddling|squashed|crammed|shivering|dancing|chatting|talking) (?:[\w'-]+ ){0,4}?"
    r"(?:here|together)\b",
    r"the only (?:other )?(?:two|2|ones?|person|people|soul|souls|couple)(?: [\w'-]+){0,2}?"
    r" (?:here|left|still (?:here|standing|awake)|awake|dancing|in here|on (?:this|the) \w+)\b",
    # The time together told by when, in a past or perfect tense: "you were class in goal
    # tonight", "you've been flirting with me all evening", "our two have been chatting
    # about halls all day".
    rf"(?<!\bif )(?:<you>|we|our [\w'-]+|the (?:two|2) of us)(?:'ve| have| had)? (?:been|were"
    rf"|was) {_NOT_PLAN}(?:[\w'-]+ ){{0,5}}?{_WHEN}\b",
    # Their turn there, appraised: "u was fire on dat bass solo", "you were ace in that final".
    rf"<you> (?:were|was|woz|wuz) (?:<very> )?(?:[\w'-]+ )?(?:{GOOD}|fire|lit|unreal|incredible"
    r"|immense|insane|sublime|a beast|a machine|on fire|solid|tidy|savage|outstanding|superb"
    r"|phenomenal|class|electric|unstoppable|flawless) (?:on|at|in|during|with) (?:that|dat"
    r"|tha|the|this|those|dem|dose|them|<your>)\b",
    # The shared event appraised, with when it was: "great jam last night!".
    # ("Good morning", "good night" greet, whenever it is: "Good morning today!".)
    rf"(?<!\ba )(?<!\ban )(?<!\bfor )(?<!\bhave )(?<!\bmore )(?!good (?:morning|evening"
    rf"|afternoon|night|day)\b){GOOD} (?:[\w'&-]+ ){{0,2}}?(?:{EVENT}|{TALK}) (?:last night"
    r"|yesterday|tonight|today|earlier|this (?:morning|afternoon|evening|arvo)|the other"
    r" (?:day|night))\b",
    # Who one is to them, by where both live or stand: "the lad from plot 12", "from the
    # plot next to yours", "your neighbour from no. 4".
    rf"from (?:the )?{_SPOT} \d+[a-z]?\b",
    rf"(?:the|my|our) {_SPOT} (?:right )?(?:next (?:door )?to|beside|opposite|across from"
    r"|behind|in front of|below|above|facing) (?:<your>s?|<you>)\b",
    r"from next door\b",
    # A role both hold there, said to them (not of others: "my fellow nurses say...").
    rf"(?<!\bmy )(?<!\bour )(?<!\bhis )(?<!\bher )(?<!\btheir )fellow (?:[\w'-]+ ){{0,3}}?"
    rf"{_ROLE}\b",
    # The event told by its day, already begun or past: "from this morning's panel", "after
    # yesterday's walk", "the slides from today's workshop"; not one asked about ahead ("a
    # drink after tonight's show?").
    r"(?:from|after|since|during|at) (?:yesterday|last night|this (?:morning|afternoon"
    r"|evening|arvo)|the other (?:day|night))'?s [\w'&-]+",
    r"(?:from|since|during) (?:today|tonight)'?s (?:[\w'&-]+ ){0,2}?[\w'&-]+(?![^.!?\n]*\?)",
    # After or at today's, only in a sentence with no plan or time free in it ("I'm only free
    # after tonight's match", "let's eat after today's talk" look ahead).
    r"(?:(?<=^)|(?<=[.!?] )|(?<=[.!?]))(?![^.!?\n]*?\b(?:free|busy|available|will|'ll|could"
    r"|can|shall|would|'d|let'?s|fancy|wanna|want to|gonna|going to|planning|hoping|until|till"
    r"|before)\b)[^.!?\n]*?\b(?:after|at) (?:today|tonight)'?s [\w'&-]+(?![^.!?\n]*\?)",
    # Who one is to them, by the day both were there: "it's Fran from pottery on wednesdays".
    r"(?:it'?s|i'?m|this is|its|i am) (?:\S+ ){0,2}?from (?!home\b|work\b)(?:[\w'-]+ ){1,3}?"
    r"(?:on|every) (?:mon|tues|wednes|thurs|fri|satur|sun)days?\b",
    # A moment of theirs there, still laughed about: "still laughing about you falling off
    # the paddleboard" (not what they are: "laughing about you being so tall").
    r"(?<!'ll be )(?:laugh|giggl|chuckl|cring|grinn|smil)(?:e|es|ed|ing)? (?:about|at|over)"
    r" <you> (?!being\b)\w{2,}ing\b",
    # The talk told after what both did: "we've been matched for weeks and talked about...".
    r"we(?:'ve| have| had)? (?:[\w'-]+ ){1,6}?and (?:talked|chatted|laughed|texted|messaged"
    r"|joked)\b",
    # The shared event judged in hindsight against all others: "best board game night ever"
    # (not one planned: "let's have the best party ever").
    rf"(?<!have the )(?<!be the )(?<!\bit the )(?:best|most fun|funniest|greatest|loveliest"
    rf"|nicest|wildest) (?:[\w'&-]+ ){{0,3}}?"
    rf"{EVENT} (?:ever|of my life|in (?:ages|years|forever))\b",
    # A talk appraised where it happened: "cracking wee blether at the ceilidh", "lovely
    # natter at the bus stop" (not one wished for: "a good chat at the pub sometime?", "it'd
    # be great to chat at the fair").
    rf"(?<!\ba )(?<!\ban )(?<!\bfor )(?<!\bmore )(?<!\bsome ){NOT_WISHED}{GOOD} (?:[\w'-]+ )?"
    r"(?:chat|natter"
    r"|yarn|craic|banter|blether|blather|chinwag|gab|conversation|talk|laugh|dance|game|jam)"
    r" (?:at|in|on|during|after) (?:the|that|this|our)\b",
    # What they said or did there, judged, with when: "your comments in the thread today were
    # so helpful", "your toast last night was perfect".
    rf"<your> (?:(?!{LOOKS}\b)[\w'&-]+ ){{1,6}}?(?:today|tonight|earlier"
    r"|this (?:morning|afternoon|evening)"
    r"|last night|yesterday) (?:was|were|had|made|really)\b",
    # What they told there, and what it did to one: "that story about your gran's boat had me
    # hooked", "your joke about the printer left me crying".
    r"(?:that|your|<your>|the) (?:[\w'-]+ )?(?:story|stories|joke|jokes|tale|tales|anecdote"
    r"|rant|speech|toast|pun|puns|impression|impressions|advice|tip|tips) (?:[\w'&-]+ ){0,6}?"
    r"(?:had|got|kept|made|left) me\b",
    # The time together as the measure of more: "more help with the machine like today" (not
    # a time proposed: "a drink, like tonight?").
    r"\b(?:more|another|again|same)\b[^.!?;]{0,40}? like (?:(?:we|you|u|it|they|i) did "
    r"|last time )?(?:today|tonight|earlier|last night|yesterday|this (?:morning|afternoon"
    r"|evening))(?:'s(?! [\w'-]))?",
    # Who one is to them, by what one did for or with them there, whatever one is called:
    # "I'm the one who fixed your bike chain on the ferry", "it's the guy who lent you a pen",
    # "I'm the plumber who fitted your valve this morning" (not a wish or a taste: "the one
    # who wanted your number", "the one who likes jazz").
    r"(?:i'?m|im|i am|it'?s|its|this is) the (?:[\w'-]+ ){0,2}?[\w'-]+ (?:who|that)"
    r" (?:just |once )?(?!(?:wanted|needed|noticed|watched"
    r"|stared|followed|asked|texted|messaged|called)\b)(?:\w{2,}ed|lent|gave|sat|stood|held"
    r"|caught|found|took|brought|drove|showed|bought|made|got|ran|sang|spilt|told|taught|won"
    r"|beat|lost|kept|swept|met) (?:[\w'-]+ ){0,3}?(?:<you>|<your>|with <you>)\b"
    # ...told with its place or time, as a favour must be ("the guy who bought you a drink"
    # alone is none)
    r"[^.!?;]{0,40}?\b(?:(?:at|on|in|during|after) (?:the|that|this|our)\b|today|tonight"
    r"|yesterday|last night|earlier|this (?:morning|afternoon|evening)|(?:while|when) <you>\b)",
    # ...and who they are to one, by what they did there: "u r the other mum who brought the
    # hummus to sports day" (not a want or a habit: "you're the one who wanted my number",
    # "you're the guy who sits by the door").
    r"<youre> the (?:[\w'-]+ ){0,2}?(?:one|mum|mom|dad|parent|guy|girl|woman|man|lady|bloke|lad"
    r"|lass|person|dude|chap|fella|kid) (?:who|that) (?:just |once )?(?!(?:wanted|needed|asked"
    r"|texted|messaged|called|followed|stared|noticed|watched|looked|seemed)\b)(?:\w{2,}ed"
    r"|brought|made|won|sang|gave|took|ran|beat|told|taught|led|kept|did|threw|caught|lent"
    r"|bought|found|held|drove|spilt|wore) (?:[\w'&-]+ ){0,5}?(?:to|at|in|on|during) (?:the"
    rf" |our |that )?(?:[\w'&-]+ ){{0,2}}?(?:{EVENT}|{PLACE})\b",
    # The time together judged, with them: "night shift's been a laugh with you" (not one
    # only imagined: "it would've been fun with you").
    r"(?:(?!(?:would|could|might|should|must|will)\b)[\w-]+(?:'s| has| have|'ve) been|was"
    r"|were) (?:such |so much |(?:a|an|such a) (?:real |right |proper "
    r"|total |absolute )?)?(?:fun|laugh|blast|hoot|riot|giggle|scream|joy|treat|pleasure"
    r"|delight|ball) (?:\w+ing )?with <you>\b",
    # The time spent together, counted: "after all those hours on the hay wagon together".
    r"(?:(?:after|since|from|through) (?:all )?|(?<!spend )(?<!spending )(?<!share )"
    r"(?<!sharing )(?<!have )(?<!having )(?<!more )all )(?:those|these|them|dem|our) (?:[\w'-]+ )?"
    r"(?:hours|days|nights|weeks|months|years"
    r"|mornings|evenings|afternoons|shifts|sessions|rides|trips|miles|laps|rounds|games)"
    r" (?:(?!(?:could|would|will|should|might|can|shall|gonna|going)\b)[\w'&-]+ ){0,5}?"
    r"together\b",
    # ...or by how many there were: "three night shifts on Ward 7 together" (not more to come:
    # "fancy doing three shifts together next month?").
    r"(?<!\bdo )(?<!\bdoing )(?<!\bspend )(?<!\bwork )(?<!\bbook )(?<!\bplan )(?<!\bhave )"
    r"(?<!\bfor )(?:two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)"
    r" (?:[\w'-]+ ){0,2}?(?:shifts|nights|days|hours|weeks|sessions|rides|trips|games|rounds"
    r"|classes|months|years|evenings|mornings|afternoons|laps|lessons|rehearsals)"
    r" (?:(?!(?:could|would|will|should|might|can|shall|gonna|going|next)\b)[\w'&-]+ ){0,5}?"
    r"together\b",
    # The event both were at, as what one would hate to lose them after: "I'd hate to lose
    # track of you after tonight's salsa class".
    r"(?:lose|losing|lost) (?:track|touch|contact|sight)(?: (?:of|with) (?:you|u))? (?:after"
    rf"|once) (?:today|tonight|this (?:morning|afternoon|evening))'?s (?:[\w'&-]+ ){{0,2}}?"
    rf"(?:{EVENT}|{PLACE})\b",
    # The people both were with, named by where they are gathered from: "adding all ppl from
    # the rooftop dinner" (not what others there do: "everyone from the retreat is swapping").
    r"(?:add|adding|added|invite|inviting|invited|include|including|put|putting|message"
    r"|messaging) (?:everyone|everybody|all (?:the )?(?:ppl|people|folks|peeps|guys|girls"
    r"|lot)) (?:from|who (?:was|were) at) (?:the|that|our|last night'?s|tonight'?s|today'?s)"
    rf" (?:[\w'&-]+ ){{0,2}}?(?:{PLACE}|{EVENT})\b",
    # A turn or event appraised on its own with when, already begun or past: "Good innings
    # today.", "great save tonight!" (not a wish or the day itself: "good luck today").
    rf"(?:(?<=^)|(?<=[.!?] )|(?<=[.!?]))(?:<very> )?{GOOD} (?!(?:luck|day|weather|news"
    r"|morning|evening|night|afternoon|vibes?)\b)(?:[\w'&-]+ )?[\w'&-]+ (?:today|tonight"
    r"|last night|yesterday|earlier|this (?:morning|afternoon|evening|arvo))(?= ?[.!?]|$)",
    r"(?:i'?m|im|i am|it'?s|its|this is|as) (?:[\w'-]+,? ){0,2}?<your> (?:new |next-door "
    r"|downstairs |upstairs |friendly )?(?:neighbou?r|plot ?mate|plot neighbou?r|desk ?mate"
    r"|seat ?mate|lab partner|dance partner|belay partner|team ?mate|classmate|bunk ?mate)\b",
    # A moment together told by when it was, whoever did what: "that vase you threw tonight",
    # "at the party tonight you told the best stories", "the stitch had us both stumped
    # tonight", "after carrying your bags just now", "today we talk so much" (not a wish or a
    # plan: "can I text you tonight?", "you said you're free tonight"; nor the number given:
    # "you gave me your number earlier", as the swap is none, LABELS.md).
    rf"(?:(?:<you>|we) (?:(?:just|all|both|really|literally|so|totally) )?{_DID}"
    r"(?! (?:me|us|you|u) (?:<your>|my|the|a|our) (?:number|digits|details|contact|num|deets)\b)"
    rf"|(?<!\bfor )(?:us both|both of us|us two|the (?:two|2) of us) [\w'-]+)\b"
    # (A "so" that only strengthens, "failed so spectacularly today", is no "so we can".)
    rf"(?:(?!\b(?:so(?! [a-z]+ly\b)|will|could|can|would|should|gonna|to)\b|'ll)"
    rf"[^.!?;,\n]){{0,50}}?\b{PAST_WHEN}\b",
    r"(?:after|since) \w+ing (?:<your>|<you>)\b[^.!?;\n]{0,60}?\b(?:just now|earlier|last night"
    r"|yesterday|this (?:morning|afternoon))\b",
    # ...or by how long it took: "I spent my whole Saturday helping you move flats".
    r"i(?:'ve| have| had)? spent (?:my |the |a |an |all )?(?:whole |entire )?(?:[\w'-]+ )?"
    r"(?:hours?|evening|night|afternoon|morning|day|weekend|(?:mon|tues|wednes|thurs|fri|satur"
    r"|sun)day) \w+ing (?:<you>|<your>|with <you>)\b",
    rf"(?:(?<=^)|(?<=[.!?] )|(?<=[.!?])|(?:at|in|on|during) (?:[\w'&-]+ ){{1,3}}?){PAST_WHEN},?"
    rf" (?:<you>|we) (?!(?:will|could|can|would|should|might|must|shall|gonna|need|want"
    r"|wanna|have to|are going)\b)\w+\b(?![^.!?;\n]*\?)",
    # A place or thing both shared: "three hours at the same hackathon table" (not a time or
    # a mind, "at the same time", "on the same page"; nor the same bus seen daily, as
    # noticing someone is no exchange).
    r"(?:at|on|in|by|from|round|around) the same (?!(?:time|way|thing|page|boat|level|rate"
    r"|moment|day|date|price)\b)(?:[\w'&-]+ ){0,2}?(?:table|desk|bench|stall|event|party"
    r"|meetup|workshop|class|session|course|talk|panel|tour|trip|pitch|court|booth|counter"
    r"|bar|corner)\b",
]
