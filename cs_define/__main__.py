"""`python -m cs_define` runs the same CLI as the `cs-define` script."""

from cs_define.cli import main

main()
