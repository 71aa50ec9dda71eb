#!/usr/bin/env python3
"""Reads the fields Picard uses with mutagen and compares them with what Tagscope wrote.

Usage: mutagen_check.py FILE EXPECTED_JSON
EXPECTED_JSON: {"genre": [...], "mood": [...], "tagscope": "..."}; an empty list or string
means the field must be absent. Exits 0 when every field matches, 1 (saying which) otherwise.

Picard's mapping: ID3 TCON, TMOO and TXXX:<name>; Vorbis comments GENRE, MOOD, <NAME>;
MP4 ©gen, ----:com.apple.iTunes:MOOD (and our ----:org.tagscope:tags).
"""
import json
import sys

import mutagen
import mutagen.id3
import mutagen.mp4


def id3_fields(tags):
    def text(key):
        return [str(v) for v in tags[key].text] if key in tags else []
    return {"genre": text("TCON"), "mood": text("TMOO"),
            "tagscope": "; ".join(text("TXXX:TAGSCOPE"))}


def vorbis_fields(tags):
    def values(key):
        return list(tags[key]) if key in tags else []
    return {"genre": values("genre"), "mood": values("mood"),
            "tagscope": "; ".join(values("tagscope"))}


def mp4_fields(tags):
    def freeform(key):
        return [bytes(v).decode("utf-8") for v in tags[key]] if key in tags else []
    return {"genre": list(tags["\xa9gen"]) if "\xa9gen" in tags else [],
            "mood": freeform("----:com.apple.iTunes:MOOD"),
            "tagscope": "; ".join(freeform("----:org.tagscope:tags"))}


def main():
    path, expected = sys.argv[1], json.loads(sys.argv[2])
    audio = mutagen.File(path)
    if audio is None:
        print(f"{path}: mutagen cannot read it")
        return 1
    kind = type(audio.tags).__name__
    if audio.tags is None:
        found = {"genre": [], "mood": [], "tagscope": ""}
    elif isinstance(audio.tags, mutagen.id3.ID3):  # MP3, and the ID3 chunk of WAV and AIFF
        found = id3_fields(audio.tags)
    elif isinstance(audio.tags, mutagen.mp4.MP4Tags):
        found = mp4_fields(audio.tags)
    else:
        found = vorbis_fields(audio.tags)
    wrong = [f"{key}: mutagen reads {found[key]!r}, expected {expected[key]!r}"
             for key in expected if found[key] != expected[key]]
    for line in wrong:
        print(f"{path} ({kind}): {line}")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
