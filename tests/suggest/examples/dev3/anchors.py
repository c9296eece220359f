"""Furniture example set 3 (issue 11, furniture pass 2): gold written by reading the texts before anything
ran on them; built by ../../devset/build_devset.py. Furniture only: quotes and events are not annotated here."""

from __future__ import annotations

from typing import Any

DOCS: dict[str, dict[str, Any]] = {}

DOCS["f01_capitalfm_nairobi_travel_warning"] = dict(
    furniture=[
        ("[[Connect with us]]", "social"),
        ("[[Hi, what are you looking for?]]", "navigation"),
        ("[[top]]", "navigation"),
        (
            "p\n[[The ministry explained that terrorism was not a Kenyan problem but a challenge that affected the entire world/FILE]]",
            "caption",
        ),
        ("[[Kenya]]\n", "navigation"),
        ("[[Nairobi slams travel warning by Washington]]", "headline"),
        (
            "\n\n[[The ministry explained that terrorism was not a Kenyan problem but a challenge that affected the entire world/FILE]]\n\nT",
            "caption",
        ),
        (
            "\n\n[[The ministry explained that terrorism was not a Kenyan problem but a challenge that affected the entire world/FILE]]\n\nN",
            "caption",
        ),
        ("[[NAIROBI, Kenya, Sep 28 –]]", "dateline"),
    ],
    quotes=[],
    events=[],
)

DOCS["f02_uzalendonews_judiciary_corruption"] = dict(
    furniture=[
        ("[[Sponsored Ad]]", "promo"),
        ("[[Ad 1]]", "promo"),
        ("[[Ad 2]]", "promo"),
        ("[[Ad 3]]", "promo"),
        ("[[Ad 4]]", "promo"),
        ("[[Ad 5]]", "promo"),
        ("[[Ad 6]]", "promo"),
        ("[[22.3 C]]", "navigation"),
        ("\n[[Kenya]]", "navigation"),
        ("[[Sunday, October 5, 2025]]", "timestamp"),
        ("[[Home Blog Page 5097]]", "navigation"),
        ("[[State Judiciary not immune to the lures of corruption: says Uhuru]]", "headline"),
    ],
    quotes=[],
    events=[],
)

DOCS["f03_litkenya_kagwe_evacuation"] = dict(
    furniture=[
        (
            "[[Home » Government » Foreign Governments Can Evacuate Their Nationals on One Condition, Says CS Kagwe]]",
            "navigation",
        ),
        ("\n[[Foreign Governments Can Evacuate Their Nationals on One Condition, Says CS Kagwe]]", "headline"),
        ("[[by Zablon Ondari]]", "byline"),
        ("[[2 mins read]]", "notice"),
    ],
    quotes=[],
    events=[],
)

DOCS["f04_tmj4_mpd_standoff"] = dict(
    furniture=[
        ("[[NewsLocal News]]", "navigation"),
        ("[[Actions]]", "social"),
        ("[[Man taken into custody after nearly 4 hour long standoff with MPD]]", "headline"),
        ("[[Posted]]", "timestamp"),
        ("[[and last updated]]", "timestamp"),
    ],
    quotes=[],
    events=[],
)

DOCS["f05_fox35orlando_capitol_police_vehicle"] = dict(
    furniture=[
        ("[[date 2021-10-05 Expand / Collapse search]]", "navigation"),
        ("[[Man in custody after US Capitol Police investigate suspicious vehicle near Supreme Court]]", "headline"),
        ("[[By FOX 5 DC Digital Team]]", "byline"),
        ("[[WASHINGTON -]]", "dateline"),
    ],
    quotes=[],
    events=[],
)

DOCS["f06_cbslocal_st_paul_swat"] = dict(
    furniture=[
        (
            "[[date 2019-06-07 Tony Awards:Bone up on the Tony Award contenders before they air Sunday, June 9 at 7 p.m.]]",
            "promo",
        ),
        ("[[• WCCO 4On Air]]", "navigation"),
        ("[[On Air Schedule:]]", "navigation"),
        ("[[1:00 PMThe Talk]]", "navigation"),
        ("[[2:00 PMLet's Make a Deal]]", "navigation"),
        ("[[3:00 PMDr. Phil]]", "navigation"),
        ("[[4:00 PMThe Ellen DeGeneres Show]]", "navigation"),
        ("[[5:00 PMWCCO 4 News at Five]]", "navigation"),
        ("[[View All Programs]]", "navigation"),
        (
            "[[Filed Under:Barricaded Suspect, Fairview Avenue, Minnehaha Avenue, St. Paul News, SWAT Team]]",
            "navigation",
        ),
        ("[[MINNEAPOLIS (WCCO) –]]", "dateline"),
        ("[[Comments]]", "social"),
        ("[[Leave a Reply]]", "social"),
        ("[[Please log in using one of these methods to post your comment:]]", "social"),
        ("[[Gravatar]]", "social"),
        ("[[Google photo]]", "social"),
        ("[[You are commenting using your Google account. Log Out /  Change )]]", "social"),
        ("[[Twitter picture]]", "social"),
        ("[[You are commenting using your Twitter account. Log Out /  Change )]]", "social"),
        ("[[Facebook photo]]", "social"),
        ("[[You are commenting using your Facebook account. Log Out /  Change )]]", "social"),
        ("[[Cancel]]", "social"),
        ("[[Connecting to %s]]", "social"),
        ("[[This site uses Akismet to reduce spam. Learn how your comment data is processed.]]", "notice"),
    ],
    quotes=[],
    events=[],
)

DOCS["f07_news9_okc_pursuit"] = dict(
    furniture=[
        ("[[date 2019-09-29 News]]", "navigation"),
        ("[[Armed Suspect In Custody After NE OKC Pursuit]]", "headline"),
        ("[[Sunday, September 29th 2019, 6:37 PM CDT]]", "timestamp"),
        ("[[Updated:]]", "timestamp"),
    ],
    quotes=[],
    events=[],
)

DOCS["f08_wptv_ap_wmar_suspect"] = dict(
    furniture=[
        ("[[Suspect at WMAR, Baltimore TV station, in custody]]", "headline"),
        ("[[UPDATE:  TOWSON, Md. (AP) --]]", "dateline"),
        ("[[Print this article Back to Top]]", "navigation"),
    ],
    quotes=[],
    events=[],
)

DOCS["f09_haligonia_dartmouth_charges"] = dict(
    furniture=[
        ("[[Man Faces Multiple Charges]]", "headline"),
        (
            "[[From HRPD: A man faces multiple charges after an arrest last night in Dartmouth. At 8:23 p.m. East Division Patrol officers, assisted by officers with the East Quick Response Unit, responded to a suspicious person call on Highfield Park Drive.]]",
            "subhead",
        ),
        ("[[From HRPD:]]\n", "byline"),
        ("[[Citizens warned about slippery roads]]", "related"),
        ("[[Feed Nova Scotia Food Drive at CBC]]", "related"),
    ],
    quotes=[],
    events=[],
)

DOCS["f10_wokv_ap_shutdown_latest"] = dict(
    furniture=[
        ("[[ON AIR NOW]]", "navigation"),
        ("[[LISTEN NOW]]", "navigation"),
        ("[[Weather]]", "navigation"),
        ("\n[[cloudy-day]]", "navigation"),
        ("\n[[54°]]", "navigation"),
        ("[[Clear]]\n", "navigation"),
        ("\n[[H 62° L 42°]]", "navigation"),
        ("[[• cloudy-day]]", "navigation"),
        ("\n    [[54°]]\n    C", "navigation"),
        ("[[Current Conditions]]", "navigation"),
        ("s\n    [[Clear. H 62° L 42°]]", "navigation"),
        ("2°\n  [[• clear-night]]\n    5", "navigation"),
        ("\n    [[54°]]\n    E", "navigation"),
        ("[[Evening]]", "navigation"),
        ("g\n    [[Clear. H 62° L 42°]]", "navigation"),
        ("2°\n  [[• clear-night]]\n    4", "navigation"),
        ("[[43°]]", "navigation"),
        ("[[Morning]]", "navigation"),
        ("[[Clear. H 67° L 48°]]", "navigation"),
        ("°\n[[LISTEN]]", "navigation"),
        ("°\nLISTEN\n[[PAUSE]]", "navigation"),
        ("\nLISTEN\nPAUSE\n[[ERROR]]\n\nThe latest to", "navigation"),
        ("[[The latest top stories]]", "navigation"),
        ("s\n\n[[00:00 | 00:00]]", "navigation"),
        ("s\n\n00:00 | 00:00\n\n[[LISTEN]]", "navigation"),
        ("00 | 00:00\n\nLISTEN\n[[PAUSE]]\nERROR\n\nThe latest t", "navigation"),
        ("\nLISTEN\nPAUSE\n[[ERROR]]\n\nThe latest tr", "navigation"),
        ("[[The latest traffic report]]", "navigation"),
        ("t\n\n[[00:00 | 00:00]]\n\nL", "navigation"),
        ("t\n\n00:00 | 00:00\n\n[[LISTEN]]", "navigation"),
        ("00 | 00:00\n\nLISTEN\n[[PAUSE]]\nERROR\n\nThe latest f", "navigation"),
        ("LISTEN\nPAUSE\n[[ERROR]]\n\nThe latest f", "navigation"),
        ("[[The latest forecast]]", "navigation"),
        ("\n\n[[00:00 | 00:00]]\n\nN", "navigation"),
        ("[[News]]\n", "navigation"),
        ("\n[[The Latest: Government shutdown set to hit record length]]\nC", "headline"),
        ("[[Close]]", "navigation"),
        ("e\n\n[[The Latest: Government shutdown set to hit record length]]", "headline"),
        ("\n[[The Latest: Government shutdown set to hit record length]]\nP", "headline"),
        ("[[Photo Credit: AP Photo/Jacquelyn Martin]]", "photo_credit"),
        (
            "[[President Donald Trump holds a photo as he leads a roundtable discussion on border security with local leaders, Friday Jan. 11, 2019, in the Cabinet Room of the White House in Washington.]]",
            "caption",
        ),
        ("[[(AP Photo/Jacquelyn Martin)]]", "photo_credit"),
        (")\n\n[[The Latest: Government shutdown set to hit record length]]", "headline"),
        ("[[3:05 p.m.]]", "timestamp"),
        ("[[___]]", "navigation"),
        ("[[2:50 p.m.]]", "timestamp"),
    ],
    quotes=[],
    events=[],
)

DOCS["f11_shropshirelive_telford_appeal"] = dict(
    furniture=[
        ("[[date 2022-08-20 16.3 C]]", "navigation"),
        ("[[Saturday, August 20, 2022]]", "timestamp"),
        ("[[Police appeal for witnesses to disturbance in Telford]]", "headline"),
        ("[[By Chris Pritchard]]", "byline"),
    ],
    quotes=[],
    events=[],
)

DOCS["f12_pitchero_kilbirnie_club_statement"] = dict(
    furniture=[
        ("[[News & EventsLatest NewsCalendar]]", "navigation"),
        ("r\n[[Club Statement]]", "headline"),
        ("\n\n[[Club Statement]]\n\n", "headline"),
        ("[[John Jeffrey24 Mar 2015 - 13:22]]", "byline"),
        ("[[Share via]]", "social"),
        ("[[Monday 23rd March]]", "timestamp"),
        ("\n[[Club Statement]]\nY", "subhead"),
        ("[[Further reading]]", "related"),
    ],
    quotes=[],
    events=[],
)

DOCS["f13_exetercityfc_board_update"] = dict(
    furniture=[
        ("[[Skip to main content Skip to site footer]]", "navigation"),
        ("r\n[[Club News]]", "navigation"),
        ("r\nClub News\n\n[[📝 Club Update from the Board]]", "headline"),
        ("\n\n[[14 November 2023]]\n\nC", "timestamp"),
        ("\n\n[[Club News]]", "navigation"),
        ("\n\nClub News\n\n[[📝 Club Update from the Board]]", "headline"),
        ("\n\n[[14 November 2023]]\n\nF", "timestamp"),
        ("[[Advertisement block]]", "promo"),
        ("[[iFollow Next Match Tickets Account]]", "navigation"),
    ],
    quotes=[],
    events=[],
)

DOCS["f14_tbsnews_dhaka_bomb_scare"] = dict(
    furniture=[
        ("[[date 2021-12-01 Bomb scare at Dhaka airport]]", "headline"),
        ("[[Bangladesh]]", "navigation"),
        ("[[TBS Report]]", "byline"),
        ("[[01 December, 2021, 11:20 pm]]", "timestamp"),
        ("[[Last modified: 01 December, 2021, 11:23 pm]]", "timestamp"),
        ("\n\n[[Hazrat Shahjalal International Airport, Dhaka]]", "caption"),
        ("/[[Photo- Zia Chowdhury/TBS]]\nH", "photo_credit"),
        ("S\n[[Hazrat Shahjalal International Airport, Dhaka]]", "caption"),
        ("/[[Photo- Zia Chowdhury/TBS]]\n\n", "photo_credit"),
    ],
    quotes=[],
    events=[],
)

DOCS["f15_xinhua_dhaka_airport_security"] = dict(
    furniture=[
        ("[[Bangladesh tightens security in and around Hazrat Shajalal Int'l Airport in capital Dhaka]]", "headline"),
        ("[[Source: Xinhua| 2019-03-04 09:56:19|Editor: Shi Yinglun]]", "byline"),
        ("[[Video PlayerClose]]", "navigation"),
        ("[[BANGLADESH-DHAKA-TIGHTENED-AIRPORT-SECURITY]]", "navigation"),
        ("[[(Xinhua/Stringer)]]", "photo_credit"),
        ("[[Prev 1 2]]", "navigation"),
        ("[[KEY WORDS: Bangladeshi]]", "navigation"),
        ("[[YOU MAY LIKE]]", "related"),
        ("[[EXPLORE XINHUANET]]", "navigation"),
        ("[[010020070750000000000000011100001378673821]]", "navigation"),
    ],
    quotes=[],
    events=[],
)
