"""Run the firesld command line with ``python -m firesld``."""

from firesld.cli import main

if __name__ == "__main__":
    main()
