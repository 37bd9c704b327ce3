"""The words the kinds of pressure share: contact verbs, degrees, hurt, and set times."""

from __future__ import annotations

CONTACT = r"(?:text|call|message|msg|ring|phone|reply|answer|respond|write|get back to|dm)"
# Words that only make a feeling stronger: "I'd be *rather* hurt", "*honestly kind of* sad".
DEGREE = (r"(?:(?:really|so|very|pretty|totally|rather|quite|a bit|a little|kind of|kinda"
          r"|honestly|genuinely|seriously|lowkey|low key|super|actually|deeply|truly|just) )*")
HURT = r"(?:sad|upset|hurt|heartbroken|devastated|crushed|gutted|disappointed|offended|wounded)"
# A time they are told to keep to: "tonight", "by 9", "Saturday around 10", "after ur shift".
WHEN = (
    r"(?:tonight|tomorrow|today|this (?:week|weekend|evening|afternoon|morning)|by \w+"
    r"|before \w+|at \d\w*|around \d\w*|within|as soon as|the (?:second|minute|moment)"
    r"|asap|right away|first thing|later today|(?:on )?(?:mon|tues|wednes|thurs|fri|satur"
    r"|sun)day|at (?:noon|midnight)|after <your> \w+|(?:when|once) <youre> (?:home|back|done"
    r"|off)|(?:when|once) <you> (?:get(?! a (?:chance|sec|moment|minute)| (?:the )?time| round"
    r"| around)|are(?! free)|arrive|finish|land|reach))"
)
# A call asked for by its name, not its verb: "give me a ring", "drop us a text", "bell me a
# buzz" - it is as much an order to get in touch as "ring me".
RING_ME = (r"(?:(?:give|gimme|drop|shoot|send|flick|fire) (?:me|us) a (?:quick |wee |little )?"
           r"(?:ring|call|bell|buzz|shout|text|line|message|msg|holler|tinkle|dm|e-?mail|note"
           r"|missed call))")
SENTENCE_START = r"(?:(?<=^)|(?<=[.!?] )|(?<=[.!?]))"
