"""Conversation: a typed role-play - the other person speaks, the learner types a line, the
story follows the reaction to its verdict; at the end, the ending and a debrief of each line."""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as w

from workshop.checkers import Feedback
from workshop.checkers.conversation import Turn, clean_line, take_turn
from workshop.exercises.conversation import cue, other_person
from workshop.exercises.model import FAIL, PASS, ConversationBody, Talk
from workshop.widgets.base import ExerciseView
from workshop.widgets.visibility import HIDDEN, SHOWN

esc = html.escape
_ENDINGS = {"good": "✔ A good ending", "okay": "~ An okay ending", "bad": "✘ A bad ending"}
#: the dialogue's own look: who speaks is said in words; colour and indent only help
_CSS = """<style>
.workshop-dialogue p { margin: 4px 0; padding: 4px 10px; border-radius: 6px; }
.workshop-dialogue .workshop-them { background: #f1f1f1; border-left: 3px solid #555; }
.workshop-dialogue .workshop-you { background: #eef3fa; border-left: 3px solid #2c5d94;
  margin-left: 2em; }
.workshop-dialogue .workshop-narration { color: #333; }
.workshop-debrief > li { margin: 8px 0; }
</style>"""


class ConversationView(ExerciseView):
    """Talk it through in your own words: say a line, see the reaction, read the debrief."""

    blank_prompt = "Nothing said yet: type what you would say in the box, then press Say it."

    def text_checkers(self) -> list[tuple[str, dict[str, Any]]]:
        """The checker of every turn of the conversation, to get ready while it opens."""
        body = self.exercise.body
        if not isinstance(body, ConversationBody):
            return []
        return [(t.kind, t.context) for t in body.nodes.values() if t.kind]

    def build(self) -> w.Widget:
        body = self.exercise.body
        if not isinstance(body, ConversationBody):
            raise TypeError(f"{self.exercise.id}: not a conversation exercise")
        self.body = body
        self.check.layout.display = HIDDEN  # each line is said with Say it; no separate Check
        self.name = other_person(body)
        self.dialogue = w.HTML()
        self.cue = w.HTML()
        self.line = w.Textarea(placeholder="Type what you would say", description="You say",
                               rows=3, layout=w.Layout(width="auto"))
        self.line.style.description_width = "initial"
        self.say_it = w.Button(description="Say it", button_style="primary", icon="comment",
                               tooltip=f"Say your line to {self.name}",
                               layout=w.Layout(width="auto"))
        self.restart = w.Button(description="Start again", icon="refresh",
                                tooltip="Start the conversation again from the beginning",
                                layout=w.Layout(width="auto"))
        self.say_it.on_click(lambda _: self.say())
        self.restart.on_click(lambda _: self.start_over())
        self.turns: list[Turn] = []
        self.at = body.start
        self.render()
        return w.VBox([self.dialogue, self.cue, self.line, w.HBox([self.say_it, self.restart])])

    @property
    def finished(self) -> bool:
        """Whether the conversation has reached an ending."""
        return self.body.nodes[self.at].is_ending

    def render(self) -> None:
        """Show the dialogue so far and, until it ends, what to say next."""
        parts = []
        for turn in self.turns:
            parts += [_their_line(self.body.nodes[turn.node]), _your_line(turn.text)]
        parts.append(_their_line(self.body.nodes[self.at]))
        self.dialogue.value = (f"{_CSS}<div class='workshop-dialogue' role='log' "
                               f"aria-label='The conversation so far'>{''.join(parts)}</div>")
        shown = SHOWN if not self.finished else HIDDEN
        self.line.layout.display = self.say_it.layout.display = shown
        asked = "" if self.finished else esc(cue(self.body.nodes[self.at]))
        self.cue.value = f"<p><strong>Your turn:</strong> {asked}</p>" if asked else ""

    def say(self, text: str | None = None) -> Feedback:
        """Say ``text`` (default: what is in the box) and show the reaction; return the
        checker's Feedback on the line. Nothing typed is not a turn: a gentle prompt instead.
        At an ending, the debrief is shown and the attempt recorded."""
        if self.finished:
            return Feedback("conversation", False, 0.0, details={"blank": True},
                            summary="The conversation has ended: press Start again to retry.")
        line = clean_line(self.line.value if text is None else text)
        if not line:
            return self.prompt_for_answer()
        turn = take_turn(self.body, self.at, line)
        self.turns.append(turn)
        self.at = turn.next
        self.line.value = ""
        self.feedback.value = ""  # a prompt from an empty try is answered now
        self.render()
        if self.finished:
            self.submit()
        return turn.feedback

    def start_over(self) -> None:
        """Back to the first line; earlier attempts stay recorded."""
        self.turns = []
        self.at = self.body.start
        self.line.value = ""
        self.feedback.value = ""
        self.render()

    def current_answer(self) -> Any:
        return [t.text for t in self.turns]

    def is_blank(self, answer: Any) -> bool:
        return not answer or not self.finished

    def show_feedback(self, feedback: Feedback) -> None:
        self.last_feedback = feedback
        ending = self.body.nodes[self.at].ending
        state = "workshop-pass" if feedback.passed else "workshop-fail"
        turns = feedback.details.get("turns", ())
        items = "".join(self._debrief(t) for t in turns) if isinstance(turns, tuple) else ""
        self.feedback.value = (
            f"<div class='workshop-feedback {state}' role='status'><p class='workshop-verdict'>"
            f"<strong>{_ENDINGS.get(ending, 'The end')}</strong></p>"
            f"<p>{esc(feedback.summary)}</p><p>Your lines, one by one:</p>"
            f"<ol class='workshop-debrief'>{items}</ol></div>")

    def _debrief(self, turn: Turn) -> str:
        node = self.body.nodes[turn.node]
        said = (f"<em>{esc(node.speaker)}:</em> {esc(node.says)}" if node.speaker
                else f"<em>{esc(node.says)}</em>")
        return (f"<li><p>{said}<br><em>Your turn:</em> {esc(cue(node))}</p>"
                f"{turn.feedback._repr_html_()}"
                f"<p><small>{esc(self._led_to(turn))}</small></p></li>")

    def _led_to(self, turn: Turn) -> str:
        if turn.outcome == PASS:
            return f"Your line worked, and {self.name} went on from there."
        if turn.outcome == FAIL:
            return f"Your line did not work yet, and {self.name} reacted to that."
        point = turn.feedback.criterion(turn.outcome).name
        return f"\u201c{point}\u201d was not met yet: that is what {self.name} reacted to."


def _their_line(node: Talk) -> str:
    if not node.speaker:
        return f"<p class='workshop-narration'><em>{esc(node.says)}</em></p>"
    return (f"<p class='workshop-them'><strong>{esc(node.speaker)}:</strong> "
            f"{esc(node.says)}</p>")


def _your_line(text: str) -> str:
    return f"<p class='workshop-you'><strong>You:</strong> {esc(text)}</p>"
