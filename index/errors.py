"""Domain errors: the adapters turn these into short messages for the user."""


class EventbotError(Exception):
    """Base class: the message is meant for the user, one line."""


class IndexNotBuilt(EventbotError):
    pass


class IndexCorrupt(EventbotError):
    pass


class ModelMismatch(EventbotError):
    pass


class EmptyQuestion(EventbotError):
    pass


class QuestionTooLong(EventbotError):
    def __init__(self, message: str, length: int = 0, limit: int = 0):
        super().__init__(message)
        self.length, self.limit = length, limit


class BuildInProgress(EventbotError):
    pass


class SourceRejected(EventbotError):
    pass


class NothingToIndex(EventbotError):
    """No source gave a single sentence: a build refuses to replace the index with an empty one."""


class ModelUnavailable(EventbotError):
    """The configured embedding model cannot be loaded from this machine (nothing is ever downloaded)."""


def first_line(exc: object) -> str:
    """An exception's message cut to its first line (200 characters), or its type's name: for one-line errors."""
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
