"""The labelled corpus: the development data meets the accuracy targets.

The figures come from benchmarks/eval_checkers.py, which prints them per kind and per
criterion (``python benchmarks/eval_checkers.py --split development --show-errors 20``).
History: the rules were first written against the dev split only. The dev2 split was the
first held-out split; measured before anyone studied it, it scored 96.9% of verdicts
overall, with two kinds at 91.7% and five criteria under 90%. It then became development
data: its misses were studied and the rules generalized by principle (what a careful reader
relies on), with hand-written paraphrases in test_checkers_text.py.

The dev3 split was the second independent holdout, written by someone who read neither the
rules nor the other splits. Measured before anyone studied it, it scored only 87.5% of
verdicts (offers 76.0%, yes-replies 80.0%, asks 84.4%; eight criteria under 90%): the rules
were too tied to the wording they were written on. It then became development data too;
its misses were closed with structural signals (desire + exchange verb, purpose clauses,
events looked back on, time-bound orders, stated policies, bargaining for any channel)
rather than its phrases, each with hand-written paraphrases that are in no corpus file.

The dev4 split (177 messages) was the third independent holdout, again written without
sight of the rules. Measured before anyone studied it, it scored 93.8% (166 of 177) of
verdicts (asks 92.3%, offers 90.6%, replies 93.3%, follow-ups 100%, after a no 95.5%; eight
criteria under 90%, the weakest the ask's connection, no_pressure and reason, the offer's
connection, gives_control and no_pressure, and the reply's alternative, clear_no and
no_games). It then became development data; its misses were closed by the principle behind
each label (an out taken back by pressure is no out; an order for the number pushes; a
favour counts as a shared moment only with the time or place it took), with paraphrases of
every class in test_checkers_text.py. Six labels that contradicted the same message or
class elsewhere were made consistent: out in ask-034 and ask-077, connection in ask-n037,
no_pressure in ask-004 and offer-002 (the same text as offer-f002), gives_control in
offer-039.

The dev5 split (200 messages) was the fourth independent holdout, written after dev4 by
someone who read only the design notes and the guide, never the rules. Measured before anyone
studied it, it scored 90.5% (181 of 200) of verdicts (asks 96.4%, offers 85.7%, follow-ups
97.1%, after a no 85.2%; yes-replies 75.0%, unsure 87.5%, no 93.8%). It then became
development data; its misses were closed by the principle behind each label (counting the
asks, pleading and leaning on feelings push; a choice given and taken back, or acted on
without asking, is no choice; a yes put off until chased is no yes; details only the two
share are a connection; a group's next outing is a reason), with paraphrases of every class
in test_checkers_text.py. Eight labels that contradicted the policy of the earlier splits
were made consistent: no_pressure in ask-g003 and ask-g031 (an order for the number pushes)
and offer-g015 (waiting for their text), accepts in after_no-g007, g008, g016 and g023 (a
grudging acknowledgement still acknowledges), no_repeat in after_no-g013 ("if you change
your mind" leaves the next step with them).

The dev6 split (200 messages) was the fifth independent holdout, written without sight of
the rules or of the other splits. Measured before anyone studied it, it scored 91.5% (183 of
200) of verdicts (asks 92.7%, offers 91.4%, follow-ups 91.4%, after a no 92.6%; yes-replies
87.5%, unsure 81.2%, no 100%); the rules as they stood before dev5 was studied scored 90.5%
on it. It then became development data; its misses were closed by the principle behind each
label (a want stated or an order said politely is no question; a duty, what everyone else
does, one's own hard week or a promise as the price push; the next step announced for them
takes the choice; a shared circumstance, a shared event pointed at, the place they share or
what was agreed there is a connection; what they will have is a reason; a yes given as a
reluctant favour, or a pretend no taken back, is coy; not being ready said in any form is
honest; an acknowledgement stays one when asking again follows, not when arguing does), with
paraphrases of every class and near misses in test_checkers_text.py. Four labels that
contradicted the policy of the earlier splits were made consistent: connection in ask-k042 (a
favour alone, as in ask-g047), gives_control in offer-k007 (a reply expected by a set day, as
in offer-015) and offer-k033 (waiting on their text, as offer-g015), accepts in after_no-k003
(a grudging "ok", as in after_no-g008). Naming oneself by the place both share ("I'm Ngozi
from the pottery class") now counts as a connection, as dev6 labels it three times; ask-h034
(dev2) labelled the same class the other way until the dev7 round.

The dev7 split (200 messages) was the sixth independent holdout, written by someone who
read only the design notes and the guide. Measured before anyone studied it, with the rules
as they stood after dev5, it scored 95.0% (190 of 200) of verdicts (asks 98.2%, offers
88.6%, follow-ups 97.1%, after a no 96.3%; yes-replies 87.5%, unsure 93.8%, no 100%), with
seven criteria under 90%: the ask's connection (74.5%) and reason (85.5%), the offer's
connection (80.0%), gives_control and no_pressure (85.7%), and the reply's honest, kind
(87.5%) and no_games (75.0%). With the rules as they stood after dev6 it scored 94.5%
(189 of 200), the ask's connection and reason and the offer's criteria unchanged: the
connections and reasons it labels were mostly missed (17 of 21 connection misses), and the
pressure and taken choices in its offers let through. It then became development data.
Its misses were closed by the principle behind each label (a look back told by when and
where it was, by how it compared, or by the activity done with them, and a favour told with
its time, are connections, and an emoji ends the clause a "not" governs; what a group is
short of, a plan already made or what will be done with the number is a reason; acting for
them without asking takes the choice, and so does silence given a deadline in any tense;
promised nagging and "don't forget" push, the offerer's own availability does not; a task set
first, a condition with "unless" or a dig at their nerve is a game in a yes, and a yes asked
as a question is no yes), with paraphrases and near misses in test_checkers_text.py. Seven
dev7 labels that contradicted the policy applied elsewhere were made consistent: connection
in h6-ask-014 and h6-ask-019 ("how your interview goes" and the photos from the event, as in
ask-058 and ask-k026), no_pressure in h6-ask-030 and h6-ask-031 (a presumption pushes, as in
ask-098 and ask-n019) and h6-offer-019 (saving one's number in their phone, as in offer-g030),
honest in h6-reply-025 (a bare "I don't know", as in reply-063 and reply-k018). ask-h034 now
labels naming oneself by the club both belong to a connection, as dev6 does.

The dev8 split (200 messages) was the seventh independent holdout. Measured once, with the
rules as they stood after the dev7 round, it scored 91.5% (183 of 200) of verdicts, with eleven
criteria under 90% (the ask's connection 83.6% and no_pressure 87.3%, the offer's connection,
gives_control and no_pressure, and five of the reply's). It then became development data.

The contract was then sharpened (DESIGN.md): a yes must be glad, not flat or grudging; a bare
"No." is clear but not courteous; after a no, the door held open ("the offer stands", "if you
change your mind...") is asking again; an offer that orders or sets a time takes the choice;
a deadline for an answer is pressure. tests/data/checker-corpus/LABELS.md sets out how every
criterion is labelled, written from the corpus and the sharpened contract; 38 older labels that
contradicted it were relabelled (its last section lists them). Every holdout since was written
by someone who read only the guide, DESIGN.md and LABELS.md.

Fresh holdouts followed, each measured once with the rules as they stood, then made development
data and studied (their misses closed by principle, with paraphrases in test_checkers_short.py and
the test_checkers_dev*.py files). Their first measures are kept beside them, in
tests/data/checker-corpus/first-measures.csv: one row per split that was a holdout (the holdout it
was written as, its size, when it was measured, the verdicts right with the rules alone and with
the model), the current holdout's last.

The dev13 split (300 messages, ids h12-) was the twelfth independent holdout. Measured once,
at 2026-12-07T08:15Z, with the rules as they stood after the dev12 round, it scored 94.7% (284
of 300) of verdicts with the rules alone (asks 92.9%, offers 91.1%, follow-ups 98.0%, after a no
93.3%; yes-replies 100%, unsure 90.0%, no 100%), with five criteria under 92%: the offer's
connection, gives_control and no_pressure (88.9%), and the reply's honest and no_games (90.0%);
with the model's second opinion (workshop/checkers/model/) it scored 95.7% (287 of 300), the
weakest criteria the offer's connection and gives_control (88.9%) and the reply's honest
(90.0%). Across the five fresh holdouts of this contract (1,380 messages), 1,287 verdicts were
right with the rules alone: 93.3%. It then became development data; its misses were closed by
the principle behind each label (a group both belong to, or doing again what was done together,
is a connection; "I'll think about it" alone is no plain "not ready"; their phone used without
asking, an order with the offerer's purpose, a promise asked for, a why-not with the case for
yes, all in any spelling), with made-up variants and near misses in test_checkers_principles.py.
One label that contradicted the seven other rows of its class was made consistent: no_repeat in
h10-after_no-025 (a bare "Seriously?" argues with the no but asks nothing again).

The dev14 split (300 messages, ids h13-) was the thirteenth independent holdout, written by
someone who read only the guide, DESIGN.md and LABELS.md. Measured once, at 2026-12-07T11:44Z,
with the rules as they stood after the dev13 round, it scored 92.7% (278 of 300) of verdicts with
the rules alone (asks 95.7%, offers 80.0%, follow-ups 88.0%, after a no 93.3%; yes and unsure
replies 100%, no 96.7%), with four criteria under 90%: the offer's gives_control (75.6%) and
no_pressure (80.0%), the follow-up's no_pressure (84.0%) and the unsure reply's alternative
(86.7%); with the model's second opinion it scored 95.3% (286 of 300), the weakest criteria the
offer's gives_control (77.8%) and no_pressure (84.4%) and the reply's alternative (86.7%).
Across the six fresh holdouts of this contract (1,680 messages), 1,565 verdicts were right with
the rules alone: 93.2%. It then became development data; its misses were closed by the
principle behind each label (in offers a set time or cutoff presses even joined to "if you want
in", any slot of their choosing leaves it with them, and their phone used first, their use
presumed, their number owed back, a condition, an expectation or urging with nothing else left
to them take the choice; in follow-ups sympathy for a reason they have is no sarcasm, while
"did you get this", "full stop" and a cutoff with a cost press; after a no "it's only a
number" argues for a yes and a change of heart invited holds the door open; in replies a
hedged or grudging channel is an alternative and "not rn" holds out hope; in asks a compliment
on their pet is no connection and what a side is short of is a reason), with made-up variants
and near misses in test_checkers_principles.py. Five older hand-written test texts that
contradicted LABELS.md were corrected (a practical cutoff with "if you'd like" is still a set
time; a compliment on their pet is no connection). One label that contradicted its class was
made consistent: gives_control in h13-offer-019 (a repeated plea to use it, as h12-offer-009 and
h8-offer-028).

The dev15 split (300 messages, ids h14-) was the fourteenth independent holdout, written by
someone who read only the guide, DESIGN.md and LABELS.md. Measured once, at 2026-12-07T12:14Z,
with the rules as they stood after the dev14 round, it scored 95.3% (286 of 300) of verdicts with
the rules alone (asks 92.9%, offers 88.9%, follow-ups 96.0%, after a no 100%; yes-replies 100%,
unsure and no 96.7%), with two criteria under 90%: the ask's connection (88.6%) and the offer's
gives_control (88.9%); with the model's second opinion, as a learner gets it, it scored 96.3%
(289 of 300), the criteria under 92% the ask's connection (88.6%) and reason (90.0%) and the
offer's connection (91.1%). Across the seven fresh holdouts of this contract (1,980 messages),
1,851 verdicts were right with the rules alone: 93.5%. It then became development data; its
misses were closed by the principle behind each label (in asks the time shared told in any
English - "a braw laugh", "this arvo", "continue dat gist", "to have shared" - what they enquired
about, how they were at the place both were, a circumstance for both of us; a task, treat or need
in text speak or with no subject is a reason, catching up sometime and numbers gathered from
everyone are not; in offers their number owed back and a call announced through someone else take
the choice, the number pressed on them and waiting by the phone press, a verdict on oneself for
their silence is guilt; in follow-ups "did my texts arrive", "why the silence" and "anyone home"
chase; after a no the spark held up to them is guilt and a yes argued harmless takes back the
"ok"; in replies "naw", "I no ready" and "same tram tomorrow at 8:10?"), with made-up variants
and near misses in test_checkers_principles.py. One older hand-written test text that
contradicted LABELS.md was corrected ("I thought we had a real spark. But ok." is guilt, as "I
felt we had a spark"). No label was changed.

The dev16 split (300 messages, ids h15-) was the fifteenth independent holdout, written by someone
who read only the guide, DESIGN.md and LABELS.md. Measured once, at 2026-12-07T12:40Z, with the
rules as they stood after the dev15 round, it scored 97.7% (293 of 300) of verdicts with the rules
alone (asks 94.3%, offers 100%, follow-ups 98.0%, after a no 95.6%; every reply 100%), with two
criteria under 92%: the ask's reason (87.1%) and the offer's connection (91.1%); with the model's
second opinion, as a learner gets it, it scored 98.3% (295 of 300), the same two criteria under
92%. Across the eight fresh holdouts of this contract (2,280 messages), 2,144 verdicts were right
with the rules alone: 94.0%. It then became development data; its misses were closed by the
principle behind each label (in asks what they will be sent, brought or told, "you" said or not, a
need that may come up, a treat for them, what a crew is short of, what someone close to them wants,
something spare, a group's meeting, a lift or somebody to do something with are reasons, while only
a message as such, a tag, a bet or a point to prove are not; their interest taken as known
presumes, a group that already has one's number and a duty on everybody press, "I wondered whether"
asks, "totally optional", a channel that "works too" and a no called a fine answer are outs, the
easy no is no reason; in asks and offers the time shared told any way - the event with when and how
it went, a moment between them and laughing about it, "after tonight", their help needed again,
messages already exchanged, how they made one feel, being a good team, the rest of something begun,
in non-native and slang English too - is a connection; in offers an order with a cost to one's
feelings takes the choice, "I mean it" presses, "if it ever appeals" leaves it to them; in
follow-ups where they met may open the message, their way home, a plan made together and a detail
of the meeting refer to it, contact "as we agreed" only keeps the promise, and a hurry lifted in
formal words is no hurry; after a no the lonely evening ahead, weeping over it and sour grapes are
guilt, a yes called the easier way takes back the ok and their yes predicted for later holds the
door open; in replies "aight" and "bet" are softer yes-words, a no with no courtesy at all is not
polite and a soft decline limited to the present is only a time limit), with made-up variants and
near misses in test_checkers_dev16.py. No label was changed. Five criterion labels stay missed
because older rows of the same class say the opposite: the ask's connection in h15-ask-044
("everyone at the conference dinner", where five rows have "everyone in the group" as no
connection), no_repeat in h15-after_no-025 and -039 ("After three hours of talking?" and a yes that
"would've been easier", where seven rows have the time or ease cited back as guilt, not a new ask),
the offer's no_pressure in h15-offer-036 (a number put in their bag, which LABELS.md and two rows
count against gives_control only) and polite in h15-reply-no-020 (hope held out, which five older
rows count as softening and four newer ones do not). The verdicts of all five are right.

The dev17 split (300 messages, ids h16-) was the sixteenth independent holdout, written by someone
who read only the guide, DESIGN.md and LABELS.md. Measured once, at 2026-12-07T14:37Z, with the
rules as they stood after the dev16 round, it scored 94.3% (283 of 300) of verdicts with the rules
alone (asks 90.0%, offers 93.3%, follow-ups 94.0%, after a no 95.6%, replies 96.7% to 100%), with
one criterion under 90% (the ask's connection, 82.9%) and one under 92% (the offer's connection,
91.1%); with the model's second opinion, as a learner gets it, it also scored 94.3% (283 of 300),
the same two criteria short. Across the nine fresh holdouts of this contract (2,580 messages),
2,427 verdicts were right with the rules alone: 94.1%. It then became development data; its misses
were closed by the principle behind each label (in asks and offers the time shared told any way - a
definite someone or something both judge alike, being the only others there who know something,
what they were describing, more of it by any verb, the rematch, the event of a day already past,
talk with them with when it was, how long a favour took, doing again by any verb what they did, the
time they must have hated, a follow-up on their pitch - is a connection; in asks how their audition
goes, more left to talk over, a drink by any name and news in other Englishes are reasons, a tally
of numbers is none, "only if ur comfy w it" is an out; in offers "nobody ever does" is self-pity,
their message made the remedy for one's bad week presses, their number wanted back and a call owed
as "the least you could do" take the choice, and their silence read as a verdict on the time is
guilt that takes the choice only when nothing else is left to them or past a cutoff; in follow-ups
a bare order to write back chases, thanks again in other tongues and a point of the shared event
settled later refer to the meeting; after a no a favour stressed ("though I did walk you to your
car") is guilt and "I no go give up" asks again; in replies "ofcourse" is yes, "not just yet" is
not ready, and "I'll think about it" teases only with a wink, a "hmm" or a trailing "..."), with
made-up variants and near misses in test_checkers_dev17.py. It then scored 299 of 300 with the
rules alone and with the model; on dev to dev16 the verdicts stayed 3,909 of 3,910 and the criteria
rose from 13,640 to 13,644 of 13,742: the same principles closed four older criterion misses
(h9-offer-014 and h11-ask-031, a follow-up on the partnership and the minutes of today's session;
h13-ask-013, "only if ur comfy"; h13-reply-yes-029, the same plain "Let me think about it." as
h16-reply-yes-026). No label was changed. Two labels stay missed: the ask's connection in
h16-ask-023 ("you and me have same taste in horror films"), where an older test of the dev6 classes
holds a shared taste alone ("We both like jazz") as no connection and LABELS.md counts noticing
without any exchange as none (its verdict is right); and the follow-up's no_pressure in
h16-follow_up-015 ("You still owe me a Strip the Willow 😄"): a dance owed is play, as the rules
already have "owe me a dance" or "a rematch", but a dance called only by its own name cannot be
told from a debt without a list of dances, so its verdict stays wrong.

The dev18 split (300 messages, ids h17-) was the seventeenth independent holdout, written by
someone who read only the guide, DESIGN.md and LABELS.md. Measured once, at 2026-12-07T15:12Z,
with the rules as they stood after the dev17 round, it scored 96.3% (289 of 300) of verdicts with
the rules alone (asks 97.1%, offers 88.9%, follow-ups 98.0%, after a no 97.8%, replies 96.7% to
100%), with three criteria under 92%: the offer's gives_control (88.9%) and no_pressure (91.1%)
and the reply's polite (86.7%); with the model's second opinion, as a learner gets it, it also
scored 96.3% (289 of 300), with the offer's gives_control (91.1%) and the reply's polite (86.7%)
under 92%. Across the ten fresh holdouts of this contract (2,880 messages), 2,716 verdicts were
right with the rules alone: 94.3%. It then became development data; its misses were closed by the
principle behind each label (in asks a question may open after an emoji, "I will like to" with a
condition said as a sentence of its own is an invitation, a purpose clause that only says they
will be in touch is no reason even after "keen to swap numbers", a talk not over yet is more left
to talk over, "no pressure" and "if you're comfortable" in Scots, Caribbean and Pidgin English and
asking to be told if it goes too far are outs, praise of them with what they were doing then is a
connection, the number ordered over as "it" and how long one must wait for it push; in offers
their phone taken and the number put "in it" acts without asking, waiting for their call in other
Englishes and "...though I know you will" take the choice, "take it or leave it" said of one's own
number is "use it or not", an order to get in touch after a condition in its own sentence leaves
it to them, the name their phone will show tied to where they met and thanks in other tongues for
what they did are connections and what they have ("a lovely laugh") is a compliment; in replies
an emoji ends the reach of a "not" before it, their number taken instead is an alternative,
thanks in other tongues is warm and "nae" is no; after a no "as usual" after a meeting both keep is
routine; in follow-ups a hurry lifted is no hurry and "fae" is "from"), with made-up variants and
near misses in test_checkers_dev18.py; the follow-up's own references to the meeting moved from
_rapport.py to _meeting.py. It then scored 300 of 300 with the rules alone and with the model; on
dev to dev17 the verdicts stayed 4,208 of 4,210 and the criteria rose from 14,677 to 14,679 of
14,777 (the same principles closed two older criterion misses: h9-offer-005, saved under "Jess
from spin class", and h13-ask-040, "Tell me if that's too forward!"). No label was changed. Six
criterion labels stay missed, every verdict right: polite in h17-reply-no-008, -016, -022 and
-025, declines softened only by hope held out ("Who knows, ask me again next year", "Hmm,
maybe?"), which LABELS.md counts as no courtesy and nine rows since dev10 label so, but which
seven rows of dev to dev8 count as softening (reply-077, reply-091, reply-h032, reply-g039,
reply-g045, h7-reply-044, h7-reply-047), so no rule can follow one side without losing the
other; accepts in
h17-after_no-028 ("Understood. You'll warm up to me eventually 😏"), where LABELS.md has
predicting they will come round as no acknowledgement and six older rows with an acknowledgement
first (h8-after_no-017, h9-after_no-026, h10-after_no-031, h12-after_no-022, h14-after_no-029,
h15-after_no-021) are labelled the same; and no_repeat in h17-after_no-012 ("Seriously? After I
drove you home from the festival?"), where seven older rows of the same shape (after-no-012,
after-no-f007, after_no-g019, h6-after_no-022, h7-afterno-020, h11-after_no-032, h12-after_no-011)
count the favour cited back as guilt, not a new ask, as the dev16 round found for h15-after_no-025.

The dev19 split (300 messages, ids h18-) was the eighteenth independent holdout, written by someone
who read only the guide, DESIGN.md and LABELS.md. Measured once, at 2026-12-07T16:51Z, with the
rules as they stood after the dev18 round, it scored 97.7% (293 of 300) of verdicts with the rules
alone (asks 97.1%, offers 93.3%, follow-ups 96.0%, after a no and replies 100%), with one criterion
under 92%: the ask's connection (91.4%, 64 of 70); with the model's second opinion, as a learner
gets it, it scored 98.0% (294 of 300), the same criterion short. Across the eleven fresh holdouts of
this contract (3,180 messages), 3,009 verdicts were right with the rules alone: 94.6%. It then
became development data; its misses were closed by the principle behind each label (in asks an
inverted ask for the number typed on after another clause with no stop is a question, a favour done
for them told with where or when is a connection, what a group is short of counted in figures ("a
4th") and a purpose given "just" or "only" are reasons while keeping in touch, however put, is only
the exchange, and another channel they would prefer, called fine, is an out; in offers their number
wanted back in return ("...and I get yours") and someone already asked to ring them take the choice,
self-pity put as an aside ("not that anyone ever does") is guilt, and catching up on a topic they
share is a connection; in follow-ups the number swapped, told only by when, is not the meeting, an
event named after a "not" that governs something else is still named, and what they were sent
counted back or checked on as arrived chases a reply; in replies meetings they already have, kept
up, and "c u at..." are a next meeting, and a "but" with no comma ends the reach of a "not"), with
made-up variants and near misses in test_checkers_dev19.py; _rapport.py, _purpose.py and
_pressure.py were split by what each part owns first (_together.py, _talk.py, _frames.py, _guilt.py,
_debts.py, _deadlines.py, _insisting.py, _pressure_words.py), with no verdict changed. It then
scored 300 of 300 with the rules alone and with the model; on dev to dev18 the verdicts rose from
4,508 to 4,509 of 4,510 and the criteria from 15,708 to 15,710 of 15,812 (the same principles closed
h7-ask-018, "...can i get ur number" run on after a clause, and the connection of h11-ask-072, a
ladder held at the church fete). No label was changed. Ten criterion labels stay missed, every
verdict right. Two go against older rows of their class: connection in h18-061 ("I'm Tomasz from
number 12, right next door to you"), where h12-ask-054 ("since ur my neighbour now") labels being
neighbours as no connection; and polite in h18-140 ("Probably not... not this week anyway."), hope
held out as softening, on which the dev18 round found the older and newer rows disagree. Eight
follow LABELS.md but were not reached in this round: question in h18-031 ("I reckon I've earned your
number, no?", a presumption with a tag), reason in h18-052 (a therapist's advice) and h18-260 ("I'm
having your number before you leave tonight"), connection in h18-077 (praise of their play "after
today"), h18-187 (a round owed "at the quiz") and h18-267 ("the first person in years who gets my
terrible jokes"), no_pressure in h18-216 ("I always get the number eventually", which the model's
second opinion catches), and accepts in h18-272 ("Ok no prob. But come on, one drink can't hurt?",
an acknowledgement before another ask), where after_no.py then needed splitting.

The dev20 split (300 messages, ids h19-) was the nineteenth independent holdout, written by
someone who read only the guide, DESIGN.md and LABELS.md. Measured once, at 2026-12-07T17:20Z,
with the rules as they stood after the dev19 round, it scored 97.0% (291 of 300) of verdicts with
the rules alone (asks 95.7%, offers 93.3%, follow-ups 98.0%, after a no 97.8%, replies 96.7% to
100%), with three criteria under 92%: the ask's connection and no_pressure (91.4%, 64 of 70) and
the offer's gives_control (91.1%, 41 of 45); with the model's second opinion, as a learner gets
it, it scored 97.7% (293 of 300), with the ask's connection (91.4%) the one criterion under 92%.
Across the twelve fresh holdouts of this contract (3,480 messages), 3,300 verdicts were right
with the rules alone: 94.8%. It then became development data; its misses were closed by the
principle behind each label (the ask's connection, short on three fresh holdouts running, was
found where the time together is recalled by what happened in it rather than by a word for
enjoying it: beaten by them at a game, something done together as it went on ("the tab we were
arguing about"), the event named by what it held or how it went ("that hackathon demo was...",
"after the rehearsal went so well"), how it was to do something with them ("lovely to walk with
you today", not a wish for time to come), a favour held up with "I did...", and their children
already friends; in asks, anything proposed to do together whatever the verb, being taken out
for whatever it is and a plan that may be called off are reasons while keeping in touch until
something ends is only the exchange, an understanding put before the channel they would prefer
("should you prefer...") and leaving it there for a no are outs, and a favour held up as the
price ("though I did..."), a no made the waste of one's own time, self-pity ("it's been a rough
month", "you're the only good thing"), silence called a wrong done to oneself, their wish
declared for them, a duty put on everyone to share the number and going round them to a friend
are pressure; in offers someone asked by name to ring them, being added to a chat by a set day
and a reply required for the offerer's sake take the choice; in follow-ups a reply expected by a
date is a deadline), with made-up variants and near misses in test_checkers_dev20.py; no module
had to be split first. It then scored 298 of 300 with the rules alone and 299 of 300 with the
model, every criterion at 96.7% or more; on dev to dev19 the verdicts (4,809 of 4,810) and the
criteria (16,735 of 16,847) stayed as they were, none lost. No label was changed. Eleven
criterion labels stay missed, two of them verdicts with the rules alone. Two go against older
rows of their class: polite in h19-241 ("Probably not... not this week anyway."), hope held out
as softening, the class h18-140 left missed because its older and newer rows disagree; and
gives_control in h19-288 ("Come on, just take it, please, please."), labelled as leaving the
choice like h11-offer-026 while h15-offer-027 and h16-offer-037 ("come on, just take it...")
count insisting with nothing else left to them as taking it, which the rules follow. Nine follow
LABELS.md but were not reached in this round: honest in h19-118 ("not rn tho, maybe snap?", a
not-now with another channel; the verdict is missed), no_repeat in h19-238 ("I'm around the bar
most Fridays anyway 😉", the door held open after a no; the verdict is missed with the rules
alone, the model's second opinion catches it) and accepts in h19-293 (favours listed back after a
no), both where after_no.py then needed splitting; clear_yes in h19-117 (a mocking dig
before "Go on then"), alternative in h19-267 ("But we see at English class Monday?", a next
meeting in non-native English), references_meeting in h19-168 (only a promise to text), reason
in h19-266 ("I'm having your number before you go", as h18-260), no_pressure in h19-186 (the
number slipped into their pocket, acting without asking) and in h19-274 (a course booked for
them, "you're kind of committed now").

The dev21 split (300 messages, ids h20-) was the twentieth independent holdout, written by
someone who read only the guide, DESIGN.md and LABELS.md. Measured once, at 2026-12-07T17:43Z,
with the rules as they stood after the dev20 round, it scored 95.3% (286 of 300) of verdicts with
the rules alone (asks 91.4%, offers 100%, follow-ups 90.0%, after a no 97.8%, replies 96.7% to
100%), with one criterion under 92%: the ask's connection (90.0%, 63 of 70); with the model's
second opinion, as a learner gets it, it scored 96.3% (289 of 300), the same criterion short.
Across the thirteen fresh holdouts of this contract (3,780 messages), 3,586 verdicts were right
with the rules alone: 94.9%. It then became development data; its misses were closed by the
principle behind each label (the ask's connection, short on four fresh holdouts running, was
found, as in the dev18 to dev20 rounds, where the time together is told by what happened in it
rather than by a word for enjoying it, here placed by when it happened: what they did with me at
a time now gone ("you dragged me round..."), how they were while it lasted ("you've been so fun
tonight"), their turn there praised ("you slayed that..."), the time spent on something ("we
spent the whole flight laughing"), and how it was there by when, whatever the event was called;
in asks an order to hand the number over whatever the verb ("chuck us"), staying put "till" they
give it, the answer hurried before something happens and someone else's disappointment made the
cost of a no are pressure, while what they will do with the number said in the plain present
("then I add you") and a task both were given are reasons; in follow-ups anything owed expected
of them at a time is a deadline, asking whether one's messages arrived chases the silence
whatever word comes between, and their liking declared for them presses), with made-up variants
and near misses in test_checkers_dev21.py; no module had to be split first. It then scored 295
of 300 with the rules alone and 295 of 300 with the model, every criterion at 95.6% or more; on
dev to dev20 the verdicts (5,107 of 5,110) and the criteria (17,760 of 17,883) stayed as they
were, none lost. No label was changed. Twelve criterion labels stay missed, five of them
verdicts. Two go against older rows of their class: polite in h20-295 ("Probably not... not
this week anyway.", the very text of h19-241, hope held out as softening, left missed for the
same reason; the model's second opinion catches it) and gives_control in h20-162 ("Come on, just
take it."), labelled as leaving the choice like h19-288 while h15-offer-027 and h16-offer-037
count insisting with nothing else left to them as taking it, which the rules follow. Ten follow
LABELS.md but were not reached in this round: reason in h20-019 (a Nigerian Pidgin purpose,
"make I dey order every Saturday"; the verdict is missed), connection in h20-049 (Scots, "that
wis a braw ceilidh") and in h20-039 (a favour recalled in the same breath as it is held up as a
debt), question in h20-030 ("so yours next?" after everyone else's number, a presumption rather
than a question), references_meeting in h20-119 ("our mad sprint through Changi", the verdict),
kind in h20-270 ("Nice one for asking, bro", the verdict), no_false_hope in h20-289 ("I'll say
no" read as hedging, the verdict), and after a no no_guilt in h20-174, accepts in h20-195 and in
h20-209 ("Roger that 🫡", the verdict), where after_no.py then needed splitting.

The dev22 split (300 messages, ids h21-) was the twenty-first independent holdout, written by
someone who read only the guide, DESIGN.md and LABELS.md. Measured once, at 2026-12-07T18:06Z,
with the rules as they stood after the dev21 round, it scored 95.7% (287 of 300) of verdicts with
the rules alone (asks 94.3%, offers 95.6%, follow-ups 96.0%, after a no 93.3%, replies 96.7% to
100%), with one criterion under 92%: the ask's connection (87.1%, 61 of 70); with the model's
second opinion, as a learner gets it, it scored 96.3% (289 of 300), the same criterion short.
The ask's connection was under 92% on each of the last four holdouts (91.4%, 91.4%, 90.0%,
87.1%), every other criterion at 92% or more on the last two. Across the fourteen fresh holdouts
of this contract (4,080 messages), 3,873 verdicts were right with the rules alone: 94.9%. It
then became development data; its misses were closed by the principle behind each label (the
ask's connection first, by broader signals rather than one more phrasing: the place both are
in, pointed at with what it is like to be there ("soaked through at this..."), or by the two
of them being there ("we've been stood here..."); the time together told by when in a past or
perfect tense ("you were ... tonight", "you've been ... all evening"); their turn at the shared
event appraised ("u was fire on..."); who one is to them by where both live or stand ("from
plot 12", "the plot next to yours"); a favour wished for ("if you gave me...") is no favour
done; in follow-ups a greeting from the shared place ("hi from the 10:15 ferry", "ferry
friend!") and the shared event appraised with when it was; in asks not going without it,
a favour held up "after all", a whole group already done whatever the verb, a hurry word
opening the ask, counting the asks, this very conversation carried on as a reason, "for fun"
alone as no reason, and "it'd be great to swap numbers, if..." as a question; in offers a
set time for any order, "me" said or not, and the number put among their things without
asking; after a no their answer appreciated, one's regular presence anywhere, the ask made
smaller or later, and any favour listed back; in replies "ta" as thanks and "totally!" as a
yes), with made-up variants and near misses in test_checkers_dev22.py. The broad signals
were checked on every development split; the place alone ("the best smile in this whole
bar", "camping at this stall") stays no connection, as older rows have it. after_no.py had
been split by what each table owns (_accepting.py, _sulking.py, _asking_again.py) before
this round, so its after-no misses no longer waited on that (h19-238, the door held open
"most Fridays", left missed in the dev20 round, is now reached). It then scored 300 of 300 with
the rules alone and 300 of 300 with the model, every criterion at 95.7% or more (the ask's
connection 100%, 70 of 70); on dev to dev21 no verdict or criterion was lost, with the rules
alone 5,403 of 5,410 verdicts (5,402 before) and 18,788 of 18,920 criteria (18,785 before;
h13-ask-039, h14-offer-029 and h19-238 gained),
with the model 5,400 verdicts and 18,783 criteria (5,400 and 18,782 before). A first ask
check compiles 151,243 characters of regular expressions (143,595 before). No label was
changed. Eight criterion labels stay missed, none of them a verdict. Four go against LABELS.md
or older rows of their class: out in h21-116 ("if you'd feel happy sharing", which LABELS.md
gives as an out) and in h21-263 ("If you're happy to share your number", the same form),
connection in h21-165 ("Should you wish to discuss the ... further", labelled the other way
in h11-offer-035), and polite in h21-231 ("Probably not... not this week anyway.", the very
text of h19-241 and h20-295, left missed for the same reason; the model's second opinion
catches it). Four follow LABELS.md but were not reached: out in h21-024 (another channel
offered as the easy no, "or if you prefer I can just add you on Slack"), accepts in h21-066
("Sure, I get it" before a prediction that they will come round), clear_yes in h21-203 (a
promise to give it once they text first, no yes at all) and reason in h21-234 (read into
"Happy to leave it if so").

The dev23 split (300 messages, ids h22-) was the twenty-second independent holdout, written by
someone who read only the guide, DESIGN.md and LABELS.md. Measured once, at 2026-12-07T20:05Z,
with the rules as they stood after the dev22 round, it scored 96.7% (290 of 300) of verdicts with
the rules alone (asks 95.7%, offers 95.6%, follow-ups 96.0%, after a no 97.8%, replies 96.7% to
100%), with one criterion under 92%: the ask's connection (91.4%, 64 of 70); with the model's
second opinion, as a learner gets it, it scored 97.0% (291 of 300), the same criterion short.
The ask's connection was under 92% on each of the last five holdouts (91.4%, 91.4%, 90.0%,
87.1%, 91.4%), every other criterion at 92% or more on the last three. Across the fifteen fresh
holdouts of this contract (4,380 messages), 4,163 verdicts were right with the rules alone:
95.0%. It then became development data; its misses were closed by the principle behind each
label (the ask's connection first, by broader signals in _present.py rather than one more
phrasing: a role both hold in the same place or activity ("fellow ... volunteer at the food
bank", "fellow dog-park regular"), not a taste shared, as ask-060's "fellow dog person" has it;
the event told by its day already past ("from this morning's panel", "after today's walk";
today's or tonight's only when no plan or free time is in the sentence: "I'm only free after
tonight's match" looks ahead); who one is to them by the day both
were there ("it's ... from pottery on wednesdays"); the talk told after what both did ("we've
been matched ... and talked about..."); in follow-ups a moment of theirs still laughed about,
and only the number they gave is no meeting; in asks the group short of someone however many
words name it, the exchange with its object left unsaid ("We should swap.") as no reason, the
chance welcomed ("I'd welcome the chance to...") as a purpose frame, and everyone else's
number held up whoever they gave it to; in offers no excuse left not to use it, and fairness
owed by the speaker ("Only fair I return the favour") as no pressure on them; insisting,
whoever insists for one ("my mum insists you come"); after a no a favour listed back however
counted, one's own loss put on them ("I've been looking forward to this all week"), the time
together held up as the question alone ("After the night we had?"), while a bare
"Seriously?" is surprise, as a bare "Why not?" is (every older row with it holds guilt
elsewhere); in replies a smile typed as text (":)"), whatever they enjoyed doing with them as
warm, and being where both were, again, as the next meeting), with made-up variants and near
misses in test_checkers_dev23.py. The broad signals were checked on every development split
and in near misses (a wish for time to come, "a drink after tonight's show?", "working from
home on fridays", "my fellow nurses say..." stay no connection). It then scored 300 of 300
with the rules alone and 300 of 300 with the model, every criterion at 100% (the ask's
connection 70 of 70); on dev to dev22 no verdict or criterion was lost, with the rules alone
5,703 of 5,710 verdicts (5,703 before) and 19,817 of 19,956 criteria (19,816 before;
follow_up-g024 gained, "since you gave me your number" no meeting), with the model 5,701
verdicts and 19,815 criteria (5,701 and 19,814 before). A first ask check compiles 153,269
characters of regular expressions (151,238 before); no older phrase was found redundant
under the new signals on the corpus (the one whose only corpus hit they also cover, how an
event went, "the quiz went...", keeps its own class). No label was changed and none is left
missed.

The dev24 split (300 messages, ids h23-) was the twenty-third independent holdout, written by
someone who read only the guide, DESIGN.md and LABELS.md. Measured once, at 2026-12-07T20:28Z, with
the rules as they stood after the dev23 round, it scored 97.7% (293 of 300) of verdicts with the
rules alone (asks 95.7%, offers 97.8%, follow-ups 100%, after a no 100%, replies 93.3% to 100%),
with one criterion under 92%: the offer's connection (91.1%, 41 of 45); with the model's second
opinion, as a learner gets it, it scored 98.3% (295 of 300), the same criterion short. The ask's
connection, under 92% on each of the five holdouts before, scored 95.7% (67 of 70). Across the
sixteen fresh holdouts of this contract (4,680 messages), 4,456 verdicts were right with the rules
alone: 95.2%. It then became development data; its misses were closed by the principle behind each
label (the offer's connection first, by broader signals in _recalled.py rather than one more
phrasing, the principle the last two rounds widened in asks said in an offer: doing again what was
done together, whatever the verb, wished for or planned ("if you want to go over the thesis
chapters again"), not contact, asking or a chance meeting ("text me again", "see me again", "run
into you again"); more of it like the time already shared ("more ... like today"); whatever was
done for them or theirs told with a time already past ("after I jump-started it this morning"), not
the chasing ("I texted you yesterday"); the ask itself hoped fine ("hope that's cool") looks back
on nothing; in asks something both did named by it ("the chutney we tasted"), an order for the
number by "tell me" and the number announced as taken ("I'm having your number") as pressure, and
asking to be told if they are not keen as an out; in offers the number named in the tongue mixed in
("mi número", "meine Nummer"); in yes-replies the yes made to wait on something they must do first
("once you beat me"); after a no "got it" said of misjudging them is no acknowledgement; in
no-replies a time limit stretched to forever ("not now or ever") is an outright no and calling them
by their age ("old man", "kiddo") is no courtesy), with made-up variants and near misses in
test_checkers_dev24.py. The broad signals were checked on every development split and in near
misses (a wish for time to come, "can I text you tonight?", "free this weekend if you fancy a
walk", "the table we needed" stay no connection); the older "want to ... the X again" phrase, which
the broad signal covers, was removed with the same verdicts on all development data. It then scored
297 of 300 with the rules alone and 298 of 300 with the model (the offer's connection 45 of 45, the
ask's no_pressure 67 of 70 with the rules alone, every criterion at 95.7% or more); on dev to dev23
no verdict or criterion was lost or gained, with the rules alone 6,003 of 6,010 verdicts and 20,855
of 20,994 criteria, with the model 6,000 and 20,852. A first ask check ("Could I get your number?")
compiles 154,547 characters of regular expressions (153,269 before). No label was changed. Fourteen
criterion labels stay missed, three of them verdicts with the rules alone (two with the model). Two
go against older rows of their class: polite in h23-054 ("Probably not... not this week anyway.",
the very text of h18-140, h19-241, h20-295 and h21-231, left missed for the same reason; the
model's second opinion catches it) and gives_control in h23-264 ("please please take my number,
call if you want"), pleading to take it labelled as leaving the choice like h11-offer-026 and
h19-288, while h15-offer-027 and h16-offer-037 count insisting on taking it as taking the choice,
which the rules follow. Twelve follow LABELS.md but were not reached in this round: reason in
h23-024 ("wanna add u to the hiking whatsapp"; the verdict), in h23-043 and h23-230 (a purpose
after an order or a presumption), connection in h23-044 ("the foto from the wedding", "we are in
same foto") and h23-146 ("how lovely your alto line sounded tonight"), no_pressure in h23-050 (a
favour held up with "so"), h23-052 ("it has to be before the last train, so quick"; the verdict),
both caught by the model's second opinion, and h23-107 ("we had a spark..., you know it"; the
verdict), question in h23-070 (a real question after a presumption), the follow-up's no_pressure in
h23-159 ("miss me yet?"), alternative in h23-209 ("maybe we can just email about the zine?") and
no_guilt in h23-260 (three hours listening to their band held up after a no; the model catches it).

The dev25 split (300 messages, ids h24-) was the twenty-fourth independent holdout, written by
someone who read only the guide, DESIGN.md and LABELS.md. Measured once, at 2026-12-07T20:54Z,
with the rules as they stood after the dev24 round, it scored 98.3% (295 of 300) of verdicts with
the rules alone (asks 97.1%, offers 97.8%, follow-ups 96.0%, after a no 100%, replies 100%), and
every criterion at 92% or more: the lowest were the ask's no_pressure and reason (92.9%, 65 of
70) and the unsure reply's alternative and the yes's no_games (93.3%, 28 of 30); with the model's
second opinion, as a learner gets it, it scored 98.3% (295 of 300), every criterion at 92.9% or
more. It is the first fresh holdout of this contract to meet both targets (96% of verdicts and
92% on every criterion). Across the seventeen fresh holdouts of this contract (4,980 messages),
4,751 verdicts were right with the rules alone: 95.4%. It then became development data before
it was studied, so that the twenty-fifth holdout could be measured with the same rules; its
misses are for the next round.

The dev26 split (300 messages, ids h25-) was the twenty-fifth independent holdout, written by
someone who read only the guide, DESIGN.md and LABELS.md. Measured once, at 2026-12-07T20:56Z,
with the same rules as the twenty-fourth (those after the dev24 round), it scored 96.7% (290 of
300) of verdicts with the rules alone (asks 94.3%, offers 95.6%, follow-ups 94.0%, after a no
97.8%, replies 100%), with one criterion under 92%: the ask's connection (91.4%, 64 of 70); with
the model's second opinion (then trained on dev to dev24), as a learner gets it, it scored 97.0%
(291 of 300), the same criterion short. So with one set of rules the ask's connection scored
97.1% on one fresh holdout and 91.4% on the next: it sits at the line, where one message of 70
decides. Across the eighteen fresh holdouts of this contract (5,280 messages), 5,041 verdicts
were right with the rules alone: 95.5%. It then became development data, and dev25 and dev26
were studied together in the next round.

The dev25 and dev26 round studied both splits together (tests/test_checkers_dev26.py), the ask's
connection first, by broader signals in _present.py rather than one more phrasing: the shared event
judged against all others ("best board game night ever", not one planned: "let's have the best party
ever"), a talk appraised where it happened in any register ("cracking wee blether at the ceilidh",
not one wished for), what they said or did there judged with when it was ("your comments in the
thread today were so helpful"), what they told there and what it did to one ("that story ... had me
hooked"), and the time together as the measure of more ("more help with the sewing machine like
today"; not a time proposed, "a drink, like tonight?"), their looks praised with a when being a
compliment, not a moment shared ("your dress tonight was gorgeous"; the looks are one list, shared
with the older praise of the time); and in _rapport.py, something of theirs seen where both were, by
more verbs ("the cake you liked so much at the reunion"). Then the ask's out bidding them to refuse
("Do say no if you'd rather not"), the offer's no_pressure where one's own sulking is the cost of
not using it ("I'll sulk all week if you don't use it"), the follow-up's no_pressure where their
feelings for one are taken as known ("I can tell you're as keen as me, so Friday dinner it is";
keenness on a hobby is none), its references_meeting where the event is named by what was left at it
("u left ur scarf at the open mic") or the greeting comes from a place told at length ("hi from the
seat across the aisle on the Edinburgh train"), a yes whose condition is met in the perfect ("once
you've beaten me at chess") as a game, and after a no a bare "Seriously?" read as surprise, neither
acceptance nor argument, so that an acknowledgement after it accepts ("Seriously? Ah well, have a
good night!"; LABELS.md: any acknowledgement, even grudging); "ah well" and "och well" acknowledge
as "oh well" does. After it, dev25 scores 99.0% (297 of 300) with the rules alone (295 before) and
99.0% (297) with the model (296 with the model retrained on dev to dev26, 295 when first measured);
dev26 scores 98.3% (295) with the rules alone (290 before) and 99.0% (297) with the model (292
retrained, 291 when first measured). The ask's connection rose from 91.4% (64 of 70) to 97.1% (68)
on dev26 and from 97.1% to 98.6% (69) on dev25. The broad signals met no false positive on dev to
dev26 nor in the near misses of the test ("can I text you tonight?", "fellow dog person", a story or
a talk wished for); dev to dev24 are unchanged (no verdict or criterion lost or gained), and
development as a whole rose from 6,885 to 6,892 of 6,910 verdicts with the rules alone and from
6,884 to 6,890 with the model, no criterion lower. A first ask check ("Could I get your number?")
compiles 157,357 characters of regular expressions (154,552 before). No label was changed. Five
labels go against older rows of their class and stay missed: connection in h25-162 ("You've been
smiling at me all night, so I know you want..."), labelled none though "you've been flirting with me
all evening" counts; in h24-073 ("You owe me after I covered your shift"), a favour with its place
held up as leverage, labelled none though such a favour counts even as leverage; and in h25-124
("Whenever you need a plumber again"), labelled none though needing again what they did for them
counts; the offer's gives_control in h25-217 ("your call. Please please please use it though"),
pleading labelled as leaving the choice, against h15-offer-027 and h16-offer-037 (as h23-264); and
polite in h25-013 ("Probably not... not this week anyway.", the text of h23-054 and older rows; the
model catches it). Not reached in this round, for the next: connection in h25-291 ("practise our
duet", a part they share); references_meeting in h25-143 ("gr8 meetin u at the footy 2day") and
h24-204 ("the same queue ... for six hours"); the ask's reason read into asks labelled without one
(h25-014, h25-189, h25-267, h24-070) or missed (h24-002, h24-026, h24-161, h24-275); its no_pressure
in h25-126, h24-060, h24-148, h24-189, h24-201 and h24-254 (haste, guilt and a crowd's expectation
in new clothes; the model catches most); its out in h24-002 ("just say so"), question in h24-079 and
h24-090; the offer's gives_control in h25-224 and h24-014 and no_pressure in h24-014 and h24-209;
the reply's no_games in h25-059 and h24-008 (the model catches both) and h24-128, alternative in
h25-161, h24-080 and h24-246; and after a no, no_guilt in h25-185 ("enjoy being alone then lol") and
no_repeat in h24-172.

The dev27 split (300 messages, ids h26-) was the twenty-sixth independent holdout, written by
someone who read only the guide, DESIGN.md and LABELS.md. Measured once, at 2026-12-07T23:21Z,
with the rules after the dev25 and dev26 round, it scored 97.7% (293 of 300) of verdicts with the
rules alone (asks 100%, offers 97.8%, follow-ups 96.0%, after a no 95.6%, replies 97.8%), and
every criterion at 92% or more: the lowest were the ask's out (92.9%, 65 of 70) and the no's
clear_no and polite (93.3%, 28 of 30); the ask's connection scored 97.1% (68 of 70). With the
model's second opinion (trained on dev to dev26), as a learner gets it, it scored 98.0% (294 of
300), every criterion at 92.9% or more. It is the second fresh holdout of this contract to meet
both targets (96% of verdicts and 92% on every criterion). Across the nineteen fresh holdouts of
this contract (5,580 messages), 5,334 verdicts were right with the rules alone: 95.6%. It then
became development data before it was studied, so that the twenty-seventh holdout could be
measured with the same rules; its misses are for the next round.

The dev28 split (300 messages, ids h27-) was the twenty-seventh independent holdout, written by
someone who read only the guide, DESIGN.md and LABELS.md. Measured once, at 2026-12-07T23:32Z,
with the same rules as the twenty-sixth (those after the dev25 and dev26 round), it scored 97.3%
(292 of 300) of verdicts with the rules alone (asks 94.3%, offers 97.8%, follow-ups 96.0%, after a
no 97.8%, replies 100%), with two criteria under 92%: the ask's connection (90.0%, 63 of 70) and
the offer's (88.9%, 40 of 45); with the model's second opinion (trained on dev to dev27), as a
learner gets it, it scored 98.0% (294 of 300), the same two criteria short and the no's polite at
90.0% (27 of 30). So with one set of rules the connection met the line on one fresh holdout (97.1%
for the ask) and fell short on the next, as with the twenty-fourth and twenty-fifth. Across the
twenty fresh holdouts of this contract (5,880 messages), 5,626 verdicts were right with the rules
alone: 95.7%. It then became development data, to be studied together with dev27.

The dev27 and dev28 round studied both splits together (tests/test_checkers_dev28.py), the
connection first, by broader signals of the time shared (in _present.py unless named): who one is to
them by what one did for or with them there ("I'm the one who fixed your bike chain on the ferry",
told with its place or time as a favour must be; not a wish or a taste, "the one who wanted your
number", nor a favour alone, "the bloke who got you a pint"), the time together judged with them
("night shift's been a laugh with you"; not one imagined, "it would've been fun with you"), the time
spent together counted ("after all those hours on the hay wagon together"; not time wished for,
"spend all those weekends together", "all those evenings we could have together"), a turn or event
appraised on its own with when ("Good innings today."; not a wish or the day itself, "good luck
today", "great weather today"), the time together as the measure of more whoever did it then ("again
like it did this morning", "more cuttings like today's"); in _rapport.py oneself named by the event
both were at as well as the place ("Giulia from the Erasmus welcome evening"); in _recalled.py their
turn praised by "carried" and a favour told with "did" and how often ("I did drive you to three away
matches"); and two false positives closed by their principle, another person wanted ("we'd love
another hand") and a vibe ("you look like someone who knows how to have fun"). Then the no's polite:
hope held out softens a no only as a question about a next time in a sentence of its own ("Not
tonight, but maybe next week at the club?"); trailing off or in a word or two ("not tonight.", "No
for now.", "Probably not... not this week anyway") it is no kinder than a bare no, as the corpus
labels it, and a kiss to sign off ("not tonight hun x") or a sheepish smile softens as a smile does.
Then the ask's reason: whatever the group or event, when what it needs is people ("the carol service
really needs altos", "our sewing circle's short of hands"; not a thing, "my laptop needs a new
battery"). After it, dev27 scores 97.7% (293 of 300) with the rules alone (293 before) and 98.3%
(295) with the model (295 with the model retrained on dev to dev28, 294 when first measured); dev28
scores 97.7% (293) with the rules alone (292 before) and 99.3% (298) with the model (297 retrained,
294 when first measured; the retrained model has seen both, so only the rules' figures are fair).
The ask's connection rose from 90.0% (63 of 70) to 100% on dev28 and the offer's from 88.9% (40 of
45) to 97.8% (44); the no's polite from 93.3% to 100% on both splits with the rules alone (with the
model on dev28 from 90.0% to 96.7%); the ask's reason on dev28 from 92.9% to 95.7%. The broad
signals met no false positive on dev to dev28 (no connection or reason verdict lost) nor in the near
misses of the test ("can I text you tonight?", "this weekend", "here's my number", "fellow dog
person"); dev to dev26 keep every message verdict, and development as a whole rose from 7,477 to
7,478 of 7,510 verdicts with the rules alone and from 7,484 to 7,485 with the model; the polite
criterion rose on eleven older splits with the rules alone (four with the model) and fell by one on
dev5, where an older label goes against the newer rows (below). A first ask check ("Could I get your
number?") compiles 160,652 characters of regular expressions (157,357 before). No label was changed.
Labels that go against older rows of their class stay missed: connection in h26-043 ("I know you
said earlier you'd rather not"), labelled none though h27-159 with the same words counts; in h26-206
("We could keep arguing about the best Miyazaki film"), labelled none though "keep talking about X"
counts in 21 older rows and in LABELS.md; and in h27-228 ("when you showed me the photos"), labelled
none though a moment together told by when counts; and polite in reply-g045 ("my phone's actually
broken at the moment haha"), labelled courteous though newer rows label such hedges, with no
courtesy word, as no kinder than a bare no (h9-reply-049, h11-reply-054). Not reached in this round,
for the next: the ask's no_pressure in h27-159, h27-226 ("the whole crew's already in it") and
h26-041, out in h26-001, h26-004, h26-248, h26-261 and h26-286, reason missed in h27-090, h27-140
and h26-015 and read into h27-120 and h26-158; the offer's gives_control in h27-168, h27-288,
h27-289, h26-201 and h26-258, no_pressure in h27-228 and h26-213; the follow-up's no_pressure in
h27-214, h27-266, h27-294 and h26-094, references_meeting in h27-158 and h26-133; the reply's
alternative in h27-075 and h27-126, no_games in h27-073, h27-083 and h26-123, clear_no in h26-078
and h26-130, no_false_hope in h26-078; and after a no, no_repeat in h27-155, h26-011 and h26-233,
accepts in h26-011, no_guilt in h26-106.

The dev29 split (300 messages, ids h28-) was the twenty-eighth independent holdout, written by
someone who read only the guide, DESIGN.md and LABELS.md. Measured once, at 2026-12-08T00:06Z,
with the rules after the dev27 and dev28 round, it scored 95.0% (285 of 300) of verdicts with the
rules alone (asks 97.1%, offers 93.3%, follow-ups 94.0%, after a no 88.9%, replies 97.8%), with
three criteria under 92%: the after-a-no no_guilt (86.7%, 39 of 45), the ask's connection
(90.0%, 63 of 70) and the offer's gives_control (91.1%, 41 of 45); with the model's second
opinion (trained on dev to dev28), as a learner gets it, it scored 96.3% (289 of 300), the same
two criteria of the ask and the offer short (no_guilt at 91.1%). The round before it had brought
the ask's connection on dev28 from 90.0% to 100%; on this fresh text it scored 90.0% again. Across
the twenty-one fresh holdouts of this contract (6,180 messages), 5,911 verdicts were right with
the rules alone: 95.6%. It then became development data, to be studied.

The dev29 round (tests/test_checkers_dev29.py) took the three criteria under 92% first, each by its
principle in any words. After a no, no_guilt (in _sulking.py): the time they did not feel the same
about held up as one's own delusion ("I really thought tonight meant something", "clearly I imagined
it all"; a misreading owned in an apology that comes first, "sorry - I misread things", is the
awkwardness apologised for, while "I got the wrong idea then, sorry..." stays a sulk), asking what
one did wrong however it is put ("tell me what I did wrong", "is it my face?", "why does everyone
say no?"), a yes made out to have cost them nothing once it is past ("it wouldn't have killed you";
"one text won't kill you" argues for a yes still to come, which asks again and blames no one), and
others who would have said yes ("plenty of others would have said yes"). The ask's and the offer's
connection (in _present.py), by a broad signal: a moment together told by when it was, whoever did
what ("that vase you threw tonight", "at Aunt Mei's 70th tonight you told...", "the cable stitch had
us both stumped tonight", "after carrying your bags just now", "Today we talk so much..."; not a
plan, a wish or the number swapped, "text me tonight so I know you got home", "we need to sign
today", "we swapped numbers last night"), the time a favour took ("I spent my whole Saturday helping
you move flats") and a thing both shared ("at the same hackathon table"; not a time, a mind or the
same bus seen daily, as noticing someone is no exchange). Then older false positives closed by
principle: what they have or are is a compliment ("you have the best laugh ever", "you're great
company", as the corpus labels it in every ask and offer), and so is a look of theirs judged with
when ("your new haircut today was great"), "good morning" and "good night" greet whenever they are
said, and a chat wished for ("fancy a good chat at the pub sometime?") is a plan. The offer's
gives_control (offer.py, _debts.py, _pressure.py): begging them to take the number leaves its use to
them, as any handing over does, and only presses ("please please take my number"; begging them to
use it still takes the choice, as the corpus labels both), a duty put on them in any words ("you're
duty-bound to text back"), their phone taken and the number typed "in", and one's phone kept at hand
for them ("I'll have my phone glued to my hand all evening"). Then the rest: after a no, their no
awaited to change in any words ("if you ever feel differently") keeps the door pushed open, and a no
called small beside a reproach of what a yes would have cost ("it's just a number, it wouldn't have
killed you") blames and asks nothing again, wherever the reproach stands; the ask's reason, what any
side is short of ("your netball lot are a player short"), their company on what they do ("fancy some
company?"), an outing with a word before it ("a proper playdate"), being shown round ("show you the
good ramen spots") and being taught ("so you teach me your grandmother recipe"). After it, dev29
scores 98.3% (295 of 300) with the rules alone (285 before) and 98.7% (296) with the model (289 when
first measured and with the model retrained on dev to dev29; the retrained model has seen dev29, so
only the rules' figures are fair): after a no, no_guilt from 86.7% (39 of 45) to 100% and no_repeat
from 95.6% to 100%; the ask's connection from 90.0% (63 of 70) to 100% and its reason from 92.9% to
100%; the offer's gives_control from 91.1% (41 of 45) to 100%, its connection and no_pressure from
93.3% to 100%. The broad signals met no false positive on dev to dev28 nor in the near misses of the
test ("can I text you tonight?", "this weekend", "here's my number", "fellow dog person"); dev to
dev28 keep every message verdict and no criterion verdict is lost (two criteria right that were
wrong: h11-offer-036's connection, h23-264's gives_control); development as a whole rose from 7,763
to 7,773 of 7,810 verdicts with the rules alone and from 7,772 to 7,779 with the model. A first ask
check ("Could I get your number?") compiles 164,099 characters of regular expressions (160,652
before). No label was changed, and none of the studied classes has a dev29 label against older rows
of its class (the misreading pair, h28-090 and h8-after_no-010, differs by whether the apology comes
first). Not reached in this round, for the next: the follow-up's references_meeting in h28-009 ("you
gave me your number earlier", labelled none as the number swapped is) and h28-230, missed in h28-076
and h28-258 ("fellow survivor of Professor Lund's lecture"), its no_pressure in h28-249 and h28-294;
the ask's question and no_pressure in h28-239 ("so surely I get your number?") and out in h28-138
("If not convenient, is ok."); the reply's no_games in h28-002, honest in h28-063 and polite in
h28-137; with the model, its no_repeat concern in h28-068 and h28-174 ("You'll regret this, you
know.").

The dev30 split (300 messages, ids h29-) was the twenty-ninth independent holdout, written by
someone who read only the guide, DESIGN.md and LABELS.md. Measured once, at 2026-12-08T02:08Z,
with the rules after the dev29 round, it scored 96.0% (288 of 300) of verdicts with the rules
alone (asks 95.7%, offers 95.6%, follow-ups 92.0%, after a no 100%, replies 96.7%), with one
criterion under 92%: the follow-up's references_meeting (88.0%, 44 of 50); the ask's connection
scored 92.9% (65 of 70) and the offer's 93.3% (42 of 45). With the model's second opinion
(trained on dev to dev29), as a learner gets it, it scored 96.7% (290 of 300), the same
criterion short. Across the twenty-two fresh holdouts of this contract (6,480 messages), 6,199
verdicts were right with the rules alone: 95.7%. It then became development data before it was
studied, so that the thirtieth holdout is measured with the same rules.

The dev31 split (300 messages, ids h30-) was the thirtieth independent holdout, written by
someone who read only the guide, DESIGN.md and LABELS.md. Measured once, at 2026-12-08T02:13Z,
with the same rules as the twenty-ninth (after the dev29 round), it scored 96.3% (289 of 300)
of verdicts with the rules alone (asks 97.1%, offers 95.6%, follow-ups 94.0%, after a no 91.1%,
replies 100%), every criterion at 92.9% or more (the lowest: the ask's connection, 65 of 70);
with the model's second opinion (trained on dev to dev30), as a learner gets it, it scored 97.3%
(292 of 300), every criterion at 92.9% or more (after a no, no_repeat 93.3%). Across the
twenty-three fresh holdouts of this contract (6,780 messages), 6,488 verdicts were right with
the rules alone: 95.7%. It then became development data, together with dev30, before either
was studied.

The dev30 and dev31 round studied the misses of both, and those of dev29 named above, class by
class, with new tests in tests/test_checkers_dev31.py (new words and near misses for each). The
follow-up's references_meeting: who is writing and where from, in the "Ruth here from the
litter-pick" form or after a greeting and a name ("Hi Jen, Dylan from the garage"); greeted as
the person they were there ("hello from the woman who kept beating you at table tennis");
something both went through ("fellow survivor of ...'s lecture", not a taste alone: "fellow dog
person"); next to each other there ("lovely to sit next to you at ..."); and the number exchange
alone names no meeting however it is told ("thanks for swapping numbers!", "you gave me your
number earlier"). The ask's connection: who one is to them by what one did there, whatever one
calls oneself ("I'm the plumber who fitted your valve this morning"), the dev28 class no longer
tied to one/guy/girl. After it, with the rules alone, dev30 scored 291 of 300 (references_meeting
49 of 50, the ask's connection 66 of 70) and dev31 291 of 300 (references_meeting 50 of 50, the
ask's connection 65 of 70); with the model (now trained on dev to dev31, so optimistic here)
294 and 294. dev29 rose from 295 to 298 (296 to 299 with the model) and dev to dev28 keep every
verdict (one criterion right that was wrong: h11-follow_up-018's references_meeting);
development as a whole rose from 8,350 to 8,358 of 8,410 verdicts with the rules alone and from
8,359 to 8,367 with the model; no message or criterion verdict was lost. A first ask check
("Could I get your number?") compiles 164,585 characters of regular expressions (164,331
before), a first follow-up check 182,944 (181,259 before). No label was changed. Left missed:
h29-247's references_meeting ("Hope you got home ok", labelled none, while asking after their
way home names the meeting in the follow-up's rules, _meeting.py; no older row has it alone),
and, not reached in this round, the ask's connection in h29-219 ("three night shifts
together"), h29-239, h29-248, h29-252 ("the other mum who brought the hummus to sports day": by
what they did, with no you in it), h30-053 ("since we both failed that oral exam ... today"),
h30-117 ("after tonight's salsa class"), h30-260, h30-272, and its false connection in h30-029
("we meet again on the 12th"); the ask's reason in h30-006, h30-095, h30-138 and h30-228; the
offer's gives_control and after a no were not studied.

The dev32 split (300 messages, ids h31-) was the thirty-first independent holdout, written by
someone who read only the guide, DESIGN.md and LABELS.md. Measured once, at 2026-12-08T03:11Z,
with the rules after the dev30 and dev31 round, it scored 97.3% (292 of 300) of verdicts with
the rules alone (asks 95.7%, offers 95.6%, follow-ups 98.0%, after a no 97.8%, replies 98.9%),
with three criteria under 92%: the offer's no_pressure (88.9%, 40 of 45), the ask's reason
(90.0%, 63 of 70) and the offer's connection (91.1%, 41 of 45); the follow-up's
references_meeting, short on the twenty-ninth, scored 98.0%. With the model's second opinion
(trained on dev to dev31), as a learner gets it, it scored 98.0% (294 of 300), the same three
criteria short and the yes's no_games at 90.0%. Across the twenty-four fresh holdouts of this
contract (7,080 messages), 6,780 verdicts were right with the rules alone: 95.8%. It then
became development data before it was studied.

The dev32 round studied its misses, and the dev30 and dev31 ones left above, class by class,
with new tests in tests/test_checkers_dev32.py (what the contact is for, what the two share)
and tests/test_checkers_dev32_pressure.py (pressure, guilt, asking again). The ask's reason: a
task or need of one's own the number serves ("I'm drafting a grant and could use a
methodologist"), something owed to them ("I still owe you that article"), an activity wished
for ("if you'd ever fancy a bake-off"), a thing to send, a group chat to be put in, a task made
easier ("it'd make the carpool ... easier"), a reason added as an afterthought ("like for the
chem study group"). The connection: help or fun they gave over a time or a place ("you've been
such a help at the community garden these past Saturdays", "you've made this wedding so much
more fun"), a favour told with its time or place, for the offer too ("thx 4 the lift 2day",
"I gave you my umbrella in that downpour outside the museum"); false ones closed: a remark on
the day ("what a lovely day it is"), one's own nerve, a film one watched, a meeting to come, a
card about a programme. Pressure: a call asked for at a set time or moment ("give me a ring at 6
tomorrow", "once you're back from Leeds"); their phone taken and used; a number taken from a
list (gives_control only); their interest presumed ("I can tell you've been into me"); a custom
that binds them ("it's tradition ... so you've got to"); a challenge about holding the number
back ("why so mysterious about your number?"); in a follow-up, their silence read as a verdict
("or so I thought, given the radio silence") and hurt at it. After a no: asked to think again,
or another channel pointed to as the easier way in ("email's on my card if that's easier?").
A no hung on their changing their looks or becoming someone else is no courtesy ("ask me again
if you ever shave that moustache off", "maybe once you learn to dance lol"); wanting to stay on
the app a while longer is honest; a grudging "I suppose you can have it" fails clear_yes only,
not no_games; "if you'd be happy to" is an out. And a purpose is quoted as the purpose ("so
we've been mates all night" tells what was done; a purpose clause ends at an emoji). After it,
with the rules alone, dev32 scored 300 of 300 (292 before), 299 with the model (295 before);
development as a whole rose from 8,650 to 8,664 of 8,710 verdicts with the rules alone and from
8,662 to 8,672 with the model; 71 criterion outcomes went from wrong to right and none the other
way, per message and per criterion. A first ask check ("Could I get your number?") now compiles
196,288 characters of regular expressions (172,471 before, counted the same way: every pattern
compiled), a first follow-up check on the benchmark's message 218,974 (190,830 before). No label
was changed. Left missed: "Hello from the train!" still names the meeting in a follow-up, since
h7-followup-012 ("hey from the ferry!! you there?"), of the same form, is labelled as naming it.

The dev33 split (300 messages, ids h32-) was the thirty-second independent holdout, written by
someone who read only the guide, DESIGN.md and LABELS.md. Measured once, at 2026-12-08T04:44Z,
with the rules after the dev32 round, it scored 98.3% (295 of 300) of verdicts with the rules
alone (asks 97.1%, offers 97.8%, follow-ups 100%, after a no 97.8%, replies 98.9%), with one
criterion under 92%: the ask's connection (91.4%, 64 of 70); the ask's reason, short on the
thirty-first, scored 100%, the offer's no_pressure 97.8% and its connection 93.3%. With the
model's second opinion (trained on dev to dev32), as a learner gets it, it scored 98.3% (295 of
300), the same criterion short. Across the twenty-five fresh holdouts of this contract (7,380
messages), 7,075 verdicts were right with the rules alone: 95.9%. It then became development
data before it was studied, so that the thirty-third holdout is measured with the same rules.

The dev34 split (300 messages, ids h33-) was the thirty-third independent holdout, written by
someone who read only the guide, DESIGN.md and LABELS.md. Measured once, at 2026-12-08T04:48Z,
with the same rules as the thirty-second (after the dev32 round), it scored 96.7% (290 of 300)
of verdicts with the rules alone (asks 94.3%, offers 97.8%, follow-ups 96.0%, after a no 97.8%,
replies 97.8%), with two criteria under 92%: the ask's reason (90.0%, 63 of 70) and the unsure
reply's alternative (90.0%, 27 of 30); the ask's connection, short on the thirty-second, scored
95.7%. With the model's second opinion (trained on dev to dev33), as a learner gets it, it
scored 97.0% (291 of 300), the same two criteria short. Across the twenty-six fresh holdouts of
this contract (7,680 messages), 7,365 verdicts were right with the rules alone: 95.9%. It then
became development data, together with dev33, before either was studied.

The dev33 and dev34 round studied the misses of both, class by class, with new tests in
tests/test_checkers_dev34.py (what the contact is for, what the two share, the question and the
alternative) and tests/test_checkers_dev34_pressure.py (pressure, guilt, courtesy, taking a
no). The connection: partners or teammates in something ("we were partners in today's chem
lab"), a place both belong to said in the present ("we both volunteer at the shelter"), their
story named by what it was about, another go at "that" game, a favour told with when it
happened, something they liked there, praise of them at a named place ("so easy to talk to at
the wedding"); not a feeling claimed for them now ("I'm sure you feel the spark too") nor how
they look or seem ("you look like so much fun"). The reason: a plan put in the plain present
("maybe we visit ... together"), a verbless outing with its day ("Dinner Friday?"), a carpool;
not making friends as such, another channel offered as the out, nor one's own leaving ("I'm
off to Lagos tomorrow"). The question: "Wondering whether you'd be open to..." is an indirect
request; "...or do I have to beg?" and a bare "so?" are not questions. The follow-up's meeting
is not their way home asked after ("Hope you got home okay", so h29-247 is right too) nor "We
met yesterday?". The unsure reply's alternative: a channel named alone ("Fine, Insta."), a
portal, the group's next meetings; its honesty: "too early for the number". Pressure: their
yes made the cure for one's bad month, one's night ruined by their no, "I'll know it's because
I'm boring", social proof ending in an emoji, a duty on a named group, their feelings presumed,
begging offered as the other road, their number copied off their phone; begging after the
handing-over words still leaves the number's use to them. A good wish for something of theirs
is courteous, "ta though" is thanks, a dig before a yes is a game, making light of their no
("swapping numbers isn't exactly a big commitment") neither accepts it nor lets it be, and an
apology for the moment one asked ("my bad for asking in the middle of your shift") is no guilt.
After it, with the rules alone, dev33 scored 300 of 300 (295 before) and dev34 300 of 300 (290
before), 300 and 300 with the model; development as a whole rose from 9,249 to 9,265 of 9,310
verdicts with the rules alone and from 9,256 to 9,269 with the model; 70 criterion outcomes went
from wrong to right and none the other way, per message and per criterion. A first ask check
("Could I get your number?") now compiles 204,303 characters of regular expressions (196,288
before), a first follow-up check on the benchmark's message 225,813 (218,974 before). No label
was changed. Left missed, because the labels disagree with each other: h33-027's accepts
("Fair. You'll warm up to me eventually", labelled true like h17-after_no-028, while
h15-after_no-021 and others of that form are labelled false, as LABELS.md's "predicting they
will come round" says) and h33-072's no_pressure ("I put my number in your bag earlier, hope
you find it", labelled true, while h21-230's number slipped into a coat pocket is labelled
false).

The dev35 split (300 messages, ids h34-) was the thirty-fourth independent holdout, written by
someone who read only the guide, DESIGN.md and LABELS.md. Measured once, at 2026-12-08T05:20Z,
with the rules after the dev33 and dev34 round, it scored 100% (300 of 300) of verdicts with the
rules alone, every criterion at 95.6% or more (the lowest: the offer's connection, 43 of 45;
thirteen criterion outcomes wrong in all, none of them deciding a verdict). With the model's
second opinion (trained on dev to dev34), as a learner gets it, it scored 100% (300 of 300),
every criterion at 95.6% or more. Across the twenty-seven fresh holdouts of this contract (7,980
messages), 7,665 verdicts were right with the rules alone: 96.1%. It then became development
data before it was studied, so that the thirty-fifth holdout is measured with the same rules.

The holdout split (300 messages, ids h35-) is the thirty-fifth independent holdout, written by
someone who read only the guide, DESIGN.md and LABELS.md. Measured once, at 2026-12-08T05:23Z,
with the same rules as the thirty-fourth (after the dev33 and dev34 round), it scored 97.7% (293
of 300) of verdicts with the rules alone (asks 100%, offers 95.6%, follow-ups 98.0%, after a no
100%, replies 95.6%), every criterion at 93.3% or more (the lowest: the unsure reply's honest,
28 of 30, then the follow-up's no_pressure, 94.0%). With the model's second opinion (trained on
dev to dev35), as a learner gets it, it scored 98.0% (294 of 300), every criterion at 93.3% or
more. Across the twenty-eight fresh holdouts of this contract (8,280 messages), 7,958 verdicts
were right with the rules alone: 96.1%. Its targets (96% of verdicts and 92% on every
criterion) are not asserted: the rules must only not fall below its first measure (its row in
first-measures.csv). A holdout is measured with ``WORKSHOP_CHECKER_MODEL=0 python
benchmarks/eval_checkers.py --split holdout`` and again with the model, once, before anyone
studies it; only those aggregate figures are read.
"""

from __future__ import annotations

import csv

import pytest

from tests.conftest import eval_module

EVAL = eval_module()
DEVELOPMENT_PARTS = EVAL.DEVELOPMENT
DEV = EVAL.load("dev")
DEVELOPMENT = EVAL.load("development")
HOLDOUT = EVAL.load("holdout")


@pytest.fixture(scope="module")
def development_report() -> object:
    missing = [f"{part}.jsonl" for part in DEVELOPMENT_PARTS if not EVAL.load(part)]
    if missing:
        pytest.fail("tests/data/checker-corpus/ is missing " + ", ".join(missing))
    return EVAL.evaluate("development", DEVELOPMENT)


def test_development_verdicts_meet_95_percent_per_kind(development_report: object) -> None:
    verdicts = development_report.verdicts  # type: ignore[attr-defined]
    low = {k: verdicts.rate(k) for k in verdicts.total if verdicts.rate(k) < 0.95}
    assert development_report.overall() >= 0.95  # type: ignore[attr-defined]
    assert not low, EVAL.render(development_report, 30)


def test_development_criteria_meet_90_percent(development_report: object) -> None:
    criteria = development_report.criteria  # type: ignore[attr-defined]
    low = {k: criteria.rate(k) for k in criteria.total if criteria.rate(k) < 0.90}
    assert not low, EVAL.render(development_report, 30)


def test_every_kind_and_intent_is_in_the_dev_split() -> None:
    seen = {(r["kind"], r.get("context", {}).get("intent")) for r in DEV}
    assert seen >= {("ask", None), ("offer", None), ("follow_up", None), ("after_no", None),
                    ("reply", "yes"), ("reply", "unsure"), ("reply", "no")}


def test_check_flag_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert EVAL.main(["--split", "development", "--check"]) == 0
    out = capsys.readouterr().out
    assert "== development: overall verdict accuracy" in out and "ask.question" in out


def test_development_is_dev_to_dev35_together() -> None:
    parts = DEVELOPMENT_PARTS
    assert all(EVAL.load(part) for part in parts), "a development corpus file is missing"
    assert len(DEVELOPMENT) == sum(len(EVAL.load(part)) for part in parts)
    assert (*parts, "holdout") == EVAL.SPLITS
    assert EVAL.GROUPS["development"] == parts


def first_measures() -> dict[str, dict[str, str]]:
    """Each split that was a holdout, and how it scored when first measured, by split name."""
    with (EVAL.CORPUS / "first-measures.csv").open(newline="", encoding="utf-8") as f:
        return {row["split"]: row for row in csv.DictReader(f)}


FIRST_MEASURES = first_measures()
#: The holdout's verdict accuracy with the rules alone when it was first measured, before anyone
#: studied it (its row in first-measures.csv); None while there is no holdout file. The rules
#: must not fall below it; the targets themselves are asserted on development data only.
HOLDOUT_FIRST_MEASURED: float | None = (
    int(FIRST_MEASURES["holdout"]["right_rules_alone"]) / int(FIRST_MEASURES["holdout"]["messages"])
    if "holdout" in FIRST_MEASURES else None)


def test_every_holdout_has_its_first_measure_and_no_other_split_has_one() -> None:
    was_holdout = [s for s in EVAL.SPLITS if s != "dev" and (s != "holdout" or HOLDOUT)]
    assert list(FIRST_MEASURES) == [s for s in was_holdout if s in FIRST_MEASURES]  # in order
    assert set(FIRST_MEASURES) == set(was_holdout[was_holdout.index("dev9"):])
    for split, row in FIRST_MEASURES.items():
        size = int(row["messages"])
        assert size == len(EVAL.load(split)), f"{split}: messages is not the file's size"
        right = [row["right_rules_alone"], row["right_with_model"]]
        assert all(0 <= int(r) <= size for r in right if r), f"{split}: a count out of range"
        assert row["first_measured_utc"].startswith("20"), f"{split}: no date"


def test_holdout_is_judged_in_full_and_holds_its_first_measure() -> None:
    if HOLDOUT_FIRST_MEASURED is None:
        assert not HOLDOUT, ("tests/data/checker-corpus/holdout.jsonl is new: measure it once "
                             "and set HOLDOUT_FIRST_MEASURED in this file")
        return
    assert HOLDOUT, "tests/data/checker-corpus/holdout.jsonl is missing or empty"
    report = EVAL.evaluate("holdout", HOLDOUT)
    assert sum(report.verdicts.total.values()) == len(HOLDOUT)
    assert report.overall() >= HOLDOUT_FIRST_MEASURED, EVAL.render(report, 30)
