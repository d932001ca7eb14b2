"""Secrets out of the logs: interaction tokens (valid 15 minutes) and the bot token never reach a log line."""

from __future__ import annotations

import logging
import re

# Interaction tokens travel in webhook and callback URLs, and as "token" in gateway payloads; bot tokens as
# `Authorization: Bot ...` headers. Anything that looks like one is replaced, whatever logger wrote it.
_SECRETS = re.compile(
    r"(?P<keep>/webhooks/\d+/|/interactions/\d+/|[\"']token[\"']\s*:\s*[\"']|\bBot\s+)[A-Za-z0-9_.\-]{8,}"
)


# A database URL's password (`postgresql://user:password@host/db`), should a library's message carry the URL.
_URL_PASSWORD = re.compile(r"(?P<keep>\b[a-z][a-z0-9+.\-]*://[^:/@\s]*:)[^@\s]+(?=@)", re.IGNORECASE)


def redact(text: str) -> str:
    text = _SECRETS.sub(lambda m: m.group("keep") + "<redacted>", text)
    return _URL_PASSWORD.sub(lambda m: m.group("keep") + "<redacted>", text)


class RedactSecrets(logging.Filter):
    """A handler filter: formats the message once and replaces the secrets in it (and in the traceback text)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True
