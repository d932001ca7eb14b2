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
    pass


class BuildInProgress(EventbotError):
    pass


class SourceRejected(EventbotError):
    pass
