"""Run ``python -m bot``: see ``bot.cli`` for the commands."""

import os
import sys

# Opt in to python-telegram-bot's timedelta durations (RetryAfter.retry_after and the like):
# the int form is deprecated since PTB 22.2 and warns on every access.
os.environ.setdefault("PTB_TIMEDELTA", "true")

from bot.cli import main

if __name__ == "__main__":
    sys.exit(main())
