"""Furniture example set 7 (issue 11, furniture pass 3): gold written by reading the texts before anything
ran on them; built by ../../devset/build_devset.py. Furniture only: quotes and events are not annotated here."""

from __future__ import annotations

from typing import Any

DOCS: dict[str, dict[str, Any]] = {}

DOCS["g01_shetnews_paper_fined_contempt"] = dict(
    furniture=[
        ("[[widget/exchange-29]]", "navigation"),
        ("[[widget/exchange-30widget/exchange-33]]", "navigation"),
        ("[[widget/exchange-31]]", "navigation"),
        ("[[News / Local paper fined for contempt of court]]", "navigation"),
        ("[[Become a member of Shetland News]]", "subscription"),
        (
            "[[Shetland News is asking its readers to consider paying for membership to get additional perks:]]",
            "subscription",
        ),
        (
            "[[• Removal of third-party ads;\n  • Bookmark posts to read later;\n  • Exclusive curated weekly newsletter;\n  • Hide membership messages;\n  • Comments open for discussion.]]",
            "subscription",
        ),
        (
            "[[If you appreciate what we do and feel strongly about impartial local journalism, then please become a member of Shetland News by either making a single payment, or setting up a monthly, quarterly or yearly subscription.]]",
            "subscription",
        ),
        ("[[Categories]]", "navigation"),
        (
            "[[widget/exchange-62widget/exchange-53widget/newsletter_form_widget-3widget/exchange-63widget/pd_widget-6widget/exchange-54widget/pd_widget-8widget/exchange-55widget/pd_widget-9widget/exchange-56]]",
            "navigation",
        ),
        ("[[JavaScript Required]]", "notice"),
        ("[[We're sorry, but Shetland News isn't fully functional without JavaScript enabled.]]", "notice"),
        ("[[Head over to the help page for instructions on how to enable JavaScript on your browser.]]", "notice"),
    ],
    quotes=[],
    events=[],
)

DOCS["g02_holdthefrontpage_weekly_fined"] = dict(
    furniture=[
        ("[[AddThis SmartLayers]]", "navigation"),
        ("\n\n[[Weekly newspaper fined for publishing defendant’s photo during trial]]", "headline"),
        ("[[You can follow all replies to this entry through the comments feed.]]", "social"),
    ],
    quotes=[],
    events=[],
)

DOCS["g03_todayville_rcmp_body_cameras"] = dict(
    furniture=[
        ("[[National]]\n", "navigation"),
        ("\n[[RCMP to begin field-testing body cameras ahead of national rollout]]", "headline"),
        (
            "[[An RCMP officer wears a body camera at the detachment in Bible Hill, N.S. on Sunday, April 18, 2021. The RCMP will start field-testing body-worn cameras on its officers in three areas of the country in the coming days.]] THE",
            "caption",
        ),
        ("[[THE CANADIAN PRESS/Andrew Vaughan]]", "photo_credit"),
        ("[[By David Fraser in Ottawa]]", "byline"),
    ],
    quotes=[],
    events=[],
)

_VW = "Volkswagen automobile plant employee Vicky Holloway becomes emotional as she celebrates after employees voted to join the UAW union Friday, April 19, 2024, in Chattanooga, Tenn."
_NAVY = "Royal Canadian Navy Cmdr. Meghan Coates, center, speaks to Canada's Prime Minister Justin Trudeau, left, and Poland's President Andrzej Duda, right, in the operations room aboard the vessel HMCS Regina at Canadian Forces Base Esquimalt, in Esquimalt, British Columbia, Saturday, April 20, 2024."
_AP_LEDE = "Here are the AP’s latest coverage plans, top stories and promotable content. All times EDT. For up-to-the-minute information on AP’s coverage, visit Coverage Plan in AP Newsroom."

DOCS["g04_bastillepost_ap_digest"] = dict(
    furniture=[
        ("[[Skip to Content Facebook Feature Image]]", "navigation"),
        ("Image\n\n[[AP News Digest 2:05 p.m.]]\n\nNews\n\nAP", "headline"),
        ("Image\n\nAP News Digest 2:05 p.m.\n\n[[News]]\n\nAP", "navigation"),
        ("News\n\n[[AP News Digest 2:05 p.m.]]\nNews\n\nNews", "headline"),
        ("2:05 p.m.\n[[News]]\n\nNews", "navigation"),
        ("2:05 p.m.\nNews\n\n[[News]]\n\nAP", "navigation"),
        ("News\n\nNews\n\n[[AP News Digest 2:05 p.m.]]\n\n2024", "headline"),
        ("[[2024-04-22 02:06 Last Updated At:02:10]]", "timestamp"),
        (f"02:10\n\n[[{_AP_LEDE}]]", "subhead"),
        ("[[————————————————-]]", "navigation"),
        ("[[More Images]]", "navigation"),
        (
            "[[Peres Jepchirchir of Kenya crosses the finish line to win the women's race at the London Marathon in London, Sunday, April 21, 2024.]]",
            "caption",
        ),
        ("[[(AP Photo/David Cliff)]]", "photo_credit"),
        (f"Newsroom.\n\n[[{_VW}]] (AP", "caption"),
        (
            "Newsroom.\n\nVolkswagen automobile plant employee Vicky Holloway becomes emotional as she celebrates after employees voted to join the UAW union Friday, April 19, 2024, in Chattanooga, Tenn. [[(AP Photo/George Walker IV)]]",
            "photo_credit",
        ),
        (f"Walker IV)\n\n[[{_VW}]] (AP", "caption"),
        (
            "Walker IV)\n\nVolkswagen automobile plant employee Vicky Holloway becomes emotional as she celebrates after employees voted to join the UAW union Friday, April 19, 2024, in Chattanooga, Tenn. [[(AP Photo/George Walker IV)]]",
            "photo_credit",
        ),
        (f"Walker IV)\n\n[[{_NAVY}]] (Darryl", "caption"),
        (
            "Walker IV)\n\nRoyal Canadian Navy Cmdr. Meghan Coates, center, speaks to Canada's Prime Minister Justin Trudeau, left, and Poland's President Andrzej Duda, right, in the operations room aboard the vessel HMCS Regina at Canadian Forces Base Esquimalt, in Esquimalt, British Columbia, Saturday, April 20, 2024. [[(Darryl Dyck/The Canadian Press via AP)]]",
            "photo_credit",
        ),
        (f"via AP)\n\n[[{_NAVY}]] (Darryl", "caption"),
        (
            "via AP)\n\nRoyal Canadian Navy Cmdr. Meghan Coates, center, speaks to Canada's Prime Minister Justin Trudeau, left, and Poland's President Andrzej Duda, right, in the operations room aboard the vessel HMCS Regina at Canadian Forces Base Esquimalt, in Esquimalt, British Columbia, Saturday, April 20, 2024. [[(Darryl Dyck/The Canadian Press via AP)]]",
            "photo_credit",
        ),
    ],
    quotes=[],
    events=[],
)

DOCS["g05_radiocom_ap_update_latest"] = dict(
    furniture=[
        ("[[Update on the latest news, sports, business and entertainment:]]", "headline"),
        ("[[March 22, 2017 - 4:11 pm]]", "timestamp"),
        ("[[Four dead, police believe there was one attacker]]", "subhead"),
        ("[[LONDON (AP) —]]", "dateline"),
        ("[[UPDATE: Trump offers condolences]]", "subhead"),
        ("[[WASHINGTON (AP) —]]", "dateline"),
    ],
    quotes=[],
    events=[],
)

DOCS["g06_irishcentral_32_counties"] = dict(
    furniture=[
        ("[[Antrim]]\nPolice", "subhead"),
        ("[[(Source:UTV)]]", "byline"),
        ("[[Armagh]]\nA man", "subhead"),
        ("[[(Source: BBC)]]", "byline"),
        ("[[Carlow]]\nIrish", "subhead"),
        ("[[(Source: The Herald)]]", "byline"),
        ("[[Cavan]]\nA man", "subhead"),
        ("[[(Source: Newstalk)]]", "byline"),
    ],
    quotes=[],
    events=[],
)

DOCS["g07_indiansapidnews_rediff_photos"] = dict(
    furniture=[
        ("[[Why Are These Cops Detaining ‘Modi’?]]\n\nYouth", "headline"),
        ("[[Please click on the images to view these scenes.]]", "notice"),
        (
            "[[IMAGE: A police officer tries to detain a Youth Congress member wearing a cut-out of Prime Minister Narendra Modi during the protest in New Delhi against rising inflation in the country.]]",
            "caption",
        ),
        ("[[All photographs: Anushree Fadnavis/Reuters]]", "photo_credit"),
        (
            "[[IMAGE: Youth Congress members wear cut-outs of Modi and his Cabinet ministers during the protest against rising inflation.]]",
            "caption",
        ),
        ("[[IMAGE: What is a cow doing at the protest?]]", "caption"),
        ("[[Photographs curated by Anant Salvi/Rediff.com]]", "photo_credit"),
        ("[[Feature Presentation: Mahipal Soni/Rediff.com]]", "byline"),
        ("[[Source: Read Full Article]]", "related"),
    ],
    quotes=[],
    events=[],
)

DOCS["g08_forbesindia_photo_of_the_day"] = dict(
    furniture=[
        ("[[Forbes India 15th Anniversary Special]]", "promo"),
        ("Special\n\n[[Photo of the day: Demolishing democracy]]", "headline"),
        ("[[Published: May 29, 2023 12:44:25 PM IST]]", "timestamp"),
        ("[[Updated: May 29, 2023 01:11:14 PM IST]]", "timestamp"),
        ("[[Photo of the day: Demolishing democracy]]Security", "headline"),
        ("[[Image: Sanjeev Verma/Hindustan Times via Getty Images]]", "photo_credit"),
    ],
    quotes=[],
    events=[],
)

DOCS["g09_olemiss_student_japan"] = dict(
    furniture=[
        ("[[UM Student Broadens Horizon with Year in Japan]]", "headline"),
        ("[[Gwenafaye McCormick wraps up studying abroad as Bridging Scholar]]", "subhead"),
        (
            "[[UM student Gwenafaye McCormick spent the 2017-18 academic year studying at Waseda University, a private, independent research university in central Tokyo.]] Submitted",
            "caption",
        ),
        ("[[Submitted photo]]", "photo_credit"),
        ("[[OXFORD, Miss. –]]", "dateline"),
    ],
    quotes=[],
    events=[],
)

DOCS["g10_northweststar_editorial"] = dict(
    furniture=[
        ("[[date 2022-04-28]]", "timestamp"),
        (
            "[[Editor of the North West Star Mount Isa since January 2016. Prior to that, an editor at several regional southern Queensland newspapers. Passionate about telling local stories. Comes with a strange accent to due an Irish accident of birth.]]",
            "byline",
        ),
    ],
    quotes=[],
    events=[],
)

DOCS["g11_postmillennial_nova_scotia_lockdown"] = dict(
    furniture=[
        ("[[date 2020-03-02]]", "timestamp"),
        (
            "2020-03-02 [[Handgun discovered and suspect arrested after schools put on lockdown in Nova Scotia]]",
            "headline",
        ),
        ("[[Rubber chicken bandit on the lamb in Alberta]]", "headline"),
    ],
    quotes=[],
    events=[],
)

DOCS["g12_pressgazette_daily_record_fined"] = dict(
    furniture=[
        (
            "[[Scottish Daily Record fined £80,000 for contempt over two stories including one showing 'dramatic' arrest pic with 'GOT HIM' caption - Press Gazette]]",
            "headline",
        ),
        (
            "Gazette\n\n[[Scottish Daily Record fined £80,000 for contempt over two stories including one showing 'dramatic' arrest pic with 'GOT HIM' caption]]\n\nThe",
            "headline",
        ),
    ],
    quotes=[],
    events=[],
)

DOCS["g13_royalexaminer_crooked_run_response"] = dict(
    furniture=[
        ("[[Connect with us]]", "social"),
        ("[[Opinion]]", "navigation"),
        ("Opinion\n\n[[Response to the Crooked Run West Council presentation October 21]]", "headline"),
        ("[[Published]]\n\non", "timestamp"),
        ("Published\n\n[[on]]\n\nAt", "timestamp"),
    ],
    quotes=[],
    events=[],
)

DOCS["g14_scottishlegal_daily_record_contempt"] = dict(
    furniture=[
        (
            "[[Daily Record fined £80,000 for contempt of court over ‘severely prejudicial’ articles relating to criminal proceedings]]",
            "headline",
        ),
        ("[[‘Cocaine kingpin’]]\nThe Lord", "subhead"),
    ],
    quotes=[],
    events=[],
)

DOCS["g15_citizenportal_council_meetings_tie"] = dict(
    furniture=[
        (
            "[[This article was created by AI summarizing key points discussed. AI makes mistakes, so for full details and context, please refer to the\nvideo of the full meeting.]]",
            "notice",
        ),
        ("[[Please report any errors so we can fix them.]]", "notice"),
        ("[[Report an error »]]", "social"),
        ("[[View full meeting]]", "related"),
        (
            "[[This article is based on a recent meeting—watch the full video and explore the complete transcript for deeper insights into the discussion.]]",
            "promo",
        ),
        (
            "[[Search every word spoken in city, county, state, and federal meetings. Receive real-time\ncivic alerts,\nand access transcripts, exports, and saved lists—all in one place.]]",
            "promo",
        ),
        ("[[Gain exclusive insights]]", "promo"),
        (
            "[[Get our premium newsletter with trusted coverage and actionable briefings tailored to\nyour community.]]",
            "subscription",
        ),
        ("[[Shape the future]]", "promo"),
        ("[[Help strengthen government accountability nationwide through your engagement and\nfeedback.]]", "promo"),
        ("[[Risk-Free Guarantee]]", "promo"),
        ("[[Try it for 30 days. Love it—or get a full refund, no questions asked.]]", "promo"),
    ],
    quotes=[],
    events=[],
)
