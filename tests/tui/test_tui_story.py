"""The story desk, driven by the keys an editor presses: open, switch lists, open a unit, apply, undo."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from tui_shell_support import anyio_backend  # noqa: F401 (fixture)

from annotator.config import Settings
from annotator.core.models import Quote
from annotator.store import Layer
from annotator.tui.app import AnnotatorApp, article_screen_class
from annotator.tui.factory import build_app
from annotator.tui.screens.story import StoryScreen

sys.path.insert(0, str(Path(__file__).parents[1] / "stories"))
from story_data import KEY, story_store  # noqa: E402

ANN = "ann"


def app_on(tmp_path: Path) -> AnnotatorApp:
    store = story_store(tmp_path / "s.db")
    return build_app(Settings(db=str(store.path), annotator=ANN), store, load_model=False)


def mine(app: AnnotatorApp, doc_id: str) -> list:
    return app.store.units(doc_id, Layer.annotator_name(ANN))


async def open_story(app: AnnotatorApp, pilot) -> StoryScreen:
    await pilot.pause()
    await pilot.press("t")  # the queue's cursor is on the first article, Bloomberg's
    await pilot.pause()
    assert isinstance(app.screen, StoryScreen)
    return app.screen


def shown(screen: StoryScreen) -> list[str]:
    options = screen.options
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


@pytest.mark.anyio
async def test_t_opens_the_story_and_1_2_3_switch_the_lists(tmp_path: Path) -> None:
    app = app_on(tmp_path)
    async with app.run_test(size=(130, 40)) as pilot:
        screen = await open_story(app, pilot)
        assert screen.key == KEY
        lines = shown(screen)
        assert "⚑ speaker: Minsk / Sergey Lavrov; kind: direct / partial; words differ" in lines[0]
        assert lines[1:] == [
            "    Bloomberg: “daylight robbery”  partial · Sergey Lavrov · told",
            "    CNBC: “robbery in broad daylight.”  direct · Minsk · described",
        ]
        await pilot.press("2")
        assert any("Sergey Lavrov" in line and "⚑ label: ORG (1) / PERSON (3)" in line for line in shown(screen))
        await pilot.press("3")
        assert "⚑ numbers: 35 / 755" in shown(screen)[0]
        await pilot.press("escape")
        assert not isinstance(app.screen, StoryScreen)


@pytest.mark.anyio
async def test_a_carries_the_speaker_to_the_other_outlet_and_u_takes_it_back(tmp_path: Path) -> None:
    app = app_on(tmp_path)
    async with app.run_test(size=(130, 40)) as pilot:
        screen = await open_story(app, pilot)
        await pilot.press("a")  # on Bloomberg's version: Lavrov said it
        await pilot.pause()
        [quote] = [u for u in mine(app, "cnbc") if isinstance(u.body, Quote)]
        text = app.store.document("cnbc").text
        assert quote.body.speaker.text_of(text) == "Sergey Lavrov" and quote.state == "edited"
        assert quote.body.quote_kind == "direct"  # the kind is the outlet's own: not carried over
        assert [d.action for d in app.store.decisions("cnbc", ANN)] == ["edit"]
        assert [d.action for d in app.store.decisions("bloomberg", ANN)] == ["accept"]  # the settled version
        assert "speaker" not in shown(screen)[0]  # the conflict is gone from the header
        await pilot.press("u")
        await pilot.pause()
        assert [u for u in mine(app, "cnbc") if isinstance(u.body, Quote)] == []
        assert [d.action for d in app.store.decisions("cnbc", ANN)] == ["edit", "undo"]
        assert "⚑ speaker" in shown(screen)[0]


@pytest.mark.anyio
async def test_a_on_an_entity_settles_its_label_in_the_other_outlets(tmp_path: Path) -> None:
    app = app_on(tmp_path)
    async with app.run_test(size=(130, 40)) as pilot:
        screen = await open_story(app, pilot)
        await pilot.press("2")
        lines = shown(screen)
        target = next(i for i, line in enumerate(lines) if "Bloomberg: Foreign Minister Sergei Lavrov" in line)
        screen.options.highlighted = target
        await pilot.press("a")
        await pilot.pause()
        text = app.store.document("cnbc").text
        relabelled = [(u.body.span.text_of(text), u.body.label) for u in mine(app, "cnbc")]
        assert relabelled == [("Sergey Lavrov", "PERSON")]


@pytest.mark.anyio
async def test_enter_opens_the_article_at_that_unit_and_escape_comes_back(tmp_path: Path) -> None:
    app = app_on(tmp_path)
    async with app.run_test(size=(130, 40)) as pilot:
        screen = await open_story(app, pilot)
        await pilot.press("down", "enter")  # CNBC's version
        await pilot.pause()
        article = app.screen
        assert isinstance(article, article_screen_class())
        assert article.doc_id == "cnbc"
        view = article.focused_view()
        assert view is not None and view.kind == "quote"
        assert view.span.text_of(app.store.document("cnbc").text) == "robbery in broad daylight."
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


@pytest.mark.anyio
async def test_t_on_an_article_in_no_story_says_so(tmp_path: Path) -> None:
    app = app_on(tmp_path)
    async with app.run_test(size=(130, 40)) as pilot:
        await pilot.pause()
        await pilot.press("end", "t")  # the football article
        await pilot.pause()
        assert not isinstance(app.screen, StoryScreen)


@pytest.mark.anyio
async def test_a_correction_in_one_article_is_offered_for_the_others_one_key_each(tmp_path: Path) -> None:
    app = app_on(tmp_path)
    async with app.run_test(size=(130, 40)) as pilot:
        screen = await open_story(app, pilot)
        await pilot.press("enter")  # Bloomberg's quote
        await pilot.pause()
        article = app.screen
        while article.focused_view().span.text_of(app.store.document("bloomberg").text) != "Obama":
            await pilot.press("j")
        await pilot.press("2")  # Obama: PERSON -> ORG (the second label)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and screen.section == "consistency"
        lines = shown(screen)
        assert lines[0] == "corrected in Bloomberg: “Obama” (entity, label); 2 matching units elsewhere"
        assert lines[1:] == [
            "    CNBC: …bery in broad daylight.” “Obama” expelled 35 diplomats la…  PERSON → ORG",
            "    Financial Times: …respond. Mr Lavrov said “Obama” had expelled 755 staff f…  PERSON → ORG",
        ]
        await pilot.press("y")  # take CNBC's
        await pilot.pause()
        text = app.store.document("cnbc").text
        assert [(u.body.span.text_of(text), u.body.label) for u in mine(app, "cnbc")] == [("Obama", "ORG")]
        assert shown(screen)[1:] == [
            "    Financial Times: …respond. Mr Lavrov said “Obama” had expelled 755 staff f…  PERSON → ORG"
        ]
        await pilot.press("x")  # leave the FT's as it is
        await pilot.pause()
        assert mine(app, "ft") == [] and screen.offers == []
