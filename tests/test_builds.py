"""The builds: learner copy, handout and role-play cards."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import nbformat
import pytest

from tests.conftest import EXERCISES, ROOT
from workshop.builds import BuildError, build_cards, build_handout, build_learner
from workshop.builds.markdown import to_html
from workshop.builds.output import MARKER
from workshop.cli import main
from workshop.errors import ExerciseError
from workshop.exercises import load_exercises, load_text
from workshop.exercises.model import ConversationBody

NOTEBOOKS = ROOT / "notebooks"
CATALOG = load_exercises(EXERCISES)
SCENARIOS = [e for e in CATALOG.values() if e.type == "scenario"]
CONVERSATIONS = [e for e in CATALOG.values() if e.type == "conversation"]
ROLE_PLAYS = SCENARIOS + CONVERSATIONS
SECTIONS_WITH_EXERCISES = sorted({e.section for e in CATALOG.values()})


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _texts(kind: str) -> list[str]:
    """Every non-empty solution or facilitator text of the shipped exercises."""
    out = [getattr(e, kind) for e in CATALOG.values()]
    return [_norm(t) for t in out if isinstance(t, str) and t.strip()]


def _all_text(folder: Path) -> str:
    """Every file under ``folder``, JSON strings unescaped, whitespace normalised."""
    parts = []
    for path in folder.rglob("*"):
        if path.is_file():
            text = path.read_text("utf-8")
            if path.suffix == ".ipynb":
                text = json.dumps(json.loads(text), ensure_ascii=False).replace("\\n", " ")
            parts.append(text.replace("\\'", "'").replace('\\"', '"'))
    return _norm(" ".join(parts))


def _yaml_text(folder: Path) -> str:
    return " ".join(_norm(p.read_text("utf-8")) for p in folder.rglob("*.yaml"))


@pytest.fixture(scope="module")
def learner(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("builds") / "learner"
    build_learner(out, ROOT)
    return out


@pytest.fixture(scope="module")
def handout(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("builds") / "handout"
    return build_handout(out, ROOT).read_text("utf-8")


@pytest.fixture(scope="module")
def cards(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("builds") / "cards"
    path, count = build_cards(out, ROOT)
    assert count == 3 * len(ROLE_PLAYS)
    return path.read_text("utf-8")


# --- learner ------------------------------------------------------------------------------

def test_learner_copy_has_the_course_and_no_facilitator_notebook(learner: Path) -> None:
    assert {p.name for p in learner.iterdir()} == {"README.md", "exercises", "notebooks", MARKER}
    learner_notebooks = []
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        meta = json.loads(path.read_text("utf-8"))["metadata"].get("workshop", {})
        if meta.get("audience") != "facilitator":
            learner_notebooks.append(path.name)
    assert sorted(p.name for p in (learner / "notebooks").iterdir()) == learner_notebooks
    assert len(list((learner / "exercises").rglob("*.yaml"))) == len(CATALOG)


def test_learner_notebooks_are_valid_and_have_no_facilitator_cells(learner: Path) -> None:
    for path in sorted((learner / "notebooks").glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        nbformat.validate(nb)
        assert "widgets" not in nb.metadata, path.name
        assert nb.metadata["workshop"]["autorun"] is True, f"{path.name} would not run on open"
        for cell in nb.cells:
            assert "facilitator" not in cell.metadata.get("tags", []), path.name
            assert not cell.source.startswith("**Facilitator notes"), path.name
            for output in cell.get("outputs", []):
                assert "application/vnd.jupyter.widget-view+json" not in output.get("data", {})
        loading = [o["data"]["text/plain"] for c in nb.cells for o in c.get("outputs", [])
                   if "".join(o.get("data", {}).get("text/plain", "")).startswith("Loading")]
        shows = sum(c.source.startswith("show(") for c in nb.cells if c.cell_type == "code")
        assert len(loading) >= shows, f"{path.name}: an exercise lost its loading text"
        original = nbformat.read(NOTEBOOKS / path.name, as_version=4)
        shown = [c.source for c in original.cells if c.cell_type == "code"
                 and c.source.startswith("show(")]
        kept = [c.source for c in nb.cells if c.cell_type == "code"]
        assert all(s in kept for s in shown), f"{path.name} lost an exercise"


def test_learner_copy_shows_the_licence_of_the_course(learner: Path) -> None:
    cells = json.loads((learner / "notebooks" / "00-start-here.ipynb").read_text("utf-8"))["cells"]
    assert "CC BY 4.0" in "".join(cells[-1]["source"]), "the learner sees the licence at the end"


def test_learner_copy_has_no_model_answer_and_no_facilitator_note(learner: Path) -> None:
    everything = _all_text(learner)
    for kind in ("solution", "facilitator"):
        leaked = [t[:50] for t in _texts(kind) if t in everything]
        assert not leaked, f"{kind} text in the learner copy: {leaked}"
    yaml = _yaml_text(learner / "exercises")
    assert not re.search(r"(^| )(solution|facilitator|examples):", yaml)


def test_learner_exercises_validate_and_mark_the_removal(
        learner: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(learner / "exercises")]) == 0
    assert f"ok: {len(CATALOG)} exercises" in capsys.readouterr().out
    copy = load_exercises(learner / "exercises")
    assert all(e.answers_removed and e.solution is None and not e.examples for e in copy.values())
    assert all(e.hints == CATALOG[e.id].hints and e.body == CATALOG[e.id].body
               for e in copy.values())


def test_learner_copy_keeps_a_conversation_and_the_order_of_its_outcomes(learner: Path) -> None:
    for kit in CONVERSATIONS:
        copy = load_exercises(learner / "exercises")[kit.id]
        assert copy.answers_removed and copy.solution is None and copy.examples == ()
        assert copy.hints == kit.hints and copy.body == kit.body
        for key, node in kit.body.nodes.items():  # type: ignore[union-attr]
            # the first failed criterion listed wins: the copy must list them in the same order
            assert list(copy.body.nodes[key].on) == list(node.on)  # type: ignore[union-attr]


def test_learner_build_keeps_worked_examples_that_do_not_give_an_answer(learner: Path) -> None:
    original = json.loads((NOTEBOOKS / "04-the-follow-up.ipynb").read_text("utf-8"))
    copy = json.loads((learner / "notebooks" / "04-the-follow-up.ipynb").read_text("utf-8"))
    weak = [c for c in copy["cells"] if "Text me back tonight" in "".join(c["source"])
            and c["cell_type"] == "code"]
    assert weak and weak[0]["outputs"], "the worked example and its feedback stay"
    dropped = len(original["cells"]) - len(copy["cells"])
    tagged = sum("facilitator" in c["metadata"].get("tags", []) for c in original["cells"])
    assert dropped == tagged + 2  # the facilitator cells, one worked answer and its lead-in


def test_a_learner_notebook_runs_from_the_copy(learner: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from nbclient import NotebookClient

    monkeypatch.setenv("WORKSHOP_PROGRESS_DIR", str(tmp_path))
    path = learner / "notebooks" / "01-the-art-of-asking.ipynb"
    nb = nbformat.read(path, as_version=4)
    probe = ("from workshop.exercises import exercises_root\n"
             "print(exercises_root())\n"
             "print(show('rewrite-the-demand').model.layout.display)")
    nb.cells.append(nbformat.v4.new_code_cell(probe))
    NotebookClient(nb, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    printed = "".join(o.get("text", "") for o in nb.cells[-1].outputs).split()
    assert printed == [str((learner / "exercises").resolve()), "none"]
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
              if o.output_type == "error"]
    assert not errors


# --- the solution rule that makes a learner copy valid ------------------------------------

REWRITE = """\
id: ask-again
section: 01-the-art-of-asking
type: rewrite
title: Ask again
prompt: Write it better.
minutes: 2
kind: ask
"""


@pytest.mark.parametrize(("extra", "problem"), [
    ("", "missing required field 'solution'"),
    ("answers_removed: true\nsolution: Would you like to swap numbers? No pressure.\n",
     "is given but answers_removed is true"),
])
def test_solution_rule(extra: str, problem: str) -> None:
    with pytest.raises(ExerciseError, match=re.escape(problem)):
        load_text(REWRITE + extra)


def test_a_copy_without_answers_loads() -> None:
    exercise = load_text(REWRITE + "answers_removed: true\n")
    assert exercise.answers_removed and exercise.solution is None


def test_views_hide_the_model_answer_button_in_a_copy() -> None:
    from workshop.widgets import view_for

    for exercise_id in ("rewrite-the-demand", "read-the-room-cues", "follow-up-timing"):
        full = CATALOG[exercise_id]
        copy = load_text(_without_answers(full.path), full.path)
        offered = view_for(full)
        offered.offer_model()  # as after two tries or a pass
        assert offered.model.layout.display != "none"
        view = view_for(copy)
        view.offer_model()
        assert view.model.layout.display == "none"
        assert view.reveal_model() == "" and view.solution.value == ""


def _without_answers(path: Path | None) -> str:
    assert path is not None
    kept, skip = [], False
    for line in path.read_text("utf-8").splitlines():
        if re.match(r"^(solution|facilitator|examples):", line):
            skip = True
            continue
        if skip and (line.startswith((" ", "-")) or not line.strip()):
            continue
        skip = False
        kept.append(line)
    return "\n".join([*kept, "answers_removed: true", ""])


# --- handout ------------------------------------------------------------------------------

def test_handout_has_every_section_with_key_points_and_exercises(handout: str) -> None:
    headings = re.findall(r"<h2>(.*?)</h2>", handout)
    titles = []
    for section in SECTIONS_WITH_EXERCISES:
        nb = json.loads((NOTEBOOKS / f"{section}.ipynb").read_text("utf-8"))
        first = "".join(nb["cells"][0]["source"]).splitlines()[0]
        titles.append(first.removeprefix("# "))
    assert headings == titles
    assert handout.count('<div class="keypoints">') == len(SECTIONS_WITH_EXERCISES)
    assert handout.count('<article class="exercise"') == len(CATALOG)
    assert "Next:" not in handout
    assert "<strong>24-48 hours</strong>" in handout  # bold from the takeaways cell


def test_handout_has_paper_forms(handout: str) -> None:
    articles = dict(re.findall(r'<article class="exercise" id="([a-z0-9-]+)">(.*?)</article>',
                               handout, re.S))
    for e in CATALOG.values():
        form = articles[e.id]
        expect = {"choice": 'class="box"', "classify": '<table class="sort">',
                  "order": '<td class="blank">', "rewrite": 'class="lines"',
                  "reflect": 'class="lines"', "range": 'class="blank-inline"',
                  "scenario": "role-play cards", "conversation": 'class="script"'}[e.type]
        assert expect in form, e.id


def test_handout_prints_a_conversation_turn_by_turn(handout: str) -> None:
    [e] = [e for e in CONVERSATIONS if e.id == "board-game-cafe-conversation"]
    body = e.body
    assert isinstance(body, ConversationBody)
    form = _norm(re.search(rf'<article class="exercise" id="{e.id}">(.*?)</article>', handout,
                           re.S).group(1))  # type: ignore[union-attr]
    start = body.nodes[body.start]
    assert f"<blockquote><strong>Jun:</strong> {_norm(_escaped(start.says))}</blockquote>" in form
    assert "Your turn: Ask Jun for their number. What would you say?" in form
    assert 'class="lines"' in form  # room to write the first line
    for node in body.nodes.values():  # every line of Jun's and every ending, once reachable
        assert _norm(_escaped(node.says)) in form, node.id
    # the branches in words, in the order they are decided; never a node or criterion id
    first = form.index("If the line works")
    assert first < form.index("If it misses “No pressure”") < form.index(
        "If it misses “A question they can answer”") < form.index("Otherwise")
    assert "<em>(ends badly)</em>" in form and "<em>(ends well)</em>" in form
    text = re.sub(r"<[^>]+>", " ", form)
    for name in [*body.nodes, "no_pressure", "no_repeat", "after_no"]:
        if "-" in name or "_" in name:
            assert name not in text, name


def test_handout_ends_with_the_licence_of_the_material(handout: str) -> None:
    assert handout.count('<footer class="licence">') == 1
    footer = handout[handout.index('<footer class="licence">'):]
    assert footer.endswith("</footer></body></html>\n") and "</section>" not in footer
    assert "CC BY 4.0" in footer and "The workshop kit contributors" in footer
    assert 'href="https://creativecommons.org/licenses/by/4.0/"' in footer


def test_handout_has_no_answers_or_facilitator_notes(handout: str) -> None:
    text = _norm(handout)
    for kind in ("solution", "facilitator"):
        leaked = [t[:50] for t in _texts(kind) if _norm(_escaped(t)) in text]
        assert not leaked, f"{kind} text in the handout: {leaked}"
    assert "Answer key" not in handout


def test_handout_answer_key_has_answers_but_no_facilitator_notes(tmp_path: Path) -> None:
    page = _norm(build_handout(tmp_path / "out", ROOT, answers=True).read_text("utf-8"))
    assert "Answer key" in page
    rewrites = [_norm(_escaped(e.solution)) for e in CATALOG.values() if e.type == "rewrite"]
    assert all(s in page for s in rewrites)
    assert not [t for t in _texts("facilitator") if _norm(_escaped(t)) in page]


def test_handout_needs_the_takeaways_tag(tmp_path: Path) -> None:
    course = _course_copy(tmp_path)
    path = course / "notebooks" / "03-digital-alternatives.ipynb"
    nb = json.loads(path.read_text("utf-8"))
    for cell in nb["cells"]:
        cell["metadata"].pop("tags", None)
    path.write_text(json.dumps(nb), "utf-8")
    with pytest.raises(BuildError, match=r"03-digital-alternatives\.ipynb has no cell tagged"):
        build_handout(tmp_path / "out", course)
    assert not (tmp_path / "out").exists()


def _escaped(text: str | None) -> str:
    import html

    return html.escape(text or "")


# --- cards --------------------------------------------------------------------------------

def test_cards_three_per_role_play_four_per_sheet(cards: str) -> None:
    count = cards.count('<div class="card ') - cards.count('<div class="card empty"')
    assert count == 3 * len(ROLE_PLAYS)
    sheets = cards.count('<section class="sheet">')
    assert sheets == -(-count // 4)
    assert cards.count('<div class="card ') == 4 * sheets
    for e in SCENARIOS:
        assert cards.count(f"<h2>{_escaped(e.title)}</h2>") == 3
        first = e.body.nodes[e.body.start]  # type: ignore[union-attr]
        assert _escaped(first.line) in cards
        assert _norm(_escaped(e.facilitator)) in _norm(cards)
    for e in CONVERSATIONS:
        assert cards.count(f"<h2>{_escaped(e.title)}</h2>") == 3
        start = e.body.nodes[e.body.start]  # type: ignore[union-attr]
        assert _norm(_escaped(start.says)) in _norm(cards)


def test_a_conversation_card_scripts_the_first_reactions(cards: str) -> None:
    them = re.search(r'<div class="card them"><span class="role">Role B: Jun</span>(.*?)</div>',
                     cards, re.S)
    assert them is not None
    text = _norm(them.group(1))
    assert "Your partner's turn: Ask Jun for their number." in text
    assert "Then react to their line" in text and "If the line works:" in text
    assert text.index("If the line works:") < text.index("If it misses “No pressure”:")
    assert "(ends well)" in text and "the handout has every turn" in text


def test_cards_keep_facilitator_text_on_the_facilitator_card_only(cards: str) -> None:
    for body in re.findall(r'<div class="card (you|them)">(.*?)</div>', cards):
        text = _norm(body[1])
        assert not [t for t in _texts("facilitator") if _norm(_escaped(t)) in text]
        assert not [t for t in _texts("solution") if _norm(_escaped(t)) in text]


# --- escaping -----------------------------------------------------------------------------

NASTY = "<script>alert('x')</script> & <b>bold</b>"


def _nasty_course(tmp_path: Path) -> Path:
    course = _course_copy(tmp_path)
    target = course / "exercises" / "01-the-art-of-asking" / "nasty-choice.yaml"
    target.write_text(f"""\
id: nasty-choice
section: 01-the-art-of-asking
type: choice
title: "Title {NASTY}"
prompt: "Prompt {NASTY}"
minutes: 1
options:
  - {{id: a, text: "Option {NASTY}", correct: true, feedback: "Right {NASTY}"}}
  - {{id: b, text: "Other & more", feedback: "No"}}
""", "utf-8")
    scenario = course / "exercises" / "01-the-art-of-asking" / "climbing-gym-scenario.yaml"
    text = scenario.read_text("utf-8").replace("title: After the bouldering session",
                                               f'title: "Bouldering {NASTY}"')
    scenario.write_text(text.replace("speaker: Rosa", f'speaker: "Rosa {NASTY}"'), "utf-8")
    return course


def test_html_escapes_everything(tmp_path: Path) -> None:
    course = _nasty_course(tmp_path)
    handout = build_handout(tmp_path / "handout", course, answers=True).read_text("utf-8")
    cards, _ = build_cards(tmp_path / "cards", course)
    for page in (handout, cards.read_text("utf-8")):
        assert "<script" not in page and "<b>bold" not in page
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;b&gt;" in page
    assert "Option &lt;script&gt;" in handout and "Other &amp; more" in handout


def test_markdown_subset_is_escaped_first() -> None:
    html = to_html("# Head <i>\n\n- **bold** & *it*\n  continued\n- `x<y>`\n\npara [link](http://x)")
    assert html == ("<h3>Head &lt;i&gt;</h3><ul><li><strong>bold</strong> &amp; <em>it</em> "
                    "continued</li><li><code>x&lt;y&gt;</code></li></ul><p>para link</p>")


# --- the command line and the output folder ------------------------------------------------

@pytest.mark.parametrize(("argv", "message"), [
    (["build"], "the following arguments are required: KIND"),
    (["build", "poster", "out"], "invalid choice: 'poster'"),
    (["build", "cards"], "the following arguments are required: OUT"),
])
def test_cli_usage_errors(argv: list[str], message: str,
                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_cli_refuses_a_non_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine", "utf-8")
    assert main(["build", "cards", str(out), "--course", str(ROOT)]) == 1
    err = capsys.readouterr().err
    assert "is not empty and holds no previous build" in err and "Traceback" not in err
    assert [p.name for p in out.iterdir()] == ["notes.txt"]


def test_cli_replaces_a_previous_build_of_the_same_kind_only(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["build", "cards", str(out), "--course", str(ROOT)]) == 0
    assert f"{3 * len(ROLE_PLAYS)} cards" in capsys.readouterr().out
    (out / "cards.html").write_text("old", "utf-8")
    assert main(["build", "cards", str(out), "--course", str(ROOT)]) == 0
    assert (out / "cards.html").read_text("utf-8").startswith("<!DOCTYPE html>")
    assert main(["build", "handout", str(out), "--course", str(ROOT)]) == 1
    assert "holds a cards build, not a handout build" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no temporary folder left


def test_cli_refuses_an_out_inside_the_course(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    course = _course_copy(tmp_path)
    assert main(["build", "learner", str(course / "exercises" / "copy"),
                 "--course", str(course)]) == 1
    assert "overlaps the course folder" in capsys.readouterr().err


def test_a_failed_build_leaves_nothing_half_built(tmp_path: Path) -> None:
    course = _course_copy(tmp_path)
    bad = course / "notebooks" / "05-common-mistakes.ipynb"
    bad.write_text("{not json", "utf-8")
    out = tmp_path / "out"
    with pytest.raises(BuildError, match=r"05-common-mistakes\.ipynb: cannot read the notebook"):
        build_learner(out, course)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["course"]
    build_cards(out, course)  # a previous build stays whole when a later one fails
    before = (out / "cards.html").read_bytes()
    shutil.rmtree(course / "exercises" / "06-final-thoughts")
    (course / "exercises" / "02-the-graceful-response" / "broken.yaml").write_text("id: [", "utf-8")
    with pytest.raises(BuildError, match="run `workshop validate"):
        build_cards(out, course)
    assert (out / "cards.html").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["course", "out"]


def _course_copy(tmp_path: Path) -> Path:
    course = tmp_path / "course"
    shutil.copytree(EXERCISES, course / "exercises")
    shutil.copytree(NOTEBOOKS, course / "notebooks")
    return course


def test_learner_copy_keeps_a_widget_output_as_its_loading_text() -> None:
    from workshop.builds.learner import learner_notebook

    output = {"output_type": "display_data", "metadata": {}, "data": {
        "application/vnd.jupyter.widget-view+json": {"model_id": "0" * 32},
        "text/plain": ["Loading the exercise “Read the room”…"]}}
    cell = {"cell_type": "code", "source": 'show("read-the-room-cues")', "metadata": {},
            "execution_count": 1, "outputs": [output]}
    nb = {"cells": [cell], "metadata": {"widgets": {}}, "nbformat": 4, "nbformat_minor": 5}
    cleaned, _ = learner_notebook(nb, {})
    assert "widgets" not in cleaned["metadata"]
    assert cleaned["cells"][0]["outputs"] == [
        {**output, "data": {"text/plain": ["Loading the exercise “Read the room”…"]}}]


def test_every_sheet_of_cards_carries_the_licence_of_the_material(cards: str) -> None:
    sheets = re.findall(r'<section class="sheet">(.*?)</section>', cards, re.S)
    assert sheets and all(s.count('<footer class="licence">') == 1 for s in sheets)
    assert "CC BY 4.0" in sheets[0] and "creativecommons.org/licenses/by/4.0" in sheets[0]
