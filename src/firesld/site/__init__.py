"""The firesld website: static pages from the release graph, and content negotiation.

:mod:`firesld.site.build` writes the site (``firesld site``); :mod:`firesld.site.routes` is the one
table from firesld IRI paths to pages and RDF files (used by ``firesld serve`` and for the w3id.org
rules); :mod:`firesld.site.server` is the front server ``firesld serve`` puts before Oxigraph.
"""
