"""`python -m workshop` runs the command line."""

from workshop.cli import main_exit

main_exit()
