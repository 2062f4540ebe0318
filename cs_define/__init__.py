"""cs-define: compare published definitions of a term and aggregate them into one."""

__version__ = "0.1.0"
