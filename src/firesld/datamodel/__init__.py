"""Models generated from ``schema/firesld.yaml`` by ``firesld generate``; never edit them by hand.

- ``model.json``: the compact model the runtime reads (classes, induced slots, enums, prefixes);
- ``firesld_pydantic``: LinkML's pydantic classes, the typed records of :mod:`firesld.api`.
"""
