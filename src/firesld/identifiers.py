"""Identifiers in the forms users meet: CURIEs in any case and the IRIs of the usual resolvers.

firesld names an entity with one CURIE (``HGNC:5992``) and one IRI (``http://identifiers.org/hgnc/5992``,
the schema's prefix map). Users meet the same entity as ``hgnc:5992``, an OBO PURL, an identifiers.org
IRI in its old (``http://identifiers.org/hgnc/5992``) or new form (``https://identifiers.org/HGNC:5992``),
a Bio2RDF IRI (``http://bio2rdf.org/hgnc:5992``), ``purl.uniprot.org``, ``n2t.net`` or
``bioregistry.io``. :class:`IdentifierForms` turns any of them into firesld's CURIE.

The forms are not a table of firesld's: for each prefix of the schema they are the prefix synonyms and
URI prefixes the Bioregistry records (``bioregistry.get_resource(prefix).get_uri_prefixes()``, read
from the data shipped inside the bioregistry package: no network), made into a :class:`curies.Converter`
whose canonical prefix and URI prefix are firesld's. A synonym or URI prefix that the Bioregistry
gives two of firesld's prefixes is dropped, so a form never means two things. Prefixes and the
resolver part of an IRI are matched in any case (``HGNC``, ``hgnc``; ``identifiers.org/HGNC:``,
``identifiers.org/hgnc:``) and ``http`` and ``https`` are both accepted; the local id keeps its case.

>>> forms = IdentifierForms({"HGNC": "http://identifiers.org/hgnc/",
...                         "MONDO": "http://purl.obolibrary.org/obo/MONDO_"})
>>> forms.normalize("hgnc:5992"), forms.normalize("https://identifiers.org/HGNC:5992")
('HGNC:5992', 'HGNC:5992')
>>> forms.normalize("http://bio2rdf.org/hgnc:5992"), forms.normalize("https://n2t.net/hgnc:5992")
('HGNC:5992', 'HGNC:5992')
>>> forms.normalize("http://purl.obolibrary.org/obo/MONDO_0100135")
'MONDO:0100135'
>>> forms.normalize("http://example.org/hgnc/5992") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import curies

if TYPE_CHECKING:
    from firesld.model import Model

__all__ = [
    "RESOLVER_HOSTS",
    "IdentifierForms",
    "get_identifier_forms",
    "suggest_curie",
]

#: The resolvers whose IRIs an "accepted forms" message shows (every form the Bioregistry records
#: is accepted; these are the ones worth naming).
RESOLVER_HOSTS = (
    "purl.obolibrary.org",
    "identifiers.org",
    "bio2rdf.org",
    "purl.uniprot.org",
    "n2t.net",
    "bioregistry.io",
)

#: Prefixes that are not identifier namespaces of entities (W3C vocabularies, firesld's own
#: vocabulary): only firesld's own spelling of them is accepted.
_NOT_LOOKED_UP = frozenset(
    {"rdf", "rdfs", "owl", "xsd", "skos", "dcterms", "linkml", "oboInOwl", "UCUM", "firesld"}
)

_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9._-]*")


@dataclass(frozen=True)
class _Forms:
    """The accepted spellings of one of firesld's prefixes."""

    prefix: str
    uri_prefix: str
    prefix_synonyms: frozenset[str]
    uri_prefixes: frozenset[str]
    #: the Bioregistry's prefix (``hgnc``), None when it has none
    registry_prefix: str | None = None


class IdentifierForms:
    """Turn a CURIE in any case or an IRI of a known resolver into firesld's CURIE."""

    def __init__(
        self, prefixes: Mapping[str, str], synonyms: Mapping[str, str] | None = None
    ) -> None:
        """Collect the forms of each prefix from the Bioregistry and build the converters.

        :param prefixes: firesld's prefix map (prefix → URI prefix), the canonical forms
        :param synonyms: more prefix synonyms firesld accepts (synonym → canonical prefix)
        """
        forms = [_bioregistry_forms(p, ns, synonyms or {}) for p, ns in sorted(prefixes.items())]
        self._forms = {f.prefix: f for f in _unambiguous(forms)}
        self.converter = curies.Converter(
            [
                curies.Record(
                    prefix=f.prefix,
                    uri_prefix=f.uri_prefix,
                    prefix_synonyms=sorted(f.prefix_synonyms),
                    uri_prefix_synonyms=sorted(f.uri_prefixes - {f.uri_prefix}),
                )
                for f in self._forms.values()
            ]
        )
        # the same, lower-cased, for matching in any case (the local id is cut from the original)
        self._lower = curies.Converter(
            [
                curies.Record(
                    prefix=f.prefix,
                    uri_prefix=f.uri_prefix.lower(),
                    prefix_synonyms=sorted(
                        {s.lower() for s in f.prefix_synonyms | {f.prefix}} - {f.prefix}
                    ),
                    uri_prefix_synonyms=sorted(
                        {u.lower() for u in f.uri_prefixes} - {f.uri_prefix.lower()}
                    ),
                )
                for f in self._forms.values()
            ]
        )

    @property
    def prefixes(self) -> list[str]:
        """The prefixes of firesld, sorted."""
        return sorted(self._forms)

    def normalize(self, key: str) -> str | None:
        """Return firesld's CURIE for a CURIE in any case or an IRI of a known form.

        :param key: the identifier as the user wrote it
        :returns: the CURIE (whether the release has the entity is not checked), or None when the
            form is not one firesld knows
        """
        key = key.strip()
        if _is_iri(key):
            found = self.converter.parse_uri(key)
            if found is None:
                lowered = key.lower()
                found = self._lower.parse_uri(lowered) if len(lowered) == len(key) else None
                if found is not None:
                    found = curies.ReferenceTuple(found.prefix, key[len(key) - len(found[1]) :])
            return None if found is None else f"{found.prefix}:{found.identifier}"
        if ":" not in key:
            return None
        prefix, local = key.split(":", 1)
        canonical = self.converter.standardize_prefix(prefix) or self._lower.standardize_prefix(
            prefix.lower()
        )
        return None if canonical is None else f"{canonical}:{local}"

    def guess_prefix(self, key: str) -> str | None:
        """Guess which of firesld's prefixes an unknown form was meant for.

        :param key: an identifier :meth:`normalize` did not understand
        :returns: the prefix whose name or synonym is a word of ``key`` (the last one), or None
        """
        text = key.split("://", 1)[-1]
        if _is_iri(key):
            text = text.split("/", 1)[-1] if "/" in text else ""  # not the host name
        else:
            text = text.split(":", 1)[0]
        for token in reversed(_TOKEN.findall(text)):
            prefix = self._lower.standardize_prefix(token.lower())
            if prefix is not None:
                return prefix
        return None

    def accepted_forms(self, prefix: str, local: str | None = None) -> list[str]:
        """List the forms of an identifier with this prefix that firesld understands.

        :param prefix: one of firesld's prefixes
        :param local: a local id to show the forms with (``<id>`` when not given)
        :returns: firesld's CURIE, its IRI, then the IRIs of the usual resolvers (https where the
            Bioregistry has both)
        """
        forms = self._forms[prefix]
        local = local or "<id>"
        shown = [f"{prefix}:{local}", f"{forms.uri_prefix}{local}"]
        https = {u for u in forms.uri_prefixes if u.startswith("https://")}
        for uri_prefix in sorted(forms.uri_prefixes, key=_resolver_order):
            host, _, path = uri_prefix.split("://", 1)[-1].partition("/")
            if host not in RESOLVER_HOSTS or uri_prefix == _other_scheme(forms.uri_prefix):
                continue
            if uri_prefix.startswith("http://") and "https://" + uri_prefix[7:] in https:
                continue
            if host == "bioregistry.io" and path != f"{forms.registry_prefix}:":
                continue  # one bioregistry.io form, not one per synonym
            form = f"{uri_prefix}{local}"
            if form not in shown:
                shown.append(form)
        return shown

    def unknown_form_message(self, key: str) -> str:
        """Say that a form is not understood, listing what is accepted for its likely prefix.

        :param key: the identifier as the user wrote it
        :returns: the message
        """
        prefix = self.guess_prefix(key)
        if prefix is None:
            return (
                "not an identifier form firesld knows; use a CURIE with one of its prefixes, in "
                f"any case ({', '.join(p for p in self.prefixes if p not in _NOT_LOOKED_UP)}),"
                " or an IRI of one of them "
                f"(OBO PURL, identifiers.org, Bio2RDF, purl.uniprot.org, n2t.net, bioregistry.io)"
            )
        local = re.split(r"[/:#=_]", key.rstrip("/"))[-1] or None
        if local is not None and local.lower() == prefix.lower():
            local = None
        forms = "; ".join(self.accepted_forms(prefix, local))
        return (
            f"not an identifier form firesld knows for {prefix}; accepted forms (prefix and "
            f"resolver in any case, http or https): {forms}"
        )

    def suggestion(self, iri: str) -> str | None:
        """Say which CURIE to write instead of an IRI of another form (for validation messages).

        :param iri: an IRI found where firesld expects its own IRI or CURIE
        :returns: ``write HGNC:5992, firesld's CURIE for this IRI; …``, or None
            when the IRI is not of a known form or already is firesld's IRI
        """
        curie = self.normalize(iri)
        if curie is None or not _is_iri(iri):
            return None
        expanded = self.converter.expand(curie)
        if expanded == iri:
            return None
        return f"write {curie}, firesld's CURIE for this IRI; firesld's IRI for it is {expanded}"


def _is_iri(key: str) -> bool:
    """Tell an IRI from a CURIE (``urn:`` and ``scheme://`` forms)."""
    return "://" in key or key.lower().startswith("urn:")


def _resolver_order(uri_prefix: str) -> tuple[int, str]:
    """Sort resolver IRIs in the order of :data:`RESOLVER_HOSTS`."""
    host = uri_prefix.split("://", 1)[-1].split("/", 1)[0]
    rank = RESOLVER_HOSTS.index(host) if host in RESOLVER_HOSTS else len(RESOLVER_HOSTS)
    return rank, uri_prefix


def _bioregistry_forms(prefix: str, uri_prefix: str, synonyms: Mapping[str, str]) -> _Forms:
    """Collect the prefix synonyms and URI prefixes the Bioregistry records for one prefix."""
    own = {s for s, p in synonyms.items() if p == prefix}
    uri_prefixes = {uri_prefix, _other_scheme(uri_prefix)}
    registry_prefix = None
    if prefix not in _NOT_LOOKED_UP and not prefix.startswith("firesld"):
        import bioregistry

        normalized = bioregistry.normalize_prefix(prefix)
        resource = bioregistry.get_resource(normalized) if normalized else None
        if resource is not None:
            registry_prefix = resource.prefix
            own |= {resource.prefix, *resource.get_synonyms()}
            preferred = resource.get_preferred_prefix()
            if preferred:
                own.add(preferred)
            uri_prefixes |= set(resource.get_uri_prefixes() or ())
    for found in list(uri_prefixes):
        uri_prefixes.add(_other_scheme(found))
    own.discard(prefix)
    return _Forms(prefix, uri_prefix, frozenset(own), frozenset(uri_prefixes), registry_prefix)


def _other_scheme(uri_prefix: str) -> str:
    """Return the URI prefix with ``http`` and ``https`` swapped."""
    if uri_prefix.startswith("https://"):
        return "http://" + uri_prefix[len("https://") :]
    if uri_prefix.startswith("http://"):
        return "https://" + uri_prefix[len("http://") :]
    return uri_prefix


def _unambiguous(forms: Iterable[_Forms]) -> list[_Forms]:
    """Drop every synonym and URI prefix that two prefixes claim (compared in lower case)."""
    forms = list(forms)
    prefix_owners: dict[str, set[str]] = {}
    uri_owners: dict[str, set[str]] = {}
    for f in forms:
        for synonym in f.prefix_synonyms | {f.prefix}:
            prefix_owners.setdefault(synonym.lower(), set()).add(f.prefix)
        for uri in f.uri_prefixes:
            uri_owners.setdefault(uri.lower(), set()).add(f.prefix)
    out = []
    for f in forms:
        out.append(
            _Forms(
                f.prefix,
                f.uri_prefix,
                frozenset(s for s in f.prefix_synonyms if len(prefix_owners[s.lower()]) == 1),
                frozenset(
                    u
                    for u in f.uri_prefixes
                    if len(uri_owners[u.lower()]) == 1 or u == f.uri_prefix
                ),
                f.registry_prefix,
            )
        )
    return out


@lru_cache(maxsize=4)
def _cached(
    prefixes: tuple[tuple[str, str], ...], synonyms: tuple[tuple[str, str], ...]
) -> IdentifierForms:
    return IdentifierForms(dict(prefixes), dict(synonyms))


def get_identifier_forms(
    prefixes: Mapping[str, str], synonyms: Mapping[str, str] | None = None
) -> IdentifierForms:
    """Return the identifier forms of a prefix map, built once per process (reading the Bioregistry).

    :param prefixes: firesld's prefix map
    :param synonyms: more prefix synonyms (synonym → canonical prefix)
    :returns: the forms
    """
    return _cached(tuple(sorted(prefixes.items())), tuple(sorted((synonyms or {}).items())))


def suggest_curie(model: Model, text: str) -> str | None:
    """Say which firesld CURIE to write for an IRI of another form (a hint for validation errors).

    The Bioregistry is read only for an IRI that is not firesld's own.

    :param model: the compact model (its prefix map)
    :param text: an identifier or IRI found in the input
    :returns: the hint, or None when ``text`` is not an IRI of a known form, or is firesld's IRI

    >>> from firesld.model import load_model
    >>> print(suggest_curie(load_model(), "http://bio2rdf.org/hgnc:5992"))
    write HGNC:5992, firesld's CURIE for this IRI; firesld's IRI for it is http://identifiers.org/hgnc/5992
    >>> suggest_curie(load_model(), "http://identifiers.org/hgnc/5992") is None
    True
    """
    if not _is_iri(text) or model.converter.compress(text) is not None:
        return None
    from firesld.model import PREFIX_SYNONYMS

    return get_identifier_forms(model.prefixes, PREFIX_SYNONYMS).suggestion(text)
