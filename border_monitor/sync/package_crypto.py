"""Encryption of a sync package: AES-256-GCM with a key derived from a passphrase by scrypt (``cryptography``).

An encrypted package is ``MAGIC``, the length of the header (4 bytes, big-endian), the header (JSON: the
format, the scrypt parameters, salt, nonce and compression) and the ciphertext of the whole plain package,
compressed with zlib first (ciphertext does not compress afterwards). The magic, the length and the header
are authenticated with it (GCM associated data): a wrong passphrase, or any byte
changed anywhere in the file, fails the tag check and the package is refused before anything is read.
"""
from __future__ import annotations

import base64
import json
import os
import struct
import zlib
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from .errors import SyncError


class WrongPassphrase(SyncError):
    """The passphrase does not open the package (or the package was changed after it was written)."""


MAGIC = b"BMSYNC-AESGCM\x00\x01"
FORMAT = "border-monitor-sync-aes256gcm-scrypt/1"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 15, 8, 1
_MAX_N = 2 ** 20  # a header asking for more memory than this is refused, not run
_MAX_HEADER = 4096


def read_passphrase(path: str | Path) -> str:
    """The passphrase in a file: its text without the line end(s) after it."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise SyncError(f"The passphrase file {path} is not UTF-8 text.") from None
    passphrase = text.rstrip("\r\n")
    if not passphrase:
        raise SyncError(f"The passphrase file {path} is empty.")
    return passphrase


def _key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def is_encrypted(head: bytes) -> bool:
    return head.startswith(MAGIC)


def encrypt(plain: bytes, passphrase: str) -> bytes:
    salt, nonce = os.urandom(16), os.urandom(12)
    header = json.dumps({"format": FORMAT, "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
                         "salt": base64.b64encode(salt).decode("ascii"),
                         "nonce": base64.b64encode(nonce).decode("ascii"), "compression": "zlib"},
                        separators=(",", ":")).encode("ascii")
    prefix = MAGIC + struct.pack(">I", len(header)) + header
    packed = zlib.compress(plain, 6)
    return prefix + AESGCM(_key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)).encrypt(nonce, packed, prefix)


def decrypt(data: bytes, passphrase: str, where: str) -> bytes:
    """The plain package, or ``SyncError`` (one sentence naming ``where``) for a wrong passphrase or a change."""
    damaged = f"{where} is damaged: its encryption header cannot be read"
    if not is_encrypted(data) or len(data) < len(MAGIC) + 4:
        raise SyncError(f"{where} is not an encrypted Border Monitor sync package.")
    (size,) = struct.unpack(">I", data[len(MAGIC):len(MAGIC) + 4])
    if size > _MAX_HEADER or len(data) < len(MAGIC) + 4 + size:
        raise SyncError(f"{damaged}.")
    prefix = data[:len(MAGIC) + 4 + size]
    try:
        header = json.loads(prefix[len(MAGIC) + 4:].decode("ascii"))
        n, r, p = int(header["n"]), int(header["r"]), int(header["p"])
        salt, nonce = base64.b64decode(header["salt"]), base64.b64decode(header["nonce"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise SyncError(f"{damaged}.") from None
    if header.get("format") != FORMAT or header.get("kdf") != "scrypt":
        raise SyncError(f"{where} is encrypted in a way this Border Monitor does not know ({header.get('format')}).")
    if not (2 <= n <= _MAX_N and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16 and len(nonce) == 12):
        raise SyncError(f"{damaged} (its key parameters are out of range).")
    if header.get("compression") not in (None, "zlib"):
        raise SyncError(f"{where} is compressed in a way this Border Monitor does not know.")
    try:
        packed = AESGCM(_key(passphrase, salt, n, r, p)).decrypt(nonce, data[len(prefix):], prefix)
    except (InvalidTag, ValueError):
        raise WrongPassphrase(f"{where} cannot be opened: the passphrase is wrong, or the package was changed "
                              "after it was written.") from None
    if header.get("compression") != "zlib":
        return packed
    try:
        return zlib.decompress(packed)
    except zlib.error:
        raise SyncError(f"{where} is damaged: it was encrypted whole but does not decompress.") from None
