"""The errors a user can fix: each is shown as one line and exits with code 2."""


class CsDefineError(Exception):
    """Base class: the message is complete and fit to show a user as it is."""

    exit_code = 2


class DataError(CsDefineError):
    """The data file is missing, unreadable, not YAML, or does not follow the schema."""


class NotFound(CsDefineError):
    """A term, definition id or other name given by the user does not exist."""


class InvalidRequest(CsDefineError):
    """Options that are each valid but do not make sense together (or with this data)."""
