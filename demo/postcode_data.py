"""Invented postcodes for the fictional Brindlemoor Council and its neighbours.

The postcode areas (BM, HB, AM, FX, SB, NH, KV, WQ, TY) are made up, and so are
the coordinates: each district has an invented centre, placed so the towns sit
where the demo's story puts them (Hollowbrook north of Brindlemoor, Stallbridge
east, the regional centres a long way off). Every postcode's coordinates are
worked out from its own text, so the same postcode always lands in the same
place, whichever set of demo services is loaded.

Pure data and pure functions: nothing here touches the database.
"""

import hashlib
import math
from collections.abc import Iterable
from datetime import date

# Brindlemoor town centre (invented; on land in northern England).
ORIGIN = (53.742, -1.912)

# District -> (km east, km north) of the origin.
DISTRICTS = {
    "BM1": (0.0, 0.0),  # Brindlemoor town centre
    "BM2": (2.5, 0.8),  # Easterby
    "BM3": (-1.8, -1.5),  # Millgate
    "BM4": (1.2, -2.6),  # Copper Hill
    "BM5": (-0.5, 3.0),  # Ravensholt
    "HB1": (3.0, 13.0),  # Hollowbrook
    "HB4": (6.0, 16.0),  # Sedge End
    "HB8": (9.0, 11.0),  # Marsh Farthing
    "AM2": (-12.0, 2.0),  # Aldermere
    "AM3": (-14.0, -1.0),  # Pennyfield
    "FX1": (-2.0, -14.0),  # Fenwick Cross
    "FX2": (1.0, -17.0),  # Bramblewick
    "SB6": (15.0, -3.0),  # Stallbridge
    "SB7": (16.5, -4.5),  # Wharfside
    "SB9": (19.0, 0.0),  # Tollerby
    "NH1": (2.0, 32.0),  # Northwold (neighbouring council)
    "NH3": (6.0, 35.0),  # Northwold Quay
    "KV2": (-26.0, -20.0),  # Kestrel Vale (neighbouring council)
    "KV5": (-30.0, -16.0),  # Hawkridge
    "WQ1": (55.0, -40.0),  # Wrenmouth (regional centre)
    "WQ7": (58.0, -44.0),  # Saltmarsh
    "TY4": (-70.0, 45.0),  # Thistlebury (regional centre)
}
AREAS = sorted({district[:2] for district in DISTRICTS})

# A few postcodes in each district for people to try, besides the venues' own.
_HOME_UNITS = ("AB", "DE", "GH", "JL", "NP", "QR", "TU", "WX")

# Withdrawn postcodes, to show how a terminated postcode is handled.
TERMINATED = {"BM1 9ZZ": date(2019, 4, 1), "HB1 9ZZ": date(2021, 10, 1)}

_KM_PER_DEGREE_LATITUDE = 111.2


def _unit_jitter(postcode: str) -> tuple[float, float]:
    """Two numbers in [-1, 1) that depend only on the postcode's text."""
    digest = hashlib.sha256(postcode.encode()).digest()
    return (digest[0] / 128 - 1, digest[1] / 128 - 1)


def coordinates(postcode: str) -> tuple[float, float]:
    """Invented latitude and longitude for a demo postcode ("BM1 4LS")."""
    outward, inward = postcode.split()
    east, north = DISTRICTS[outward]
    # Sectors fan out around the district centre, about 0.4 to 1.2 km away.
    sector = int(inward[0])
    angle = sector * 2 * math.pi / 10
    reach = 0.4 + 0.08 * sector
    east += reach * math.cos(angle)
    north += reach * math.sin(angle)
    # Units within a sector spread over a few hundred metres.
    jitter_east, jitter_north = _unit_jitter(postcode)
    east += 0.3 * jitter_east
    north += 0.3 * jitter_north
    latitude = ORIGIN[0] + north / _KM_PER_DEGREE_LATITUDE
    longitude = ORIGIN[1] + east / (_KM_PER_DEGREE_LATITUDE * math.cos(math.radians(ORIGIN[0])))
    return round(latitude, 6), round(longitude, 6)


def demo_postcodes() -> list[str]:
    """The postcodes every demo has: some in each sector of every district, and the terminated."""
    return [
        f"{district} {sector}{unit}"
        for district in DISTRICTS
        for sector in range(1, 10)
        for unit in _HOME_UNITS[: 2 if sector % 3 else 3]
    ] + list(TERMINATED)


def is_demo_postcode(postcode: str) -> bool:
    return postcode.split(" ")[0] in DISTRICTS


def postcode_rows(extra: Iterable[str] = ()) -> list[tuple[str, float, float, date | None]]:
    """(postcode, latitude, longitude, terminated) for the demo postcodes and any `extra`
    postcodes in the demo districts (the venues' own); others in `extra` are ignored."""
    wanted = dict.fromkeys([*demo_postcodes(), *(p for p in extra if is_demo_postcode(p))])
    return [(p, *coordinates(p), TERMINATED.get(p)) for p in wanted]
