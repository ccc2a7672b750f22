"""Sync in the window: the Conflicts panel, File > Sync now... and its dialog."""
