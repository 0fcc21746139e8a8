"""`python -m game` runs the game, exactly like the `borrowed-face` command."""

from game.cli import main

raise SystemExit(main())
