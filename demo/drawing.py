"""Pictures of the demo course, drawn at load time so that no binary file is shipped."""

import io
from functools import cache

from PIL import Image, ImageDraw, ImageFont

AVATAR_SIZE = 256
ILLUSTRATION_SIZE = (960, 540)
INK = "#1d2b36"
PAPER = "#fbf8f3"
ACCENT = "#2f6f8f"
WARM = "#d9774b"


def _font(size: int):
    # Pillow's bundled font has no accented letters: the drawn labels avoid them.
    return ImageFont.load_default(size=size)


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


# Drawn once per process: the tests load the demo many times.
@cache
def avatar(initials: str, color: str) -> bytes:
    image = Image.new("RGB", (AVATAR_SIZE, AVATAR_SIZE), color)
    draw = ImageDraw.Draw(image)
    draw.ellipse((24, 24, AVATAR_SIZE - 24, AVATAR_SIZE - 24), outline="#ffffff", width=6)
    draw.text(
        (AVATAR_SIZE / 2, AVATAR_SIZE / 2), initials, fill="#ffffff", font=_font(96), anchor="mm"
    )
    return _png(image)


def _profile_card(draw: ImageDraw.ImageDraw) -> None:
    draw.rounded_rectangle((120, 70, 840, 470), radius=28, fill="#ffffff", outline=INK, width=4)
    draw.rectangle((124, 74, 836, 190), fill=ACCENT)
    draw.ellipse((170, 130, 330, 290), fill=WARM, outline="#ffffff", width=8)
    draw.text((360, 215), "Votre nom  @pseudo", fill=INK, font=_font(34))
    labels = ["Qui je suis", "Ce que je fais", "Pour qui je parle"]
    for index, label in enumerate(labels):
        y = 290 + index * 52
        draw.rounded_rectangle((360, y, 780, y + 38), radius=10, fill="#e8f0f4")
        draw.text((376, y + 19), label, fill=INK, font=_font(26), anchor="lm")


def _signal_noise(draw: ImageDraw.ImageDraw) -> None:
    for index in range(60):
        x = 60 + (index * 137) % 420
        y = 70 + (index * 89) % 400
        draw.ellipse((x, y, x + 14, y + 14), fill="#b8c4cc")
    draw.line((500, 270, 900, 270), fill=ACCENT, width=10)
    for index in range(5):
        x = 540 + index * 80
        draw.ellipse((x, 245, x + 50, 295), fill=ACCENT)
    draw.text((270, 500), "bruit", fill=INK, font=_font(34), anchor="mm")
    draw.text((700, 500), "signal", fill=ACCENT, font=_font(34), anchor="mm")


def _two_accounts(draw: ImageDraw.ImageDraw) -> None:
    for left, color, label in ((90, ACCENT, "compte pro"), (530, WARM, "compte perso")):
        draw.rounded_rectangle(
            (left, 110, left + 340, 430), radius=24, fill="#ffffff", outline=color, width=6
        )
        draw.ellipse((left + 120, 150, left + 220, 250), fill=color)
        draw.text((left + 170, 320), label, fill=INK, font=_font(34), anchor="mm")
    draw.text((480, 270), "?", fill=INK, font=_font(80), anchor="mm")


ILLUSTRATIONS = {
    "profile-card": ("Schéma : une carte de profil", _profile_card),
    "signal-noise": ("Schéma : le signal et le bruit", _signal_noise),
    "two-accounts": ("Schéma : un compte ou deux", _two_accounts),
}


@cache
def illustration(key: str) -> bytes:
    _, draw_fn = ILLUSTRATIONS[key]
    image = Image.new("RGB", ILLUSTRATION_SIZE, PAPER)
    draw_fn(ImageDraw.Draw(image))
    return _png(image)
