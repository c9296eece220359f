"""Page furniture lines are found whole, labelled, and content lines are left alone."""

from __future__ import annotations

import pytest

from annotator.suggest.boilerplate import find_boilerplate

ARTICLE = """Markets rallied on Monday after the central bank held rates.
Jane Doe | Reuters | Getty Images
Traders at the exchange on Monday.
VIDEO0:4600:46
Traders at the exchange on Monday.

Receive 4 weeks of unlimited digital access to the Daily Ledger for just $1.

"We are watching closely," the governor said.

Follow Daily Ledger on Twitter and Facebook.
SHARE THIS ARTICLE
A crowd gathers outside the bank. (Photo by AFP)

More from the Daily Ledger:
Why rates stayed put
Five charts that explain the rally"""


def labelled(text: str) -> list[tuple[str, str]]:
    return [(text[b.start : b.end], b.label) for b in find_boilerplate(text)]


def test_furniture_lines_are_recognised_with_their_kind() -> None:
    found = labelled(ARTICLE)
    assert ("Jane Doe | Reuters | Getty Images", "photo_credit") in found
    assert ("VIDEO0:4600:46", "video") in found
    assert found.count(("Traders at the exchange on Monday.", "video")) == 2
    assert ("Receive 4 weeks of unlimited digital access to the Daily Ledger for just $1.", "subscription") in found
    assert ("Follow Daily Ledger on Twitter and Facebook.", "social") in found
    assert ("SHARE THIS ARTICLE", "social") in found
    assert ("A crowd gathers outside the bank. (Photo by AFP)", "caption") in found
    assert (
        "More from the Daily Ledger:\nWhy rates stayed put\nFive charts that explain the rally",
        "navigation",
    ) in found


def test_content_lines_are_not_furniture() -> None:
    spans = " ".join(text for text, _ in labelled(ARTICLE))
    assert "Markets rallied" not in spans
    assert "the governor said" not in spans


def test_a_long_paragraph_mentioning_subscriptions_is_content() -> None:
    text = ("Subscribe-based media companies reported that digital access revenue grew, " * 5).strip()
    assert find_boilerplate(text) == []


def test_spans_are_exact_slices_and_the_text_is_untouched() -> None:
    before = ARTICLE
    for b in find_boilerplate(ARTICLE):
        assert ARTICLE[b.start : b.end].strip() == ARTICLE[b.start : b.end]
        assert "\n\n" not in ARTICLE[b.start : b.end]
    assert ARTICLE == before


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("By Jane Smith and Tom Jones, Reuters", "byline"),
        ("By JANE SMITH | Staff Writer", "byline"),
        ("Published 3 March 2024", "byline"),
        ("Updated 10:42 AM EST, Tue March 5, 2024", "byline"),
        ("PARIS (AP) —", "dateline"),
        ("Read more: Ministers back new rail line", "read_more"),
        ("Sign up for our morning newsletter to get the news in your inbox", "subscription"),
        ("The best of the week, in your inbox every Friday", "newsletter"),
        ("Share | Facebook | Twitter | Email", "social"),
        ("Associated Press writers Jane Roe and Tom Poe contributed to this report.", "byline"),
        ("Watch more above.", "read_more"),
        ("Schiff: 'Bob Mueller Is the One Draining the Swamp', Trump 'Terrified' of Manafort", "subhead"),
        ("WHO IS THE PROFESSOR WHO ACCUSED THE JUDGE?", "subhead"),
        (
            "I joined the show to talk about the hearing. https://t.co/abc \u2014 Jo Bloggs (@JoBloggs) September 16, 2018",
            "social",
        ),
    ],
)
def test_news_page_furniture_lines(line: str, label: str) -> None:
    from annotator.suggest.furniture_lines import classify

    assert classify(line) == label


@pytest.mark.parametrize(
    "line",
    [
        "By the time police arrived, the crowd had gone.",
        "The company said its newsletter had 2 million readers, up from last year.",
        "Paris is the capital of France.",
        "More than 200 people were killed.",
        "Updated at 9:10 a.m.: Two people were hurt when a bus overturned on the ring road, police said on Monday.",
    ],
)
def test_article_sentences_are_not_furniture(line: str) -> None:
    from annotator.suggest.furniture_lines import classify

    assert classify(line) is None


def test_the_page_headline_repeated_above_the_story_is_furniture_and_the_story_is_not() -> None:
    """The dev set's guidelines: the page headline repeated in the body is furniture ('headline'); the
    landed rule kept it as text."""
    text = (
        "Breaking News\nMoscow Says Cooperation Still Possible After Sanctions\nThe Kremlin said on Friday...\n"
        "Five Things To Know About The Sanctions Bill\nMore text here."
    )
    found = {text[b.start : b.end]: b.label for b in find_boilerplate(text)}
    assert found["Moscow Says Cooperation Still Possible After Sanctions"] == "headline"
    assert "Five Things To Know About The Sanctions Bill" in found
    assert "The Kremlin said on Friday..." not in found
    assert "More text here." not in found


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("BY JANE ROE Associated Press", "byline"),
        ("By Jane Roe of the Daily Courier", "byline"),
        ("Jane Roe / AP", "photo_credit"),
        ("AP Photo/Jane Roe", "photo_credit"),
        ("Continue reading", "read_more"),
        ("Reuters Staff", "byline"),
        ("Jo Roe, Police Reporter", "byline"),
        ("1 Min Read", "notice"),
        ("November 21, 2017", "timestamp"),
        ("Reuters | London | Updated: 22-04-2020 16:13 IST", "timestamp"),
        ("No comments :", "social"),
        ("We are updating our Terms of Use. Please review them.", "notice"),
        ("A man cries near a collapsed house in Suzu, Japan, Jan. 3, 2024. (AP Photo/Jo Roe)", "caption"),
    ],
)
def test_more_furniture_lines_by_their_words(line: str, label: str) -> None:
    from annotator.suggest.furniture_lines import classify

    assert classify(line) == label


def test_a_dateline_opening_a_paragraph_is_furniture_and_the_sentence_is_not() -> None:
    text = "KABUL, Afghanistan (AP) — Rescuers searched the rubble on Tuesday.\n(Reuters) - Kone said profit fell."
    found = [text[b.start : b.end] for b in find_boilerplate(text)]
    assert found == ["KABUL, Afghanistan (AP) —", "(Reuters) -"]


def test_a_related_list_with_blank_lines_between_its_items_is_one_block() -> None:
    text = (
        "The council approved the plan on Monday, the mayor said.\n\nRelated posts\n\n"
        "Storm closes bridge\n\nReuters News Service\n\nSchools reopen after flood"
    )
    (block,) = find_boilerplate(text)
    assert text[block.start : block.end].startswith("Related posts") and block.label == "related"
    assert text[block.start : block.end].endswith("Schools reopen after flood")


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Click to follow", "social"),
        ("Save Story", "social"),
        ("Bookmark article", "social"),
        ("Leave your thoughts in the comment section below and share this page with friends.", "social"),
        ("Don't forget to allow the notifications so you get our latest stories first.", "social"),
        ("From Wikiquote, the free quote compendium", "navigation"),
        (
            "This archived news story is available only for your personal, non-commercial use. It may be outdated.",
            "notice",
        ),
    ],
)
def test_share_follow_and_archive_chrome_by_its_words(line: str, label: str) -> None:
    from annotator.suggest.furniture_lines import classify

    assert classify(line) == label


@pytest.mark.parametrize(
    "line",
    [
        "Residents were told to follow the evacuation signs and save water.",
        "He said he would leave his comments for the hearing next week.",
        "The council will notify residents when the roads reopen.",
    ],
)
def test_sentences_near_the_chrome_words_are_text(line: str) -> None:
    from annotator.suggest.furniture_lines import classify

    assert classify(line) is None


def test_a_donation_appeal_and_the_pitch_between_its_asks_are_furniture() -> None:
    text = (
        "Storm closes coastal road\n\n"
        "Your support keeps our reporters in the field\n\n"
        "We are in the town hall and on the flood line when the story breaks, and we check every figure.\n\n"
        "We never hide our reporting behind paywalls. Your donation keeps it that way.\n\n"
        "The coastal road was closed on Tuesday after waves broke over the sea wall, the county said.\n\n"
        "Drivers were sent inland while crews cleared rocks from the lanes."
    )
    found = {text[b.start : b.end]: b.label for b in find_boilerplate(text, "Storm closes coastal road")}
    assert found["Your support keeps our reporters in the field"] == "subscription"
    assert found["We never hide our reporting behind paywalls. Your donation keeps it that way."] == "subscription"
    assert any(line.startswith("We are in the town hall") for line in found)
    assert not any(line.startswith(("The coastal road", "Drivers")) for line in found)


def test_a_story_about_donations_is_text() -> None:
    text = (
        "Food bank runs low\n\n"
        "The food bank said donations fell by a third this winter.\n\n"
        '"Your donation feeds a family for a week," its director told reporters.'
    )
    found = [text[b.start : b.end] for b in find_boilerplate(text, "Food bank runs low")]
    assert not any("donation" in line for line in found)


def test_an_update_stamp_fused_to_a_dateline_is_one_dateline() -> None:
    text = "Updated at 6:10 p.m. ET: SPRINGFIELD, Ill. -- Crews reopened the highway on Friday.\n"
    text += "Updated at noon: The highway reopened on Friday after crews cleared it."
    found = [(text[b.start : b.end], b.label) for b in find_boilerplate(text)]
    assert found == [("Updated at 6:10 p.m. ET: SPRINGFIELD, Ill. --", "dateline")]


def test_a_standfirst_set_alone_above_the_dateline_is_furniture() -> None:
    title = "Flood waters reach the old town"
    standfirst = "Rivers rose through the night and crews worked to shore up the banks."
    text = (
        f"{title}\n\n{standfirst}\n\n"
        "RIVERTON, Ore. (AP) — Flood waters reached the old town on Sunday as the river crested.\n\n"
        "Officials opened two shelters for families."
    )
    found = {text[b.start : b.end]: b.label for b in find_boilerplate(text, title)}
    assert found.get(standfirst) == "subhead"
    assert "Officials opened two shelters for families." not in found


def test_a_first_paragraph_above_a_second_storys_dateline_is_text() -> None:
    title = "Briefs from the region"
    text = (
        f"{title}\n\nThe county opened a new library on Monday.\n\nIt has ten thousand books.\n\n"
        "SALEM, Ore. (AP) — Lawmakers met on Tuesday."
    )
    found = [text[b.start : b.end] for b in find_boilerplate(text, title)]
    assert "The county opened a new library on Monday." not in found


def spans(text: str, title: str | None = None) -> dict[str, str]:
    return {text[b.start : b.end]: b.label for b in find_boilerplate(text, title)}


def test_a_teaser_list_with_cut_summaries_and_ages_is_one_related_block() -> None:
    text = (
        "The bridge reopened on Monday after repairs, the city said.\n\nRecent Posts\n\n"
        "Council approves new budget for schools.\n\nThe council voted on Tuesday to raise,…\n\n3 hours ago\n\n"
        "Storm closes coastal road\n\nDrivers were told to avoid the area while crews…\n\n5 hours ago"
    )
    (block,) = find_boilerplate(text)
    assert block.label == "related" and text[block.start : block.end].startswith("Recent Posts")
    assert text[block.end - len("5 hours ago") :].strip() == "5 hours ago"


def test_a_facebook_post_cut_short_above_its_attribution_is_furniture() -> None:
    post = "Our crews checked the levee this morning and found two weak spots. Here is a..."
    text = (
        "The river rose overnight, the county said.\n\n"
        f"{post}\n\nPosted by Lake County Emergency Management on Tuesday, March 3, 2020\n\n"
        "Residents near the levee were told to leave."
    )
    found = spans(text)
    assert found[post] == "social"
    assert "Residents near the levee were told to leave." not in found


def test_a_blog_footer_under_the_last_paragraph_leaves_it_text() -> None:
    last = "The bridge will reopen in the spring."
    text = f"Crews began work on the old bridge on Monday.\n\n{last}\n\nPosted by Jo Roe on March 3, 2020"
    assert last not in spans(text)


def test_a_standfirst_repeated_as_the_first_paragraph_opening_is_furniture() -> None:
    standfirst = "Crews worked through the night to clear the highway after a rock slide closed it on Sunday."
    text = (
        f"Rock slide closes highway\n\n{standfirst}\nJo Roe / AP\n\n"
        f"{standfirst[:-1]}, leaving hundreds of drivers stranded.\n\nThe road reopened on Monday."
    )
    found = spans(text, "Rock slide closes highway")
    assert standfirst in found  # a subhead, or a headline as the chrome above the story
    assert not any(line.startswith(standfirst[:-1] + ",") for line in found)


def test_a_caption_below_its_credit_and_one_ending_with_a_bare_credit() -> None:
    below = "A firefighter stands beside the burned barn near Elm Creek."
    ending = "Neighbours watch the flames on Sunday. No one was hurt. Jo Roe / AP"
    text = (
        "Fire destroys barn\n\nThe fire broke out on Sunday, the sheriff said.\n\nJane Doe / Getty Images\n\n"
        f"{below}\n\n{ending}\n\nThe cause is under investigation."
    )
    found = spans(text, "Fire destroys barn")
    assert found[below] == "caption"
    assert found[ending] == "caption"
    assert "The cause is under investigation." not in found


@pytest.mark.parametrize(
    "line",
    ["Firefighters worked through the night to clear the debris.", "The crew stayed to watch the roof come down."],
)
def test_a_past_tense_paragraph_below_a_credit_is_text(line: str) -> None:
    text = f"Fire destroys barn\n\nThe barn burned on Sunday.\n\nJane Doe / Getty Images\n\n{line}"
    assert line not in spans(text, "Fire destroys barn")


def test_a_wiki_sidebar_above_the_story_is_chrome_and_key_points_are_not() -> None:
    text = (
        "Bridge reopens\n\nRelated articles\n  • 2 May 2019: Bridge closes for repairs\n"
        "  • 1 May 2019: Council votes on bridge fund\nMap of the county\nCounty map (2019).svg\n"
        "Help out!\n  • Writing guide\n  • Style notes\n\n"
        "The old bridge reopened on Monday after two years of repairs, the council said.\n\nIt carries 9,000 cars a day."
    )
    found = spans(text, "Bridge reopens")
    assert found["2 May 2019: Bridge closes for repairs\n  • 1 May 2019: Council votes on bridge fund"] == "related"
    assert found["Map of the county\nCounty map (2019).svg"] == "caption"
    assert found["Help out!\n  • Writing guide\n  • Style notes"] == "navigation"
    points = "Bridge reopens\n\n  • Council says repairs cost $4 million\n  • Tolls to stay\n\nThe bridge reopened."
    assert not any("Council says" in line or "Tolls" in line for line in spans(points, "Bridge reopens"))


def test_a_quote_box_printed_with_its_empty_cells_is_a_pull_quote() -> None:
    from annotator.suggest.furniture_lines import classify

    assert classify("This was the biggest seizure we have made in a decade | ||") == "pull_quote"
    assert classify("Votes were split 5 | 4 on the measure.") is None


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Ad 4", "promo"),
        ("Advertisement block", "promo"),
        ("Sponsored Ad", "promo"),
        ("Hide Ad", "promo"),
        ("Posted", "timestamp"),
        ("and last updated", "timestamp"),
        ("Last modified:", "timestamp"),
        ("From County Police:", "byline"),
        ("Prev 1 2", "navigation"),
        ("1 2 3 Next", "navigation"),
        ("CITY-HARBOUR-FERRY-STRIKE", "navigation"),
        ("Video PlayerClose", "navigation"),
        ("KEY WORDS: ferries, strikes", "navigation"),
    ],
)
def test_chrome_known_by_its_form(line: str, label: str) -> None:
    from annotator.suggest.furniture_lines import classify

    assert classify(line) == label


@pytest.mark.parametrize(
    "line",
    [
        "Ad campaigns cost the council more than it planned.",
        "Posted guards stayed at the gate all night.",
        "From the harbour, the ferry could be seen burning.",
        "The 2 3 vote was close.",
        "From Monday:",
    ],
)
def test_lines_of_a_story_like_the_chrome_stay_text(line: str) -> None:
    from annotator.suggest.furniture_lines import classify

    assert classify(line) is None


def test_an_update_label_opening_a_paragraph_is_a_stamp_and_with_a_dateline_one_span() -> None:
    text = (
        "Ferry strike ends\n\nUPDATE:  PORTLAND, Maine (AP) -- The ferry strike ended on Monday, the union said.\n\n"
        "UPDATED: Ferries will run again from Tuesday, the operator said.\n\nFares stay the same this year."
    )
    found = spans(text, "Ferry strike ends")
    assert found["UPDATE:  PORTLAND, Maine (AP) --"] == "dateline"
    assert found["UPDATED:"] == "timestamp"
    assert not any("Ferries will run" in s for s in found)


def test_a_weather_widget_is_chrome_line_by_line() -> None:
    text = (
        "Ferry strike ends\nAd 1\nAd 2\n18.5 C\nPortland\nWeather\n\ncloudy-day\n61°\nClear\n  • clear-night\n"
        "    H 64° L 50°\n\nFerry strike ends\n\nThe ferry strike ended on Monday, the union said.\n\n"
        "It had lasted nine days."
    )
    found = spans(text, "Ferry strike ends")
    for line in ("Ad 1", "Ad 2", "18.5 C", "Portland", "cloudy-day", "61°", "Clear", "clear-night", "H 64° L 50°"):
        assert line in found, line
    assert "It had lasted nine days." not in found


def test_lines_of_chrome_one_under_another_stay_apart_and_a_listed_menu_is_one() -> None:
    text = (
        "Ferry strike ends\nSkip to main content\nPort News\n\nFerry strike ends\n\n"
        "The ferry strike ended on Monday, the union said.\n\nMore from the Harbour Times:\nFares frozen\nNew pier"
    )
    found = spans(text, "Ferry strike ends")
    assert "Skip to main content" in found and "Port News" in found
    assert "More from the Harbour Times:\nFares frozen\nNew pier" in found


def test_a_summary_repeated_by_the_lines_below_it_is_a_subhead() -> None:
    summary = "From the harbour office: The ferry strike ended on Monday. Fares will stay the same this year."
    text = (
        f"Ferry strike ends\n\n{summary}\n\nFrom the harbour office:\nThe ferry strike ended on Monday.\n\n"
        "Fares will stay the same this year.\n\nThe union said talks would go on."
    )
    found = spans(text, "Ferry strike ends")
    assert found[summary] in ("subhead", "headline")  # above the story, a heading is read as its headline
    assert "The ferry strike ended on Monday." not in found


def test_a_menu_run_together_is_no_headline() -> None:
    text = "Club Notice\nHome & FixturesLatest NewsContact\n\nThe club will play its home games at the new ground from May."
    assert "Home & FixturesLatest NewsContact" in spans(text, "Club Notice")


def test_a_caption_and_its_closing_credit_are_two_spans() -> None:
    text = (
        "Ferry strike ends\n\nA ferry leaves the pier in Portland, Monday, May 6, 2019. (AP Photo/Jo Roe)\n"
        "The harbour at dawn, Portland/Photo- Jo Roe/Harbour Times\n\n"
        "The ferry strike ended on Monday, the union said.\n\nIt had lasted nine days."
    )
    found = spans(text, "Ferry strike ends")
    assert found["A ferry leaves the pier in Portland, Monday, May 6, 2019."] == "caption"
    assert found["(AP Photo/Jo Roe)"] == "photo_credit"
    assert found["The harbour at dawn, Portland"] == "caption"
    assert found["Photo- Jo Roe/Harbour Times"] == "photo_credit"


def test_a_picture_story_caption_is_the_story_and_only_its_credit_is_furniture() -> None:
    story = (
        "Dock workers unload a ferry in Portland, Maine, on May 6, 2019. The ferry strike ended on Monday "
        "after nine days. Fares will stay the same this year."
    )
    text = f"Ferry strike ends\n\n{story} (Xinhua/Jo Roe)\n\nPrev 1 2"
    found = spans(text, "Ferry strike ends")
    assert found["(Xinhua/Jo Roe)"] == "photo_credit"
    assert not any("Dock workers" in s for s in found)


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Categories", "navigation"),
        ("Submitted photo", "photo_credit"),
        ("All photographs: Jo Roe/Harbour Wire", "photo_credit"),
        ("Graphics Desk: Jo Roe/Harbour.com", "byline"),
        ("We're sorry, but the Harbour Times isn't fully functional without JavaScript enabled.", "notice"),
        ("See the help page for how to enable JavaScript in your browser.", "notice"),
        ("Please report any errors so we can correct them.", "notice"),
        ("Please click on the photos to see the harbour.", "notice"),
        ("This summary was generated by AI from the meeting's recording.", "notice"),
        ("You can follow any replies to this post through the comments feed.", "social"),
        ("Try it for 14 days. Cancel whenever you like.", "subscription"),
        ("IMAGE: A ferry leaves the pier at dawn.", "caption"),
    ],
)
def test_chrome_known_by_its_words_on_new_kinds_of_site(line: str, label: str) -> None:
    from annotator.suggest.furniture_lines import classify

    assert classify(line) == label


@pytest.mark.parametrize(
    "line",
    [
        "The malware used JavaScript without the users knowing it.",
        "Residents can report errors in the voter roll to the county clerk by Friday.",
        "Update: Police/Fire",
        "The ferry company tried for 14 days to reach a deal with the union.",
        "Submitted photos will be judged by the club in May.",
        "Anyone can become a member of the ferry users' group for a small fee.",
    ],
)
def test_story_lines_near_the_new_chrome_words_stay_text(line: str) -> None:
    from annotator.suggest.furniture_lines import classify

    assert classify(line) is None


def test_a_credit_after_a_captions_last_stop_is_its_own_span() -> None:
    text = (
        "Ferry strike ends\n\nA ferry leaves the pier in Portland on Monday. THE HARBOUR TIMES/Jo Roe\n"
        "Union members vote at the hall. Submitted photo\n"
        "IMAGE: Dock workers wait at the gate. All photographs: Jo Roe/Harbour Wire\n"
        "A crowd watches from the pier on Monday.(AP Photo/Jo Roe)\n\n"
        "The ferry strike ended on Monday, the union said.\n\nIt had lasted nine days."
    )
    found = spans(text, "Ferry strike ends")
    assert found["A ferry leaves the pier in Portland on Monday."] == "caption"
    assert found["THE HARBOUR TIMES/Jo Roe"] == "photo_credit"
    assert found["Submitted photo"] == "photo_credit"
    assert found["All photographs: Jo Roe/Harbour Wire"] == "photo_credit"
    assert found["(AP Photo/Jo Roe)"] == "photo_credit"
    assert "The ferry strike ended on Monday, the union said." not in found


def test_a_membership_appeal_is_furniture_and_a_story_sentence_about_a_donation_box_is_not() -> None:
    text = (
        "Ferry strike ends\n\nThe ferry strike ended on Monday, the union said.\n\n"
        "Just when you thought the week was quiet, a thief proves us wrong. He took a donation box from the pier.\n\n"
        "Support the Harbour Times\n\n"
        "If you value what we do, please become a member of the Harbour Times by making a monthly payment.\n"
    )
    found = spans(text, "Ferry strike ends")
    assert any(s.startswith("If you value what we do") for s in found)
    assert not any("donation box" in s for s in found)


def test_an_identical_paragraph_further_down_makes_the_first_copy_a_standfirst() -> None:
    lede = "Here is the harbour office's plan for the week, with every sailing and every change to the fares."
    text = (
        f"Ferry timetable\n\n{lede}\n\n---\n\nA ferry at the pier on Monday. (AP Photo/Jo Roe)\n\n{lede}\n\n"
        "Sailings resume on Tuesday."
    )
    found = [(text[b.start : b.end], b.start) for b in find_boilerplate(text, "Ferry timetable")]
    copies = [start for line, start in found if line == lede]
    assert copies == [text.index(lede)]


def test_a_title_run_into_the_story_and_a_stamp_fused_to_a_credit() -> None:
    title = "Picture of the week: Ferry strike ends"
    text = (
        f"{title}\n\n{title}Dock workers unload a ferry in Portland on Monday. The strike had lasted nine days.\n"
        "date 2019-05-06 © Harbour Wire / Jo Roe\n"
    )
    found = spans(text, title)
    assert found[title] == "headline"
    assert "date 2019-05-06" in found and "© Harbour Wire / Jo Roe" in found
    assert not any("Dock workers" in s for s in found)


def test_an_author_note_closing_the_page_is_a_byline() -> None:
    text = (
        "Ferry strike ends\n\nThe ferry strike ended on Monday, the union said.\n\nIt had lasted nine days.\n\n"
        "Reporter at the Harbour Times since 2019. Covers the port and the council."
    )
    assert (
        spans(text, "Ferry strike ends")["Reporter at the Harbour Times since 2019. Covers the port and the council."]
        == "byline"
    )
