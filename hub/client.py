"""The hub's REST API, as `make hub-prepare`, the benchmark and the tests use it (stdlib only)."""

from __future__ import annotations

import json
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

READY_POLL_S = 2.0


class HubError(RuntimeError):
    """The hub answered with an error, or not at all; the message says which call."""


@dataclass(frozen=True, slots=True)
class Hub:
    """A running hub: its address (the proxy's) and an API token."""

    url: str
    token: str

    @classmethod
    def from_folder(cls, hub: Path) -> Hub:
        """The hub started from folder ``hub`` (its address and token are in its state)."""
        state = hub / "state"
        try:
            bind = (state / "bind-url").read_text("utf-8").strip()
            token = (state / "api-token").read_text("utf-8").strip()
        except OSError as e:
            raise HubError(f"{state}: no hub started from here yet ({e.strerror}); "
                           "run `make hub` first") from None
        return cls(loopback(bind), token)

    def call(self, method: str, path: str, body: Any = None,
             token: str | None = None) -> tuple[int, Any]:
        """One API call: its status and its JSON answer (None when empty)."""
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            self.url + path, data=data, method=method,
            headers={"Authorization": f"token {token or self.token}"})
        try:
            with urllib.request.urlopen(request, timeout=60) as answer:
                raw = answer.read()
                return answer.status, json.loads(raw) if raw else None
        except urllib.error.HTTPError as e:
            return e.code, None
        except OSError as e:
            raise HubError(f"{method} {self.url}{path}: {e}") from None

    def create_users(self, names: list[str]) -> None:
        """Create users (409: they all exist already, which is fine)."""
        status, _ = self.call("POST", "/hub/api/users", {"usernames": names})
        if status not in (201, 409):
            raise HubError(f"creating {len(names)} users: HTTP {status}")

    def start(self, name: str) -> int:
        """Ask for ``name``'s server: 201 up, 202 starting, 400 already running."""
        status, _ = self.call("POST", f"/hub/api/users/{name}/server")
        return status

    def ready(self, name: str) -> bool | None:
        """True when ``name``'s server is ready, False while it starts, None if it stopped."""
        status, user = self.call("GET", f"/hub/api/users/{name}")
        if status != 200:
            raise HubError(f"GET user {name}: HTTP {status}")
        server = user["servers"].get("")
        if server is None:
            return None
        return bool(server["ready"])

    def wait_ready(self, name: str, timeout: float, every: float = READY_POLL_S) -> bool:
        """Wait for ``name``'s server, asking every ``every`` seconds; False when it stopped
        (failed) or took too long."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            state = self.ready(name)
            if state is not None:
                if state:
                    return True
            else:
                return False
            time.sleep(every)  # the API has no event to wait on
        return False

    def user_token(self, name: str, seconds: int = 3600) -> str:
        """A token for ``name``'s own server API."""
        status, answer = self.call("POST", f"/hub/api/users/{name}/tokens",
                                   {"expires_in": seconds, "note": "workshop"})
        if status != 201:
            raise HubError(f"token for {name}: HTTP {status}")
        return str(answer["token"])

    def delete(self, name: str) -> None:
        """Stop ``name``'s server and forget the user (their account and home stay)."""
        self.call("DELETE", f"/hub/api/users/{name}/server")
        self.call("DELETE", f"/hub/api/users/{name}")


def loopback(bind_url: str) -> str:
    """The address to call the hub on from this machine (0.0.0.0 means loopback here)."""
    parts = urlsplit(bind_url)
    host = parts.hostname or "127.0.0.1"
    if host in ("0.0.0.0", "::", ""):
        host = "127.0.0.1"
    return f"{parts.scheme}://{host}:{parts.port or 80}"


def room_address(bind_url: str) -> str:
    """The address learners type: the machine's own address on the network when the hub
    listens on every interface."""
    parts = urlsplit(bind_url)
    if parts.hostname not in ("0.0.0.0", "::", None, ""):
        return bind_url.rstrip("/") + "/"
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("192.0.2.1", 9))  # no packet is sent: this only picks the route
            host = s.getsockname()[0]
        except OSError:
            host = socket.gethostname()
    return f"{parts.scheme}://{host}:{parts.port or 80}/"
