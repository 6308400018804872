"""Online platforms and services are organisations, whatever the tagger says.

The small English model often takes a platform's name for a person ("Twitter removed the post":
PERSON), and an untagged one that acts in a clause would be read as a surname ("Instagram
deleted ..."). A platform is an actor where it acts or is a target ("accused Facebook of
censorship"), never a person.
"""

from __future__ import annotations

from graph.text import fold

__all__ = ["PLATFORMS", "platform_label"]

PLATFORMS = frozenset(
    {"twitter", "facebook", "instagram", "youtube", "tiktok", "whatsapp", "telegram", "weibo",
     "wechat", "reddit", "snapchat", "linkedin", "truth social", "threads", "bluesky", "google",
     "wikipedia", "spotify", "netflix", "signal", "viber", "vkontakte", "douyin", "twitch",
     "discord", "pinterest", "tumblr", "substack", "rumble", "gab", "parler", "mastodon"}
)  # fmt: skip


def platform_label(surface: str, label: str) -> str:
    """ORG for a platform's name, else ``label`` as given.

    >>> platform_label("Twitter", "PERSON"), platform_label("Ana Soto", "PERSON")
    ('ORG', 'PERSON')
    """
    return "ORG" if fold(surface.strip()) in PLATFORMS else label
