"""Fingerprints and copy detection: which articles carry the same (wire) text."""

from crosswire.dedup.copies import CopyIndex, body_text, find_copies

__all__ = ["CopyIndex", "body_text", "find_copies"]
