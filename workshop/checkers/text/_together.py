"""The words for what two people share: events, places and things done together.

An ask, an offer and a follow-up point back at the same moments ("the quiz", "at the
allotment", "we got chatting"); these are the words for them, used by the cues that find
such references.
"""

from __future__ import annotations

# Words ending in -ing that are not activities ("good morning" is a greeting, not a chat).
_NOT_ACTIVITY = (
    r"(?<!morning)(?<!evening)(?<!thing)(?<!during)(?<!\bking)(?<!\bring)(?<!spring)"
    r"(?<!string)(?<!building)(?<!ceiling)(?<!clothing)(?<!pudding)(?<!feeling)(?<!\bwing)"
)
ING = r"\w{2,}ing" + _NOT_ACTIVITY
# Already past when it is said: "tonight", "just now" (not "tomorrow", not a plan), for a
# moment or a favour told with when it was.
PAST_WHEN = (r"(?:today|tonight|earlier|just now|this (?:morning|afternoon|evening|arvo)"
             r"|last night|yesterday)")
GOOD = (
    r"(?:great|nice|lovely|good|fun|awesome|amazing|wonderful|cool|brilliant|fantastic"
    r"|delightful|fab|excellent|super|special|enjoyable|memorable|interesting|blast|best"
    r"|ripper|cracking|smashing|lush|mint|epic|grand|beaut|brill|lekker|sick|class|ace"
    r"|pleasure|a pleasure|a delight|a joy|a treat|a blast|so fun|such fun|an honou?r|honou?red"
    r"|a privilege|privileged|braw|top|deadly|wicked|quality)"
)
TALK = (
    r"(?:chat|chats|conversation|conversations|talk|talks|discussion|debate|argument|walk"
    r"|game|dance|climb|session|exchange|match|run|hike|jam|shift|lesson|meeting|time|evening"
    r"|night|afternoon|morning|day|trip|adventure|karaoke|rematch|laugh|craic|crack|yarn|natter"
    r"|gist"
    r"|banter|party|class|workshop|quiz|trivia|gig|show|round)"
)
# "Thanks" in other tongues, as people mix them into English.
THANKS_ABROAD = (r"(?:salamat(?: po)?|merci|gracias|danke|grazie|obrigad[oa]|asante|terima"
                  r" kasih|shukran)")
# Events people share, named when they look back on them: "that last match was insane".
EVENT = (
    r"(?:match|game|rematch|round|set|gig|show|class|session|workshop|quiz|trivia|party|run"
    r"|hike|climb|race|tournament|bracket|final|lesson|talk|lecture|meetup|event|workday"
    r"|shift|concert|performance|dinner|evening|night|walk|ride|jam|rehearsal|practice"
    r"|debate|chat|conversation|karaoke|dance|festival|studio|open day|tour|ceremony|service"
    r"|swim|game night|quiz night|book club|lunch|brunch|picnic|bbq|barbecue|ceilidh|wedding"
    r"|social|cook-?off|comp|competition|jam session|league|hackathon|parkrun|choir|salsa"
    r"|open mic|reception|q&a|mixer|fundraiser|volunteer shift|rota|team|practical|lab|seminar"
    r"|after-?party|pre-?drinks|parade|procession|sports day|fun day|field day)"
)

# Their looks, voice, pets and things: praise of these is a compliment, not a shared moment.
LOOKS = (r"(?:smile|face|eyes|hair|haircut|outfit|dress|shirt|look|looks|laugh|voice|dog|cat|pet"
         r"|puppy|jacket|shoes|style|tattoos?|vibe|energy|accent|name|car|bag|make-?up|nails"
         r"|glasses|hat|earrings|perfume|cologne|suit|top)")

# Places and gatherings people share: "Sam from the choir", "at the alumni meet".
PLACE = (
    r"(?:class|club|group|gym|wall|team|choir|band|course|workshop|meetup|meet|party|wedding"
    r"|talk|conference|bar|cafe|café|market|stall|shop|store|bookshop|bookstore|library"
    r"|gallery|museum|park|dog park|pool|station|stop|bus|train|tram|ferry|boat|flight|plane"
    r"|gate|lounge|queue|line|office|ward|studio|rink|court|pitch|track|range|hall|pub|dinner"
    r"|event|session|lesson|quiz|trivia|tour|hostel|festival|gig|concert|show|game|match|run"
    r"|hike|practice|rehearsal|lecture|seminar|retreat|camp|trip|night|walk|ride|reunion"
    r"|gathering|do|get-together|mixer|expo|fair|convention|summit|symposium|allotment"
    r"|garden|kitchen|canteen|break room|breakroom|commute|school gate|playground|church"
    r"|temple|mosque|satsang|gurdwara|service|cohort|batch|intake|floor|building|block|street"
    r"|estate|league|squad|crew|society|meeting|committee|shift|round|circle|ceilidh|bbq"
    r"|barbecue|barbie|braai|fundraiser|open day|tournament|workday|laundrette|laundromat"
    r"|salon|clinic|five-a-side|5-a-side|kickabout|hackathon|parkrun|reception|q&a|waiting room"
    r"|salsa|book club|food bank|rota|lab|practical|tutorial|ward|surgery|vet|vets"
    r"|exchange|language exchange|skill swap|swap|tandem|bootcamp|conversation club|rodeo|fete"
    r"|fête|carnival|regatta|gala|fiesta|powwow|hoedown|jamboree|eisteddfod|mela|rally"
    r"|after-?party|after-?parties|pre-?drinks|boot sale|car boot|jumble sale|bake sale"
    r"|car ?park|carpark|parking lot|cinema|theatre|theater)s?"
)

# A meeting told only by when, asked: "we met yesterday?" asks whether they remember, and
# names nothing they shared (LABELS.md: asking if they remember you).
MET_WHEN = (r"(?: (?:yesterday|last night|today|earlier|tonight|last week|the other (?:day"
            r"|night)|on \w+day|\w+day))?\s*\?")

# Doing something, but not the asking or chasing itself ("texting again" is no shared moment).
DOING = (
    ING + r"(?<!asking)(?<!texting)(?<!calling)(?<!messaging)(?<!trying)(?<!begging)"
    r"(?<!bothering)(?<!waiting)(?<!saying)(?<!bugging)(?<!pushing)(?<!checking)"
)
# Something the two did together, told by its verb: "the sunset we took", "we got chatting".
DID_TOGETHER = (
    r"(?:took|shared|watched|saw|made|did|had|ate|tried|played|heard|found|sang|danced|climbed"
    r"|ran|walked|cooked|baked|built|won|lost|swam|rode|drank|went|got|sat|caught|split"
    r"|visited|explored|survived|solved|finished|started|queued|waited|stood|spoke|laughed"
    r"|bonded|learned|learnt|argued|debated|figured|managed|braved|joked|compared"
    r"|sheltered|fixed|painted|wrote|spotted|discovered|listened|agreed|missed|ended up|crossed"
    r"|bumped|shivered|suffered|endured|celebrated|cheered|sweated|froze|got stuck|were stuck"
    r"|reviewed|discussed|went over|covered|studied|practised|practiced|planned|worked on"
    r"|jammed|rehearsed|performed|recorded|gamed|ordered|chose|picked|wore|forgot|turned up"
    r"|showed up|arrived|guessed|screamed|cried"
    r"|were stranded|got stranded|left|hung out|got talking|got chatting|scratched)"
)
