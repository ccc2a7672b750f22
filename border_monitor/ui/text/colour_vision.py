"""How colours look to a colour-blind viewer, and how far apart two colours look: numpy only, no Qt.

``simulate_deuteranopia`` applies the Machado, Oliveira & Fernandes (2009) matrix for deuteranopia
(severity 1.0) to linear RGB; ``delta_e`` is the CIE76 distance in CIELAB (D65). Used to check that
the palette's country colours stay apart for a deuteranope, and to simulate a screenshot.
"""
from __future__ import annotations

import numpy as np

# Machado et al. 2009, Table 1, deuteranomaly at severity 1.0 (deuteranopia), on linear RGB.
DEUTERANOPIA = np.array([[0.367322, 0.860646, -0.227968],
                         [0.280085, 0.672501, 0.047413],
                         [-0.011820, 0.042940, 0.968881]])
_SRGB_TO_XYZ = np.array([[0.4124564, 0.3575761, 0.1804375],
                         [0.2126729, 0.7151522, 0.0721750],
                         [0.0193339, 0.1191920, 0.9503041]])
_WHITE_D65 = np.array([0.95047, 1.0, 1.08883])


def to_linear(srgb: np.ndarray) -> np.ndarray:
    """sRGB in 0..1 to linear RGB."""
    srgb = np.asarray(srgb, dtype=float)
    return np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)


def to_srgb(linear: np.ndarray) -> np.ndarray:
    """Linear RGB to sRGB in 0..1 (clipped)."""
    linear = np.clip(np.asarray(linear, dtype=float), 0.0, 1.0)
    return np.where(linear <= 0.0031308, linear * 12.92, 1.055 * linear ** (1 / 2.4) - 0.055)


def simulate_deuteranopia(srgb: np.ndarray) -> np.ndarray:
    """sRGB values (0..1, last axis RGB) as a deuteranope sees them, in sRGB 0..1."""
    return to_srgb(to_linear(srgb) @ DEUTERANOPIA.T)


def srgb_to_lab(srgb: np.ndarray) -> np.ndarray:
    xyz = (to_linear(srgb) @ _SRGB_TO_XYZ.T) / _WHITE_D65
    f = np.where(xyz > (6 / 29) ** 3, np.cbrt(xyz), xyz / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.stack([116 * f[..., 1] - 16, 500 * (f[..., 0] - f[..., 1]), 200 * (f[..., 1] - f[..., 2])], axis=-1)


def delta_e(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """CIE76 colour difference of sRGB colours ``a`` and ``b`` (0..1)."""
    return np.linalg.norm(srgb_to_lab(a) - srgb_to_lab(b), axis=-1)


def hex_rgb(color: str) -> np.ndarray:
    """``#rrggbb`` as sRGB 0..1."""
    text = color.lstrip("#")
    return np.array([int(text[k:k + 2], 16) for k in (0, 2, 4)], dtype=float) / 255.0
