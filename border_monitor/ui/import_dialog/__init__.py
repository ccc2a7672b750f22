"""File > Import...: the import dialog (preview, column mapping, coordinate system, rejects, profiles)."""
from .dialog import ImportDialog
from .profiles import Profile, load_profiles, save_profile

__all__ = ["ImportDialog", "Profile", "load_profiles", "save_profile"]
