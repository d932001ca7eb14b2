"""The fault suite shares the e2e tests' fake Discord."""

from tests.e2e.conftest import fake_discord

__all__ = ["fake_discord"]
