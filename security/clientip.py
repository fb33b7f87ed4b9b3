"""Who is asking: the client's IP address, trusting X-Forwarded-For only from our proxies.

TRUSTED_PROXIES lists the addresses or networks (CIDR) of the load balancers
and proxies in front of the site. Walking X-Forwarded-For from the right,
every address that is one of ours is skipped; the first that is not is the
client. A request that did not come through one of our proxies has its
X-Forwarded-For ignored entirely, so a client reaching the app directly
cannot forge its address, and clients behind a load balancer are not all
counted as the load balancer.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.http import HttpRequest


def _address(text: str):
    try:
        return ipaddress.ip_address(text.strip().split("%", 1)[0])
    except ValueError:
        return None


@lru_cache(maxsize=8)
def trusted_networks(proxies: tuple[str, ...]) -> tuple:
    return tuple(ipaddress.ip_network(item.strip(), strict=False) for item in proxies)


def is_trusted_proxy(text: str) -> bool:
    """Whether `text` is the address of one of our own proxies (TRUSTED_PROXIES)."""
    address = _address(text)
    if address is None:
        return False
    if getattr(address, "ipv4_mapped", None) is not None:
        address = address.ipv4_mapped
    networks = trusted_networks(tuple(getattr(settings, "TRUSTED_PROXIES", ())))
    return any(address.version == net.version and address in net for net in networks)


def client_ip(request: HttpRequest) -> str:
    """The client's IP address, or "unknown" when the connection has none."""
    remote = (request.META.get("REMOTE_ADDR") or "").strip() or "unknown"
    if not is_trusted_proxy(remote):
        return remote
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    client = remote
    while forwarded and is_trusted_proxy(client):
        candidate = forwarded.pop()
        if _address(candidate) is None:
            # Not an address: a proxy we trust would never write that, so stop at the
            # last address we know is real.
            break
        client = candidate
    return client


def client_address(request: HttpRequest) -> str | None:
    """The client's IP address, or None when there is none (django-axes stores an address)."""
    ip = client_ip(request)
    return ip if _address(ip) is not None else None
