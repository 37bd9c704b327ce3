"""Write workshop/exercises/common-words.txt, the words `workshop validate` tries patterns on.

    python tests/make_common_words.py

A rewrite exercise's `must` / `must_not` pattern that matches inside one of these words
("app" inside "happy") gets a warning. The list is the common English words below plus every
word that the kit's own texts use at least twice, in lower case somewhere: the guide
(../shared/guide/), the notebooks, the exercises and the checker corpus, which is what
learners type. Words are letters only; names and one-off spellings drop out.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT.parent / "shared" / "guide" / "can-i-get-your-number.txt"
OUT = ROOT / "workshop" / "exercises" / "common-words.txt"
HEADER = """\
# Common English words, one a line: `workshop validate` warns when an instructor's pattern
# matches inside one of them. Made by tests/make_common_words.py; do not edit by hand.
"""
WORD = re.compile(r"[A-Za-z]+")
#: common English words, whatever the kit says
COMMON = """
about above across act action active activity actually add added address admit adult advice
afraid after afternoon again against age agency agent ago agree agreed ahead air airport all
allow almost alone along already also although always amazing among amount and anger angry
animal announce annoy annual another answer answered answers anxious any anybody anyone
anything anyway anywhere apart apartment apologise apologize apology app appeal appear
appearance apple application applied apply appoint appointment appreciate appreciated approach
approve april area argue argument arm army around arrange arrival arrive arrived art article
artist as ask asked asking asleep assume assumed at attack attempt attend attention attitude
attract attractive audience august aunt author autumn available average avoid awake award aware
away awful awkward baby back background bad badly bag bake baker balance ball band bank bar
base basic basket bath bathroom battery battle be beach bear beat beautiful beauty became
because become bed bedroom beer before began begin beginning behave behavior behaviour behind
being belief believe bell belong below belt bench bend benefit beside best better between
beyond bicycle big bike bill bird birth birthday bit bite bitter black blame blank blind block
blood blow blue board boat body boil bone book booked boot border bored boring born borrow boss
both bother bottle bottom bought bowl box boy boyfriend brain brave bread break breakfast
breath breathe brick bridge brief bright brilliant bring broad broke broken brother brought
brown brush budget build building built burn bus business busy but butter button buy by cafe
cake call called calling calm came camera camp campaign can cancel candle cap capital captain
car card care career careful carefully carry case cash cat catch caught cause celebrate cell
center centre century certain certainly chair challenge champion chance change changed channel
chapter character charge charity chat chatted chatting cheap check cheek cheer cheese chef
chemistry chest chicken chief child children chip chocolate choice choose chose chosen church
cinema circle city claim class classic clean clear clearly clever click climb climbing clock
close closed cloth clothes cloud club coach coast coat code coffee cold collect college color
colour combine come comedy comfort comfortable coming comment common community company compare
compete competition complain complete completely computer concert condition conference
confident confirm confuse confused connect connection consider contact contain content continue
control conversation cook cookie cool copy corner correct cost could count country couple
courage course court cousin cover crazy cream create credit crew crime cross crowd cry culture
cup curious current customer cut cute dad daily damage dance dancing danger dangerous dare dark
date dating daughter day dead deal dear death debate decide decided decision deep definitely
degree delay delicious deliver demand dentist deny department depend describe desert design
desk detail develop device diary did die diet difference different difficult dinner direct
direction directly dirty disappear discover discuss discussion dish distance do doctor does dog
doing dollar done door double doubt down download draw dream dress drink drive driver drop dry
during duty each ear early earn earth easily east easy eat economy edge education effect effort
egg eight either elbow elderly election else email embarrassed emergency emotion employ empty
end ending enemy energy engine enjoy enjoyed enjoying enough enter entire entrance environment
equal error escape especially even evening event ever every everybody everyone everything
everywhere exact exactly exam example excellent except exchange excited exciting excuse
exercise exist expect expensive experience explain express extra eye face fact factory fail
fair fall false family famous fan fancy far farm fashion fast fat father fault favor favorite
favour favourite fear feature february fee feed feel feeling fellow felt female festival few
field fight figure fill film final finally find fine finger finish fire first fish fit five fix
flat flight floor flower fly focus follow followed following food foot football for force
foreign forest forever forget forgive forgot form former forward found four free freedom fresh
friday friend friendly friendship frighten from front fruit full fun funny future gain game
garden gas gate gave general generous gentle get gets getting gift girl girlfriend give given
giving glad glass go goal goes going gone good goodbye government grab grade grand grandfather
grandmother grass grateful great green greet grew ground group grow growth guess guest guide
guilty guitar gun guy gym habit hair half hall hand handle hang happen happened happening
happens happily happiness happy hard hardly hate have having he head health healthy hear heard
heart heat heavy hello help helpful her here hero hers herself hey hi hide high hill him
himself hire his history hit hobby hold hole holiday home honest honestly hope hopefully horse
hospital host hot hotel hour house how however huge human humor humour hungry hurry hurt
husband ice idea ideal if ignore ill illness image imagine immediately important impossible
improve in include including increase indeed independent information inside instead interest
interested interesting internet interview into introduce invitation invite invited involve
island issue it item its itself jacket jeans job join joke journey joy judge juice jump just
keen keep kept key kid kill kind kindly kiss kitchen knee knew knock know knowledge known lack
lady lake land language large last late later laugh law lawyer lay lazy lead leader learn least
leave left leg lend less lesson let letter level library lie life lift light like liked likely
limit line link lion lip list listen little live lively local lock lonely long look looked
looking lose lost lot loud love loved lovely low luck lucky lunch machine mad made magazine
mail main make making male man manage manager many map march mark market marriage married match
matter may maybe me meal mean meaning meant measure meat media medicine meet meeting member
memory mention menu mess message met method middle might mind mine minute mirror miss missed
mistake mix mobile modern mom moment monday money month mood moon more morning most mother
mountain mouse mouth move movie much mum museum music must my myself name narrow nation natural
nature near nearly neat necessary neck need needed negative neighbor neighbour neither nervous
never new news newspaper next nice night nine no nobody noise none nor normal north nose not
note nothing notice novel now number nurse obvious occasion of off offer office officer often
oh ok okay old on once one online only open opinion opportunity option or orange order ordinary
other our ours ourselves out outside over own owner pack page pain paint pair paper parent park
part partner party pass passed past path patient pause pay peace pen people perfect perhaps
period person personal phone photo pick picnic picture piece place plan plane plant plate play
player please pleasure plenty pocket poem point police polite politely poor popular positive
possible post pot power practice practise prefer prepare present pressure pretty price pride
print private prize probably problem produce product program programme project promise proper
properly protect proud prove public pull purpose push put quality question quick quickly quiet
quietly quite race radio rain raise ran rather reach read ready real realise reality realize
really reason receive recent recently recognise recognize record recover red reduce refuse
regret regular relationship relax remember remind reply report request respect respond response
rest restaurant result return rich ride right ring rise risk river road rock role room rough
round route rule run running sad safe safely said sale same sand saturday save saw say saying
scared scene school science screen sea search season seat second secret see seem seen sell send
sense sent serious seriously service set settle seven several shall shape share shared sharing
she ship shirt shock shoe shop short should shoulder shout show shower shut shy sick side sign
silence silly similar simple simply since sing single sister sit situation six size skill skin
sky sleep slow slowly small smart smell smile smoke snack snap snow so social society soft some
somebody someone something sometimes somewhere son song soon sorry sort sound south space speak
special speech spend spent sport spring staff stage stand star start state station stay steal
step still stop store story straight strange stranger street stress strong student study stuff
stupid style subject succeed success such sudden suddenly suggest summer sun sunday super
support suppose sure surprise sweet swim system table take taken talk talked talking tall taste
taxi tea teach teacher team tell ten tend term terrible test text texted texting than thank
thanks that the theater theatre their theirs them themselves then there these they thing think
thinking third this those though thought three through thursday ticket tidy tie time tired
title to today together told tomorrow tonight too took top topic total touch tour towards town
track trade traffic train training travel treat tree trip trouble true trust truth try trying
tuesday turn twice two type ugly uncle under understand unless until up upon upset us use used
useful usual usually value very video view village visit voice vote wait waiting wake walk wall
want wanted warm warn was wash watch water way we wear weather website wedding wednesday week
weekend weird welcome well went were west what whatever when whenever where wherever whether
which while white who whole whom whose why wide wife will win wind window wine winter wish with
within without woman wonder wonderful word work worked worker working world worry worse worst
worth would write writer writing wrong wrote yard yeah year yellow yes yesterday yet you young
your yours yourself yourselves youth zero
"""


def texts() -> Iterator[str]:
    """The kit's own texts: the guide, notebook cells, exercise files and corpus messages."""
    if GUIDE.exists():
        yield GUIDE.read_text("utf-8")
    for notebook in sorted((ROOT / "notebooks").glob("*.ipynb")):
        yield from ("".join(c["source"]) for c in json.loads(notebook.read_text("utf-8"))["cells"])
    for exercise in sorted((ROOT / "exercises").glob("*/*.yaml")):
        yield exercise.read_text("utf-8")
    for corpus in sorted((ROOT / "tests" / "data" / "checker-corpus").glob("*.jsonl")):
        yield from (json.loads(line)["text"] for line in corpus.read_text("utf-8").splitlines())


def words() -> list[str]:
    """The common words and the kit's own, sorted."""
    seen: Counter[str] = Counter()
    in_lower_case: set[str] = set()
    for text in texts():
        for word in WORD.findall(text):
            seen[word.lower()] += 1
            if word.islower():
                in_lower_case.add(word)
    kit = {w for w, n in seen.items() if n >= 2 and w in in_lower_case and len(w) > 1}
    return sorted(kit | set(COMMON.split()))


def main() -> int:
    """Write the list and say how long it is."""
    found = words()
    OUT.write_text(HEADER + "\n".join(found) + "\n", "utf-8")
    print(f"wrote {len(found)} words to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
