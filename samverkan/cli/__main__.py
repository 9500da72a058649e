"""`python -m samverkan.cli`."""

from samverkan.cli import main

main()
