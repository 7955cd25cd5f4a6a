# Generated from schema/firesld.yaml by LinkML's PydanticGenerator (`firesld generate`).
# Do not edit: the drift check (`firesld generate --check`) compares it with the schema.
from __future__ import annotations

import re
import sys
from datetime import (
    date,
    datetime,
    time
)
from decimal import Decimal
from enum import Enum
from typing import (
    Annotated,
    Any,
    ClassVar,
    Literal,
    Optional,
    Union
)

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer
)


metamodel_version = "1.12.0"
version = "None"


class ConfiguredBaseModel(BaseModel):
    model_config = ConfigDict(
        serialize_by_alias = True,
        validate_by_name = True,
        validate_assignment = True,
        validate_default = True,
        extra = "forbid",
        arbitrary_types_allowed = True,
        use_enum_values = True,
        strict = False,
    )





class LinkMLMeta(RootModel):
    root: dict[str, Any] = {}
    model_config = ConfigDict(frozen=True)

    def __getattr__(self, key:str):
        return getattr(self.root, key)

    def __getitem__(self, key:str):
        return self.root[key]

    def __setitem__(self, key:str, value):
        self.root[key] = value

    def __contains__(self, key:str) -> bool:
        return key in self.root


linkml_meta = LinkMLMeta({'default_prefix': 'firesld',
     'default_range': 'string',
     'description': 'A data model for the knowledge of one review article, '
                    '"IL-1β/IL-1R1 轴在发热感染相关性癫痫综合征中作用的研究进展" (the IL-1β/IL-1R1 axis '
                    'in febrile infection-related epilepsy syndrome, FIRES): the '
                    'genes, gene products, chemicals and drugs, diseases, '
                    'phenotypes, cell types, anatomy, biological processes, '
                    'variants, studies and publications it names, and the claims '
                    'that link them, each claim with its evidence, certainty, '
                    'verbatim supporting sentence, location in the review and '
                    'cited references.',
     'id': 'https://w3id.org/firesld/firesld',
     'imports': ['linkml:types'],
     'license': 'https://creativecommons.org/licenses/by/4.0/',
     'name': 'firesld',
     'prefixes': {'CHEBI': {'prefix_prefix': 'CHEBI',
                            'prefix_reference': 'http://purl.obolibrary.org/obo/CHEBI_'},
                  'CHEMBL.COMPOUND': {'prefix_prefix': 'CHEMBL.COMPOUND',
                                      'prefix_reference': 'http://identifiers.org/chembl.compound/'},
                  'CL': {'prefix_prefix': 'CL',
                         'prefix_reference': 'http://purl.obolibrary.org/obo/CL_'},
                  'DOID': {'prefix_prefix': 'DOID',
                           'prefix_reference': 'http://purl.obolibrary.org/obo/DOID_'},
                  'DRUGBANK': {'prefix_prefix': 'DRUGBANK',
                               'prefix_reference': 'http://identifiers.org/drugbank/'},
                  'ECO': {'prefix_prefix': 'ECO',
                          'prefix_reference': 'http://purl.obolibrary.org/obo/ECO_'},
                  'GO': {'prefix_prefix': 'GO',
                         'prefix_reference': 'http://purl.obolibrary.org/obo/GO_'},
                  'HGNC': {'prefix_prefix': 'HGNC',
                           'prefix_reference': 'http://identifiers.org/hgnc/'},
                  'HP': {'prefix_prefix': 'HP',
                         'prefix_reference': 'http://purl.obolibrary.org/obo/HP_'},
                  'IAO': {'prefix_prefix': 'IAO',
                          'prefix_reference': 'http://purl.obolibrary.org/obo/IAO_'},
                  'MAXO': {'prefix_prefix': 'MAXO',
                           'prefix_reference': 'http://purl.obolibrary.org/obo/MAXO_'},
                  'MESH': {'prefix_prefix': 'MESH',
                           'prefix_reference': 'http://id.nlm.nih.gov/mesh/'},
                  'MONDO': {'prefix_prefix': 'MONDO',
                            'prefix_reference': 'http://purl.obolibrary.org/obo/MONDO_'},
                  'NCBIGene': {'prefix_prefix': 'NCBIGene',
                               'prefix_reference': 'http://identifiers.org/ncbigene/'},
                  'NCBITaxon': {'prefix_prefix': 'NCBITaxon',
                                'prefix_reference': 'http://purl.obolibrary.org/obo/NCBITaxon_'},
                  'OMIM': {'prefix_prefix': 'OMIM',
                           'prefix_reference': 'http://purl.obolibrary.org/obo/OMIM_'},
                  'RO': {'prefix_prefix': 'RO',
                         'prefix_reference': 'http://purl.obolibrary.org/obo/RO_'},
                  'UBERON': {'prefix_prefix': 'UBERON',
                             'prefix_reference': 'http://purl.obolibrary.org/obo/UBERON_'},
                  'UCUM': {'prefix_prefix': 'UCUM',
                           'prefix_reference': 'https://w3id.org/uom/'},
                  'UniProtKB': {'prefix_prefix': 'UniProtKB',
                                'prefix_reference': 'http://purl.uniprot.org/uniprot/'},
                  'biolink': {'prefix_prefix': 'biolink',
                              'prefix_reference': 'https://w3id.org/biolink/vocab/'},
                  'dcterms': {'prefix_prefix': 'dcterms',
                              'prefix_reference': 'http://purl.org/dc/terms/'},
                  'firesld': {'prefix_prefix': 'firesld',
                              'prefix_reference': 'https://w3id.org/firesld/vocab/'},
                  'firesld.claim': {'prefix_prefix': 'firesld.claim',
                                    'prefix_reference': 'https://w3id.org/firesld/claim/'},
                  'firesld.entity': {'prefix_prefix': 'firesld.entity',
                                     'prefix_reference': 'https://w3id.org/firesld/entity/'},
                  'firesld.pub': {'prefix_prefix': 'firesld.pub',
                                  'prefix_reference': 'https://w3id.org/firesld/publication/'},
                  'firesld.study': {'prefix_prefix': 'firesld.study',
                                    'prefix_reference': 'https://w3id.org/firesld/study/'},
                  'linkml': {'prefix_prefix': 'linkml',
                             'prefix_reference': 'https://w3id.org/linkml/'},
                  'oa': {'prefix_prefix': 'oa',
                         'prefix_reference': 'http://www.w3.org/ns/oa#'},
                  'oboInOwl': {'prefix_prefix': 'oboInOwl',
                               'prefix_reference': 'http://www.geneontology.org/formats/oboInOwl#'},
                  'orphanet': {'prefix_prefix': 'orphanet',
                               'prefix_reference': 'http://www.orpha.net/ORDO/Orphanet_'},
                  'owl': {'prefix_prefix': 'owl',
                          'prefix_reference': 'http://www.w3.org/2002/07/owl#'},
                  'rdf': {'prefix_prefix': 'rdf',
                          'prefix_reference': 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'},
                  'rdfs': {'prefix_prefix': 'rdfs',
                           'prefix_reference': 'http://www.w3.org/2000/01/rdf-schema#'},
                  'skos': {'prefix_prefix': 'skos',
                           'prefix_reference': 'http://www.w3.org/2004/02/skos/core#'},
                  'xsd': {'prefix_prefix': 'xsd',
                          'prefix_reference': 'http://www.w3.org/2001/XMLSchema#'}},
     'see_also': ['https://w3id.org/firesld'],
     'source_file': 'schema/firesld.yaml',
     'title': 'firesld — the IL-1β/IL-1R1 axis in FIRES as linked data',
     'types': {'LangString': {'base': 'str',
                              'description': 'A string with a language tag. The '
                                             'slot says which language (annotation '
                                             '`language`); the RDF literal carries '
                                             'it as its language tag.',
                              'from_schema': 'https://w3id.org/firesld/firesld',
                              'name': 'LangString',
                              'repr': 'str',
                              'uri': 'rdf:langString'}}} )

class CertaintyEnum(str, Enum):
    """
    How firmly the review states a claim.
    """
    asserted = "asserted"
    """
    The review states the claim plainly.
    """
    hedged = "hedged"
    """
    The review qualifies the claim (可能, may, 推断, 提示, 有可能).
    """


class QualitativeFrequencyEnum(str, Enum):
    """
    How often a relation holds, as the review says it in words.
    """
    not_necessarily = "not_necessarily"
    """
    Not necessarily (不一定); the relation holds in some cases but is not required. Not a negation.
    """
    usually = "usually"
    """
    Usually (通常).
    """
    often = "often"
    """
    Often (常有, 往往).
    """
    in_many_cases = "in_many_cases"
    """
    In many cases (很多情况下).
    """
    in_most = "in_most"
    """
    In most patients or studies (大部分).
    """
    in_few = "in_few"
    """
    Only in a few cases or reports (仅少数, 少量).
    """


class DegreeEnum(str, Enum):
    """
    How much, how well or in what role a relation holds, as the review says it in words.
    """
    mainly = "mainly"
    """
    Mainly, the main one (主要).
    """
    initially = "initially"
    """
    Initially, the initial one (初始).
    """
    in_large_amounts = "in_large_amounts"
    """
    In large amounts (大量).
    """
    poorly = "poorly"
    """
    Works poorly (效果较差, 疗效不佳); some effect but a poor one. Not a negation.
    """
    weakly = "weakly"
    """
    Weakly, a small relation (关系较小); not a negation.
    """
    partially = "partially"
    """
    Partially, in part (部分模拟, 一定的部分借鉴价值).
    """
    more_important = "more_important"
    """
    More important than the other factor the sentence names (更为重要).
    """
    not_clearly = "not_clearly"
    """
    No clear relation has been shown (没有明确的相关性); neither the relation nor its negation is stated.
    """


class EvidenceLimitationEnum(str, Enum):
    """
    Limits of the evidence that the review itself names.
    """
    few_cases = "few_cases"
    """
    Few patients or cases (病例数少, 患者例数少, 仅少数病例报道).
    """
    small_scale = "small_scale"
    """
    Small studies (规模小).
    """
    lacks_validation = "lacks_validation"
    """
    Not thoroughly validated (缺乏完善的验证).
    """
    preliminary = "preliminary"
    """
    Preliminary findings (初步).
    """
    inconsistent_results = "inconsistent_results"
    """
    Studies have not given consistent results (没有获得统一的结果).
    """
    further_study_needed = "further_study_needed"
    """
    Further study is needed to confirm it (需要进一步研究, 还需进一步的研究).
    """
    multicentre_study_needed = "multicentre_study_needed"
    """
    Further multicentre studies are needed (还需要进一步的、多中心的研究).
    """


class TranslationSourceEnum(str, Enum):
    """
    Whose English rendering the claim carries.
    """
    authors_abstract = "authors_abstract"
    """
    The authors' own English abstract (or the figure legend's English).
    """
    curator_translation = "curator_translation"
    """
    A translation by a firesld curator.
    """


class AgeGroupEnum(str, Enum):
    """
    Age groups the review names.
    """
    school_age_child = "school_age_child"
    """
    School-age children (学龄期儿童).
    """
    child = "child"
    """
    Children (患儿).
    """
    adult = "adult"
    """
    Adults (成年人).
    """
    immature_animal = "immature_animal"
    """
    Immature (juvenile) animals (未成熟动物, 未成年大鼠).
    """


class DirectionEnum(str, Enum):
    """
    Direction of a reported change.
    """
    increased = "increased"
    """
    Raised, higher (升高, 增加).
    """
    decreased = "decreased"
    """
    Lowered (降低, 减少).
    """
    unchanged = "unchanged"
    """
    No significant change.
    """
    unchanged_or_decreased = "unchanged_or_decreased"
    """
    No significant change, or even lower (没有显著变化，甚至会表达降低).
    """


class StudyDesignEnum(str, Enum):
    """
    Study designs the review reports.
    """
    case_report = "case_report"
    """
    A report of one or a few patients.
    """
    retrospective_cohort = "retrospective_cohort"
    """
    A retrospective cohort study.
    """
    genetic_association_study = "genetic_association_study"
    """
    A study relating alleles or variants to the disease.
    """
    animal_model = "animal_model"
    """
    An experimental animal model.
    """
    in_vitro_study = "in_vitro_study"
    """
    An experiment on cells or samples outside the body.
    """
    clinical_study = "clinical_study"
    """
    A clinical study of unspecified design.
    """


class DrugModalityEnum(str, Enum):
    """
    Kinds of medicinal product.
    """
    recombinant_protein = "recombinant_protein"
    """
    A recombinant protein (anakinra, recombinant human IL-1Ra).
    """
    monoclonal_antibody = "monoclonal_antibody"
    """
    A monoclonal antibody (canakinumab, an IgG1).
    """
    fusion_protein = "fusion_protein"
    """
    A fusion protein (rilonacept, an IL-1 trap).
    """
    small_molecule = "small_molecule"
    """
    A small molecule.
    """


class KnowledgeLevelEnum(str, Enum):
    """
    Biolink knowledge levels used by firesld.
    """
    knowledge_assertion = "knowledge_assertion"
    """
    A statement of knowledge asserted by the source.
    """
    statistical_association = "statistical_association"
    """
    A statistical association reported by a study.
    """
    observation = "observation"
    """
    An observation reported by a study.
    """
    prediction = "prediction"
    """
    A hypothesis or inference the source proposes.
    """
    not_provided = "not_provided"
    """
    Not provided.
    """


class AgentTypeEnum(str, Enum):
    """
    Biolink agent types used by firesld.
    """
    manual_agent = "manual_agent"
    """
    A human curator read the source and stated the claim.
    """
    not_provided = "not_provided"
    """
    Not provided.
    """


class EvidenceEnum(str, Enum):
    """
    ECO evidence types used by firesld.
    """
    author_statement_supported_by_traceable_reference = "traceable_author_statement"
    """
    The review states it and cites a reference (a claim with this evidence has reference_numbers).
    """
    author_statement_without_traceable_support_used_in_manual_assertion = "non_traceable_author_statement"
    """
    The review states it and cites no reference for it (the sentence prints no citation).
    """
    clinical_study_evidence = "clinical_study"
    """
    From a clinical study, case report or cohort.
    """
    animal_model_system_study_evidence = "animal_model"
    """
    From an animal model.
    """
    in_vitro_assay_evidence = "in_vitro_assay"
    """
    From an in vitro assay.
    """
    natural_variation_mutant_evidence = "natural_variation"
    """
    From natural genetic variation in patients (nearest ECO term to a genetic association).
    """


class PredicateEnum(str, Enum):
    """
    Relations firesld claims use: Biolink predicates, and firesld properties for a quantity, value or relation Biolink has no predicate for.
    """
    related_to = "related_to"
    """
    related to (the most general relation)
    """
    subclass_of = "subclass_of"
    """
    the subject is a kind of the object (FIRES is an epileptic encephalopathy)
    """
    has_phenotype = "has_phenotype"
    """
    the disease shows the phenotype
    """
    associated_with = "associated_with"
    """
    associated with; with direction and anatomical_context for a level raised or lowered in a disease
    """
    correlated_with = "correlated_with"
    """
    varies together with
    """
    gene_associated_with_condition = "gene_associated_with_condition"
    """
    the gene (its variation or mutation) is associated with the condition
    """
    biomarker_for = "biomarker_for"
    """
    the subject is (or may be) a biomarker of the condition
    """
    causes = "causes"
    """
    the subject causes the object
    """
    contributes_to = "contributes_to"
    """
    the subject contributes to the condition or process
    """
    treats = "treats"
    """
    the drug or treatment treats the condition (negated: fails to treat it)
    """
    applied_to_treat = "applied_to_treat"
    """
    the drug or treatment was applied to treat the condition
    """
    expressed_in = "expressed_in"
    """
    the gene product is expressed in (secreted by) the cell type or anatomical entity
    """
    located_in = "located_in"
    """
    the subject is located in the object
    """
    physically_interacts_with = "physically_interacts_with"
    """
    binds
    """
    directly_physically_interacts_with = "directly_physically_interacts_with"
    """
    binds directly (a ligand and its receptor, an antibody and its target)
    """
    affects = "affects"
    """
    the subject affects the object
    """
    regulates = "regulates"
    """
    the subject regulates the object
    """
    has_part = "has_part"
    """
    the whole has the part
    """
    part_of = "part_of"
    """
    the part belongs to the whole
    """
    has_gene_product = "has_gene_product"
    """
    the gene encodes the gene product
    """
    gene_product_of = "gene_product_of"
    """
    the gene product is encoded by the gene
    """
    participates_in = "participates_in"
    """
    the subject takes part in the process
    """
    actively_involved_in = "actively_involved_in"
    """
    the subject acts in the process
    """
    enables = "enables"
    """
    the gene product or drug has the molecular activity
    """
    precedes = "precedes"
    """
    the subject happens before the object
    """
    occurs_in = "occurs_in"
    """
    the process happens in the cell type or anatomical entity
    """
    model_of = "model_of"
    """
    the subject (an animal model) models the disease
    """
    has_input = "has_input"
    """
    the process acts on the subject
    """
    has_output = "has_output"
    """
    the process yields the object
    """
    disrupts = "disrupts"
    """
    the subject stops the process or activity
    """
    has_mortality_rate = "has_mortality_rate"
    """
    the disease's mortality, as a quantity
    """
    has_onset_interval = "has_onset_interval"
    """
    the interval between the preceding infection and onset, as a quantity
    """
    has_molecular_mass = "has_molecular_mass"
    """
    the drug's molecular mass, as a quantity (kDa)
    """
    has_half_life = "has_half_life"
    """
    the drug's elimination half-life, as a quantity
    """
    has_route_of_administration = "has_route_of_administration"
    """
    the drug's route of administration, as value_text
    """
    has_dosing_interval = "has_dosing_interval"
    """
    how often the drug is given, as a quantity (interval between doses)
    """
    has_approved_indication = "has_approved_indication"
    """
    a condition the drug is approved for (Table 1 names no agency)
    """
    has_mechanism_of_action = "has_mechanism_of_action"
    """
    how the drug blocks IL-1β, as value_text
    """
    has_fires_studies = "has_fires_studies"
    """
    whether studies of the drug in FIRES exist, as value_boolean (Table 1's 有/无)
    """
    crosses_blood_brain_barrier = "crosses_blood_brain_barrier"
    """
    whether the drug passes the blood–brain barrier, as value_boolean
    """
    has_binding_affinity_comparable_to = "has_binding_affinity_comparable_to"
    """
    the subject's affinity for the receptor equals the object's
    """
    competes_with = "competes_with"
    """
    the subject competes with the object for binding a receptor
    """
    prevents_complex_formation = "prevents_complex_formation"
    """
    the subject stops the receptor complex (the IL-1β/IL-1R1/IL-1RAcP trimer) from forming
    """
    has_time_to_outcome = "has_time_to_outcome"
    """
    the time after which a reported outcome was reached (the outcome is in the supporting text), as a quantity
    """
    has_timing_effect = "has_timing_effect"
    """
    how the benefit of a treatment depends on when it is given, as value_text (越早使用，其获益越多: the earlier, the greater the benefit)
    """
    has_sample_size = "has_sample_size"
    """
    the number of patients of a study, as a quantity
    """



class Dataset(ConfiguredBaseModel):
    """
    One curated YAML file of firesld (a partial dataset): lists of entity records and claim records.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/firesld/firesld', 'tree_root': True})

    genes: Optional[list[Gene]] = Field(default=None, description="""The Gene records of a curated file.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    gene_products: Optional[list[GeneProduct]] = Field(default=None, description="""The GeneProduct records of a curated file.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    macromolecular_complexes: Optional[list[MacromolecularComplex]] = Field(default=None, description="""The MacromolecularComplex records of a curated file.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    chemical_entities: Optional[list[ChemicalEntity]] = Field(default=None, description="""The ChemicalEntity records of a curated file.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    drugs: Optional[list[Drug]] = Field(default=None, description="""The Drug records of a curated file.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    diseases: Optional[list[Disease]] = Field(default=None, description="""The Disease records of a curated file.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    phenotypic_features: Optional[list[PhenotypicFeature]] = Field(default=None, description="""The PhenotypicFeature records of a curated file.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    cell_types: Optional[list[CellType]] = Field(default=None, description="""The CellType records of a curated file.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    anatomical_entities: Optional[list[AnatomicalEntity]] = Field(default=None, description="""The AnatomicalEntity records of a curated file.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    biological_processes: Optional[list[BiologicalProcess]] = Field(default=None, description="""The BiologicalProcess records of a curated file.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    molecular_functions: Optional[list[MolecularFunction]] = Field(default=None, description="""The MolecularFunction records of a curated file.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    sequence_variants: Optional[list[SequenceVariant]] = Field(default=None, description="""The SequenceVariant records of a curated file.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    organism_taxa: Optional[list[OrganismTaxon]] = Field(default=None, description="""The OrganismTaxon records of a curated file.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    treatments: Optional[list[Treatment]] = Field(default=None, description="""The Treatment records of a curated file.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    studies: Optional[list[Study]] = Field(default=None, description="""The Study records of a curated file.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    publications: Optional[list[Publication]] = Field(default=None, description="""The Publication records of a curated file.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })
    claims: Optional[list[Claim]] = Field(default=None, description="""The Claim records of a curated file.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Dataset']} })


class NamedThing(ConfiguredBaseModel):
    """
    An entity named by the review, identified by its authority's IRI.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'abstract': True,
         'annotations': {'disjoint_subclasses': {'tag': 'disjoint_subclasses',
                                                 'value': True}},
         'exact_mappings': ['biolink:NamedThing'],
         'from_schema': 'https://w3id.org/firesld/firesld'})

    id: str = Field(default=..., description="""The record's identifier as a CURIE: the authority's id (HGNC:5992, MONDO:0015584 ...) or a firesld IRI where no authority has the thing. Expanded with the schema's prefixes.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing', 'Claim']} })
    label: list[str] = Field(default=..., description="""The authority's own English label (a firesld label where there is no authority). One value: the slot shares rdfs:label with label_zh, so the one-label-per-language rule is the hand-written shape's sh:uniqueLang.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    label_zh: Optional[list[str]] = Field(default=None, description="""The review's Chinese term for the entity (one value; see label).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    synonyms: Optional[list[str]] = Field(default=None, description="""Other names, as the review writes them (IL-1β, IL-1Ra, FIRES).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    synonyms_zh: Optional[list[str]] = Field(default=None, description="""Other Chinese names the review uses.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    hidden_labels: Optional[list[str]] = Field(default=None, description="""Misspellings found in the review (the figure legend's \"IL-Iβ\"), kept for text matching.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:hiddenLabel'} })
    description: Optional[str] = Field(default=None, description="""A short English description by the curator.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:definition'} })
    exact_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of the same thing in other authorities.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:exactMatch'} })
    close_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a closely related but not identical thing (a drug and the protein it copies).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:closeMatch'} })
    related_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a related thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:relatedMatch'} })
    broad_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a broader thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:broadMatch'} })
    narrow_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a narrower thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:narrowMatch'} })
    identifier_evidence: Optional[str] = Field(default=None, description="""How the identifier was checked against the authority (file, release, line seen).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    no_authority_reason: Optional[str] = Field(default=None, description="""Why the record has a firesld IRI instead of an authority identifier.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    label_differs_reason: Optional[str] = Field(default=None, description="""Why the review's meaning differs from the authority's label, where it does.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    edge_related_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate related_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:related_to'} })
    edge_subclass_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate subclass_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:subclass_of'} })
    edge_has_phenotype: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_phenotype. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_phenotype'} })
    edge_associated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate associated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:associated_with'} })
    edge_correlated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate correlated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:correlated_with'} })
    edge_gene_associated_with_condition: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_associated_with_condition. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_associated_with_condition'} })
    edge_biomarker_for: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate biomarker_for. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:biomarker_for'} })
    edge_causes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate causes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:causes'} })
    edge_contributes_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate contributes_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:contributes_to'} })
    edge_treats: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate treats. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:treats'} })
    edge_applied_to_treat: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate applied_to_treat. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:applied_to_treat'} })
    edge_expressed_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate expressed_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:expressed_in'} })
    edge_located_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate located_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:located_in'} })
    edge_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:physically_interacts_with'} })
    edge_directly_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate directly_physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:directly_physically_interacts_with'} })
    edge_affects: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate affects. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:affects'} })
    edge_regulates: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate regulates. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:regulates'} })
    edge_has_part: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_part. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_part'} })
    edge_part_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate part_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:part_of'} })
    edge_has_gene_product: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_gene_product. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_gene_product'} })
    edge_gene_product_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_product_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_product_of'} })
    edge_participates_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate participates_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:participates_in'} })
    edge_actively_involved_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate actively_involved_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:actively_involved_in'} })
    edge_enables: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate enables. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:enables'} })
    edge_precedes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate precedes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:precedes'} })
    edge_occurs_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate occurs_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:occurs_in'} })
    edge_model_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate model_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:model_of'} })
    edge_has_input: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_input. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_input'} })
    edge_has_output: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_output. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_output'} })
    edge_disrupts: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate disrupts. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:disrupts'} })
    edge_has_approved_indication: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_approved_indication. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_approved_indication'} })
    edge_has_binding_affinity_comparable_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_binding_affinity_comparable_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_binding_affinity_comparable_to'} })
    edge_competes_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate competes_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:competes_with'} })
    edge_prevents_complex_formation: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate prevents_complex_formation. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:prevents_complex_formation'} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^[A-Za-z][A-Za-z0-9_.]*:[^\s:]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class Gene(NamedThing):
    """
    A human gene, identified by its HGNC id.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'exact_mappings': ['biolink:Gene'],
         'from_schema': 'https://w3id.org/firesld/firesld',
         'id_prefixes': ['HGNC']})

    symbol: Optional[str] = Field(default=None, description="""The authority's symbol (HGNC symbol, UniProt entry name).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Gene', 'GeneProduct']} })
    in_taxon: Optional[str] = Field(default=None, description="""The organism the gene or gene product belongs to.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Gene', 'GeneProduct']} })
    has_gene_product: Optional[list[str]] = Field(default=None, description="""The gene products a gene encodes.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Gene']} })
    id: str = Field(default=..., description="""The record's identifier as a CURIE: the authority's id (HGNC:5992, MONDO:0015584 ...) or a firesld IRI where no authority has the thing. Expanded with the schema's prefixes.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing', 'Claim']} })
    label: list[str] = Field(default=..., description="""The authority's own English label (a firesld label where there is no authority). One value: the slot shares rdfs:label with label_zh, so the one-label-per-language rule is the hand-written shape's sh:uniqueLang.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    label_zh: Optional[list[str]] = Field(default=None, description="""The review's Chinese term for the entity (one value; see label).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    synonyms: Optional[list[str]] = Field(default=None, description="""Other names, as the review writes them (IL-1β, IL-1Ra, FIRES).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    synonyms_zh: Optional[list[str]] = Field(default=None, description="""Other Chinese names the review uses.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    hidden_labels: Optional[list[str]] = Field(default=None, description="""Misspellings found in the review (the figure legend's \"IL-Iβ\"), kept for text matching.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:hiddenLabel'} })
    description: Optional[str] = Field(default=None, description="""A short English description by the curator.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:definition'} })
    exact_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of the same thing in other authorities.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:exactMatch'} })
    close_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a closely related but not identical thing (a drug and the protein it copies).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:closeMatch'} })
    related_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a related thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:relatedMatch'} })
    broad_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a broader thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:broadMatch'} })
    narrow_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a narrower thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:narrowMatch'} })
    identifier_evidence: Optional[str] = Field(default=None, description="""How the identifier was checked against the authority (file, release, line seen).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    no_authority_reason: Optional[str] = Field(default=None, description="""Why the record has a firesld IRI instead of an authority identifier.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    label_differs_reason: Optional[str] = Field(default=None, description="""Why the review's meaning differs from the authority's label, where it does.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    edge_related_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate related_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:related_to'} })
    edge_subclass_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate subclass_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:subclass_of'} })
    edge_has_phenotype: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_phenotype. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_phenotype'} })
    edge_associated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate associated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:associated_with'} })
    edge_correlated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate correlated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:correlated_with'} })
    edge_gene_associated_with_condition: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_associated_with_condition. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_associated_with_condition'} })
    edge_biomarker_for: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate biomarker_for. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:biomarker_for'} })
    edge_causes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate causes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:causes'} })
    edge_contributes_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate contributes_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:contributes_to'} })
    edge_treats: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate treats. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:treats'} })
    edge_applied_to_treat: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate applied_to_treat. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:applied_to_treat'} })
    edge_expressed_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate expressed_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:expressed_in'} })
    edge_located_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate located_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:located_in'} })
    edge_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:physically_interacts_with'} })
    edge_directly_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate directly_physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:directly_physically_interacts_with'} })
    edge_affects: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate affects. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:affects'} })
    edge_regulates: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate regulates. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:regulates'} })
    edge_has_part: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_part. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_part'} })
    edge_part_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate part_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:part_of'} })
    edge_has_gene_product: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_gene_product. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_gene_product'} })
    edge_gene_product_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_product_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_product_of'} })
    edge_participates_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate participates_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:participates_in'} })
    edge_actively_involved_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate actively_involved_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:actively_involved_in'} })
    edge_enables: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate enables. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:enables'} })
    edge_precedes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate precedes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:precedes'} })
    edge_occurs_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate occurs_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:occurs_in'} })
    edge_model_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate model_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:model_of'} })
    edge_has_input: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_input. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_input'} })
    edge_has_output: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_output. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_output'} })
    edge_disrupts: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate disrupts. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:disrupts'} })
    edge_has_approved_indication: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_approved_indication. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_approved_indication'} })
    edge_has_binding_affinity_comparable_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_binding_affinity_comparable_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_binding_affinity_comparable_to'} })
    edge_competes_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate competes_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:competes_with'} })
    edge_prevents_complex_formation: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate prevents_complex_formation. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:prevents_complex_formation'} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^[A-Za-z][A-Za-z0-9_.]*:[^\s:]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class GeneProduct(NamedThing):
    """
    A protein encoded by a gene, identified by its UniProtKB accession (a firesld IRI for a protein family such as IL-1, which UniProtKB does not have as one entry).
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'exact_mappings': ['biolink:Protein'],
         'from_schema': 'https://w3id.org/firesld/firesld',
         'id_prefixes': ['UniProtKB', 'firesld.entity']})

    symbol: Optional[str] = Field(default=None, description="""The authority's symbol (HGNC symbol, UniProt entry name).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Gene', 'GeneProduct']} })
    in_taxon: Optional[str] = Field(default=None, description="""The organism the gene or gene product belongs to.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Gene', 'GeneProduct']} })
    gene_product_of: Optional[str] = Field(default=None, description="""The gene that encodes the gene product.""", json_schema_extra = { "linkml_meta": {'domain_of': ['GeneProduct']} })
    id: str = Field(default=..., description="""The record's identifier as a CURIE: the authority's id (HGNC:5992, MONDO:0015584 ...) or a firesld IRI where no authority has the thing. Expanded with the schema's prefixes.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing', 'Claim']} })
    label: list[str] = Field(default=..., description="""The authority's own English label (a firesld label where there is no authority). One value: the slot shares rdfs:label with label_zh, so the one-label-per-language rule is the hand-written shape's sh:uniqueLang.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    label_zh: Optional[list[str]] = Field(default=None, description="""The review's Chinese term for the entity (one value; see label).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    synonyms: Optional[list[str]] = Field(default=None, description="""Other names, as the review writes them (IL-1β, IL-1Ra, FIRES).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    synonyms_zh: Optional[list[str]] = Field(default=None, description="""Other Chinese names the review uses.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    hidden_labels: Optional[list[str]] = Field(default=None, description="""Misspellings found in the review (the figure legend's \"IL-Iβ\"), kept for text matching.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:hiddenLabel'} })
    description: Optional[str] = Field(default=None, description="""A short English description by the curator.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:definition'} })
    exact_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of the same thing in other authorities.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:exactMatch'} })
    close_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a closely related but not identical thing (a drug and the protein it copies).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:closeMatch'} })
    related_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a related thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:relatedMatch'} })
    broad_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a broader thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:broadMatch'} })
    narrow_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a narrower thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:narrowMatch'} })
    identifier_evidence: Optional[str] = Field(default=None, description="""How the identifier was checked against the authority (file, release, line seen).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    no_authority_reason: Optional[str] = Field(default=None, description="""Why the record has a firesld IRI instead of an authority identifier.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    label_differs_reason: Optional[str] = Field(default=None, description="""Why the review's meaning differs from the authority's label, where it does.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    edge_related_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate related_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:related_to'} })
    edge_subclass_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate subclass_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:subclass_of'} })
    edge_has_phenotype: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_phenotype. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_phenotype'} })
    edge_associated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate associated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:associated_with'} })
    edge_correlated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate correlated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:correlated_with'} })
    edge_gene_associated_with_condition: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_associated_with_condition. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_associated_with_condition'} })
    edge_biomarker_for: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate biomarker_for. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:biomarker_for'} })
    edge_causes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate causes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:causes'} })
    edge_contributes_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate contributes_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:contributes_to'} })
    edge_treats: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate treats. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:treats'} })
    edge_applied_to_treat: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate applied_to_treat. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:applied_to_treat'} })
    edge_expressed_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate expressed_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:expressed_in'} })
    edge_located_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate located_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:located_in'} })
    edge_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:physically_interacts_with'} })
    edge_directly_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate directly_physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:directly_physically_interacts_with'} })
    edge_affects: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate affects. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:affects'} })
    edge_regulates: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate regulates. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:regulates'} })
    edge_has_part: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_part. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_part'} })
    edge_part_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate part_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:part_of'} })
    edge_has_gene_product: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_gene_product. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_gene_product'} })
    edge_gene_product_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_product_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_product_of'} })
    edge_participates_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate participates_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:participates_in'} })
    edge_actively_involved_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate actively_involved_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:actively_involved_in'} })
    edge_enables: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate enables. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:enables'} })
    edge_precedes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate precedes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:precedes'} })
    edge_occurs_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate occurs_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:occurs_in'} })
    edge_model_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate model_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:model_of'} })
    edge_has_input: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_input. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_input'} })
    edge_has_output: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_output. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_output'} })
    edge_disrupts: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate disrupts. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:disrupts'} })
    edge_has_approved_indication: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_approved_indication. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_approved_indication'} })
    edge_has_binding_affinity_comparable_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_binding_affinity_comparable_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_binding_affinity_comparable_to'} })
    edge_competes_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate competes_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:competes_with'} })
    edge_prevents_complex_formation: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate prevents_complex_formation. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:prevents_complex_formation'} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^[A-Za-z][A-Za-z0-9_.]*:[^\s:]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class MacromolecularComplex(NamedThing):
    """
    A stable assembly of gene products (NF-κB, AP-1, the GABA-A receptor), identified by the GO cellular-component term for the complex.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'go_branch': {'tag': 'go_branch',
                                       'value': 'cellular_component'}},
         'exact_mappings': ['biolink:MacromolecularComplex'],
         'from_schema': 'https://w3id.org/firesld/firesld',
         'id_prefixes': ['GO', 'firesld.entity']})

    has_subunit: Optional[list[str]] = Field(default=None, description="""The gene products (proteins) the review names as parts of the complex.""", json_schema_extra = { "linkml_meta": {'domain_of': ['MacromolecularComplex']} })
    id: str = Field(default=..., description="""The record's identifier as a CURIE: the authority's id (HGNC:5992, MONDO:0015584 ...) or a firesld IRI where no authority has the thing. Expanded with the schema's prefixes.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing', 'Claim']} })
    label: list[str] = Field(default=..., description="""The authority's own English label (a firesld label where there is no authority). One value: the slot shares rdfs:label with label_zh, so the one-label-per-language rule is the hand-written shape's sh:uniqueLang.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    label_zh: Optional[list[str]] = Field(default=None, description="""The review's Chinese term for the entity (one value; see label).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    synonyms: Optional[list[str]] = Field(default=None, description="""Other names, as the review writes them (IL-1β, IL-1Ra, FIRES).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    synonyms_zh: Optional[list[str]] = Field(default=None, description="""Other Chinese names the review uses.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    hidden_labels: Optional[list[str]] = Field(default=None, description="""Misspellings found in the review (the figure legend's \"IL-Iβ\"), kept for text matching.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:hiddenLabel'} })
    description: Optional[str] = Field(default=None, description="""A short English description by the curator.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:definition'} })
    exact_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of the same thing in other authorities.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:exactMatch'} })
    close_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a closely related but not identical thing (a drug and the protein it copies).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:closeMatch'} })
    related_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a related thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:relatedMatch'} })
    broad_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a broader thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:broadMatch'} })
    narrow_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a narrower thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:narrowMatch'} })
    identifier_evidence: Optional[str] = Field(default=None, description="""How the identifier was checked against the authority (file, release, line seen).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    no_authority_reason: Optional[str] = Field(default=None, description="""Why the record has a firesld IRI instead of an authority identifier.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    label_differs_reason: Optional[str] = Field(default=None, description="""Why the review's meaning differs from the authority's label, where it does.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    edge_related_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate related_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:related_to'} })
    edge_subclass_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate subclass_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:subclass_of'} })
    edge_has_phenotype: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_phenotype. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_phenotype'} })
    edge_associated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate associated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:associated_with'} })
    edge_correlated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate correlated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:correlated_with'} })
    edge_gene_associated_with_condition: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_associated_with_condition. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_associated_with_condition'} })
    edge_biomarker_for: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate biomarker_for. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:biomarker_for'} })
    edge_causes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate causes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:causes'} })
    edge_contributes_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate contributes_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:contributes_to'} })
    edge_treats: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate treats. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:treats'} })
    edge_applied_to_treat: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate applied_to_treat. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:applied_to_treat'} })
    edge_expressed_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate expressed_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:expressed_in'} })
    edge_located_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate located_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:located_in'} })
    edge_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:physically_interacts_with'} })
    edge_directly_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate directly_physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:directly_physically_interacts_with'} })
    edge_affects: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate affects. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:affects'} })
    edge_regulates: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate regulates. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:regulates'} })
    edge_has_part: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_part. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_part'} })
    edge_part_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate part_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:part_of'} })
    edge_has_gene_product: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_gene_product. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_gene_product'} })
    edge_gene_product_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_product_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_product_of'} })
    edge_participates_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate participates_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:participates_in'} })
    edge_actively_involved_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate actively_involved_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:actively_involved_in'} })
    edge_enables: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate enables. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:enables'} })
    edge_precedes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate precedes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:precedes'} })
    edge_occurs_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate occurs_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:occurs_in'} })
    edge_model_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate model_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:model_of'} })
    edge_has_input: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_input. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_input'} })
    edge_has_output: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_output. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_output'} })
    edge_disrupts: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate disrupts. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:disrupts'} })
    edge_has_approved_indication: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_approved_indication. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_approved_indication'} })
    edge_has_binding_affinity_comparable_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_binding_affinity_comparable_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_binding_affinity_comparable_to'} })
    edge_competes_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate competes_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:competes_with'} })
    edge_prevents_complex_formation: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate prevents_complex_formation. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:prevents_complex_formation'} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^[A-Za-z][A-Za-z0-9_.]*:[^\s:]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class ChemicalEntity(NamedThing):
    """
    A chemical entity, a chemical class or a chemical role (glucocorticoid, anticonvulsant, lipopolysaccharide), identified by ChEBI where ChEBI has it.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'exact_mappings': ['biolink:ChemicalEntity'],
         'from_schema': 'https://w3id.org/firesld/firesld',
         'id_prefixes': ['CHEBI',
                         'DRUGBANK',
                         'CHEMBL.COMPOUND',
                         'MESH',
                         'firesld.entity']})

    id: str = Field(default=..., description="""The record's identifier as a CURIE: the authority's id (HGNC:5992, MONDO:0015584 ...) or a firesld IRI where no authority has the thing. Expanded with the schema's prefixes.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing', 'Claim']} })
    label: list[str] = Field(default=..., description="""The authority's own English label (a firesld label where there is no authority). One value: the slot shares rdfs:label with label_zh, so the one-label-per-language rule is the hand-written shape's sh:uniqueLang.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    label_zh: Optional[list[str]] = Field(default=None, description="""The review's Chinese term for the entity (one value; see label).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    synonyms: Optional[list[str]] = Field(default=None, description="""Other names, as the review writes them (IL-1β, IL-1Ra, FIRES).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    synonyms_zh: Optional[list[str]] = Field(default=None, description="""Other Chinese names the review uses.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    hidden_labels: Optional[list[str]] = Field(default=None, description="""Misspellings found in the review (the figure legend's \"IL-Iβ\"), kept for text matching.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:hiddenLabel'} })
    description: Optional[str] = Field(default=None, description="""A short English description by the curator.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:definition'} })
    exact_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of the same thing in other authorities.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:exactMatch'} })
    close_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a closely related but not identical thing (a drug and the protein it copies).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:closeMatch'} })
    related_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a related thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:relatedMatch'} })
    broad_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a broader thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:broadMatch'} })
    narrow_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a narrower thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:narrowMatch'} })
    identifier_evidence: Optional[str] = Field(default=None, description="""How the identifier was checked against the authority (file, release, line seen).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    no_authority_reason: Optional[str] = Field(default=None, description="""Why the record has a firesld IRI instead of an authority identifier.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    label_differs_reason: Optional[str] = Field(default=None, description="""Why the review's meaning differs from the authority's label, where it does.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    edge_related_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate related_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:related_to'} })
    edge_subclass_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate subclass_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:subclass_of'} })
    edge_has_phenotype: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_phenotype. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_phenotype'} })
    edge_associated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate associated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:associated_with'} })
    edge_correlated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate correlated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:correlated_with'} })
    edge_gene_associated_with_condition: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_associated_with_condition. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_associated_with_condition'} })
    edge_biomarker_for: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate biomarker_for. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:biomarker_for'} })
    edge_causes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate causes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:causes'} })
    edge_contributes_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate contributes_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:contributes_to'} })
    edge_treats: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate treats. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:treats'} })
    edge_applied_to_treat: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate applied_to_treat. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:applied_to_treat'} })
    edge_expressed_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate expressed_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:expressed_in'} })
    edge_located_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate located_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:located_in'} })
    edge_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:physically_interacts_with'} })
    edge_directly_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate directly_physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:directly_physically_interacts_with'} })
    edge_affects: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate affects. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:affects'} })
    edge_regulates: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate regulates. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:regulates'} })
    edge_has_part: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_part. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_part'} })
    edge_part_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate part_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:part_of'} })
    edge_has_gene_product: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_gene_product. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_gene_product'} })
    edge_gene_product_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_product_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_product_of'} })
    edge_participates_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate participates_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:participates_in'} })
    edge_actively_involved_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate actively_involved_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:actively_involved_in'} })
    edge_enables: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate enables. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:enables'} })
    edge_precedes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate precedes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:precedes'} })
    edge_occurs_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate occurs_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:occurs_in'} })
    edge_model_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate model_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:model_of'} })
    edge_has_input: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_input. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_input'} })
    edge_has_output: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_output. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_output'} })
    edge_disrupts: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate disrupts. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:disrupts'} })
    edge_has_approved_indication: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_approved_indication. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_approved_indication'} })
    edge_has_binding_affinity_comparable_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_binding_affinity_comparable_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_binding_affinity_comparable_to'} })
    edge_competes_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate competes_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:competes_with'} })
    edge_prevents_complex_formation: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate prevents_complex_formation. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:prevents_complex_formation'} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^[A-Za-z][A-Za-z0-9_.]*:[^\s:]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class Drug(ChemicalEntity):
    """
    A medicinal product, small molecule or biologic (recombinant protein, monoclonal antibody, fusion protein). Biologics missing from ChEBI are identified by DrugBank.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'exact_mappings': ['biolink:Drug'],
         'from_schema': 'https://w3id.org/firesld/firesld',
         'id_prefixes': ['CHEBI', 'DRUGBANK', 'CHEMBL.COMPOUND', 'MESH']})

    drug_modality: Optional[DrugModalityEnum] = Field(default=None, description="""What kind of medicinal product the drug is.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Drug']} })
    id: str = Field(default=..., description="""The record's identifier as a CURIE: the authority's id (HGNC:5992, MONDO:0015584 ...) or a firesld IRI where no authority has the thing. Expanded with the schema's prefixes.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing', 'Claim']} })
    label: list[str] = Field(default=..., description="""The authority's own English label (a firesld label where there is no authority). One value: the slot shares rdfs:label with label_zh, so the one-label-per-language rule is the hand-written shape's sh:uniqueLang.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    label_zh: Optional[list[str]] = Field(default=None, description="""The review's Chinese term for the entity (one value; see label).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    synonyms: Optional[list[str]] = Field(default=None, description="""Other names, as the review writes them (IL-1β, IL-1Ra, FIRES).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    synonyms_zh: Optional[list[str]] = Field(default=None, description="""Other Chinese names the review uses.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    hidden_labels: Optional[list[str]] = Field(default=None, description="""Misspellings found in the review (the figure legend's \"IL-Iβ\"), kept for text matching.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:hiddenLabel'} })
    description: Optional[str] = Field(default=None, description="""A short English description by the curator.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:definition'} })
    exact_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of the same thing in other authorities.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:exactMatch'} })
    close_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a closely related but not identical thing (a drug and the protein it copies).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:closeMatch'} })
    related_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a related thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:relatedMatch'} })
    broad_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a broader thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:broadMatch'} })
    narrow_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a narrower thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:narrowMatch'} })
    identifier_evidence: Optional[str] = Field(default=None, description="""How the identifier was checked against the authority (file, release, line seen).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    no_authority_reason: Optional[str] = Field(default=None, description="""Why the record has a firesld IRI instead of an authority identifier.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    label_differs_reason: Optional[str] = Field(default=None, description="""Why the review's meaning differs from the authority's label, where it does.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    edge_related_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate related_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:related_to'} })
    edge_subclass_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate subclass_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:subclass_of'} })
    edge_has_phenotype: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_phenotype. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_phenotype'} })
    edge_associated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate associated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:associated_with'} })
    edge_correlated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate correlated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:correlated_with'} })
    edge_gene_associated_with_condition: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_associated_with_condition. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_associated_with_condition'} })
    edge_biomarker_for: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate biomarker_for. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:biomarker_for'} })
    edge_causes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate causes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:causes'} })
    edge_contributes_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate contributes_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:contributes_to'} })
    edge_treats: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate treats. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:treats'} })
    edge_applied_to_treat: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate applied_to_treat. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:applied_to_treat'} })
    edge_expressed_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate expressed_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:expressed_in'} })
    edge_located_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate located_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:located_in'} })
    edge_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:physically_interacts_with'} })
    edge_directly_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate directly_physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:directly_physically_interacts_with'} })
    edge_affects: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate affects. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:affects'} })
    edge_regulates: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate regulates. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:regulates'} })
    edge_has_part: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_part. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_part'} })
    edge_part_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate part_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:part_of'} })
    edge_has_gene_product: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_gene_product. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_gene_product'} })
    edge_gene_product_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_product_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_product_of'} })
    edge_participates_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate participates_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:participates_in'} })
    edge_actively_involved_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate actively_involved_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:actively_involved_in'} })
    edge_enables: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate enables. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:enables'} })
    edge_precedes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate precedes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:precedes'} })
    edge_occurs_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate occurs_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:occurs_in'} })
    edge_model_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate model_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:model_of'} })
    edge_has_input: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_input. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_input'} })
    edge_has_output: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_output. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_output'} })
    edge_disrupts: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate disrupts. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:disrupts'} })
    edge_has_approved_indication: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_approved_indication. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_approved_indication'} })
    edge_has_binding_affinity_comparable_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_binding_affinity_comparable_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_binding_affinity_comparable_to'} })
    edge_competes_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate competes_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:competes_with'} })
    edge_prevents_complex_formation: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate prevents_complex_formation. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:prevents_complex_formation'} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^[A-Za-z][A-Za-z0-9_.]*:[^\s:]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class Disease(NamedThing):
    """
    A disease, identified by MONDO where MONDO has it.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'exact_mappings': ['biolink:Disease'],
         'from_schema': 'https://w3id.org/firesld/firesld',
         'id_prefixes': ['MONDO', 'DOID', 'orphanet', 'OMIM', 'MESH', 'firesld.entity']})

    id: str = Field(default=..., description="""The record's identifier as a CURIE: the authority's id (HGNC:5992, MONDO:0015584 ...) or a firesld IRI where no authority has the thing. Expanded with the schema's prefixes.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing', 'Claim']} })
    label: list[str] = Field(default=..., description="""The authority's own English label (a firesld label where there is no authority). One value: the slot shares rdfs:label with label_zh, so the one-label-per-language rule is the hand-written shape's sh:uniqueLang.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    label_zh: Optional[list[str]] = Field(default=None, description="""The review's Chinese term for the entity (one value; see label).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    synonyms: Optional[list[str]] = Field(default=None, description="""Other names, as the review writes them (IL-1β, IL-1Ra, FIRES).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    synonyms_zh: Optional[list[str]] = Field(default=None, description="""Other Chinese names the review uses.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    hidden_labels: Optional[list[str]] = Field(default=None, description="""Misspellings found in the review (the figure legend's \"IL-Iβ\"), kept for text matching.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:hiddenLabel'} })
    description: Optional[str] = Field(default=None, description="""A short English description by the curator.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:definition'} })
    exact_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of the same thing in other authorities.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:exactMatch'} })
    close_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a closely related but not identical thing (a drug and the protein it copies).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:closeMatch'} })
    related_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a related thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:relatedMatch'} })
    broad_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a broader thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:broadMatch'} })
    narrow_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a narrower thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:narrowMatch'} })
    identifier_evidence: Optional[str] = Field(default=None, description="""How the identifier was checked against the authority (file, release, line seen).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    no_authority_reason: Optional[str] = Field(default=None, description="""Why the record has a firesld IRI instead of an authority identifier.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    label_differs_reason: Optional[str] = Field(default=None, description="""Why the review's meaning differs from the authority's label, where it does.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    edge_related_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate related_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:related_to'} })
    edge_subclass_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate subclass_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:subclass_of'} })
    edge_has_phenotype: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_phenotype. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_phenotype'} })
    edge_associated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate associated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:associated_with'} })
    edge_correlated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate correlated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:correlated_with'} })
    edge_gene_associated_with_condition: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_associated_with_condition. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_associated_with_condition'} })
    edge_biomarker_for: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate biomarker_for. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:biomarker_for'} })
    edge_causes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate causes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:causes'} })
    edge_contributes_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate contributes_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:contributes_to'} })
    edge_treats: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate treats. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:treats'} })
    edge_applied_to_treat: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate applied_to_treat. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:applied_to_treat'} })
    edge_expressed_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate expressed_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:expressed_in'} })
    edge_located_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate located_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:located_in'} })
    edge_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:physically_interacts_with'} })
    edge_directly_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate directly_physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:directly_physically_interacts_with'} })
    edge_affects: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate affects. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:affects'} })
    edge_regulates: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate regulates. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:regulates'} })
    edge_has_part: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_part. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_part'} })
    edge_part_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate part_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:part_of'} })
    edge_has_gene_product: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_gene_product. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_gene_product'} })
    edge_gene_product_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_product_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_product_of'} })
    edge_participates_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate participates_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:participates_in'} })
    edge_actively_involved_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate actively_involved_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:actively_involved_in'} })
    edge_enables: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate enables. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:enables'} })
    edge_precedes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate precedes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:precedes'} })
    edge_occurs_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate occurs_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:occurs_in'} })
    edge_model_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate model_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:model_of'} })
    edge_has_input: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_input. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_input'} })
    edge_has_output: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_output. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_output'} })
    edge_disrupts: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate disrupts. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:disrupts'} })
    edge_has_approved_indication: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_approved_indication. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_approved_indication'} })
    edge_has_binding_affinity_comparable_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_binding_affinity_comparable_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_binding_affinity_comparable_to'} })
    edge_competes_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate competes_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:competes_with'} })
    edge_prevents_complex_formation: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate prevents_complex_formation. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:prevents_complex_formation'} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^[A-Za-z][A-Za-z0-9_.]*:[^\s:]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class PhenotypicFeature(NamedThing):
    """
    A clinical feature or phenotype, identified by the Human Phenotype Ontology.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'exact_mappings': ['biolink:PhenotypicFeature'],
         'from_schema': 'https://w3id.org/firesld/firesld',
         'id_prefixes': ['HP', 'firesld.entity']})

    id: str = Field(default=..., description="""The record's identifier as a CURIE: the authority's id (HGNC:5992, MONDO:0015584 ...) or a firesld IRI where no authority has the thing. Expanded with the schema's prefixes.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing', 'Claim']} })
    label: list[str] = Field(default=..., description="""The authority's own English label (a firesld label where there is no authority). One value: the slot shares rdfs:label with label_zh, so the one-label-per-language rule is the hand-written shape's sh:uniqueLang.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    label_zh: Optional[list[str]] = Field(default=None, description="""The review's Chinese term for the entity (one value; see label).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    synonyms: Optional[list[str]] = Field(default=None, description="""Other names, as the review writes them (IL-1β, IL-1Ra, FIRES).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    synonyms_zh: Optional[list[str]] = Field(default=None, description="""Other Chinese names the review uses.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    hidden_labels: Optional[list[str]] = Field(default=None, description="""Misspellings found in the review (the figure legend's \"IL-Iβ\"), kept for text matching.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:hiddenLabel'} })
    description: Optional[str] = Field(default=None, description="""A short English description by the curator.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:definition'} })
    exact_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of the same thing in other authorities.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:exactMatch'} })
    close_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a closely related but not identical thing (a drug and the protein it copies).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:closeMatch'} })
    related_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a related thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:relatedMatch'} })
    broad_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a broader thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:broadMatch'} })
    narrow_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a narrower thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:narrowMatch'} })
    identifier_evidence: Optional[str] = Field(default=None, description="""How the identifier was checked against the authority (file, release, line seen).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    no_authority_reason: Optional[str] = Field(default=None, description="""Why the record has a firesld IRI instead of an authority identifier.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    label_differs_reason: Optional[str] = Field(default=None, description="""Why the review's meaning differs from the authority's label, where it does.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    edge_related_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate related_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:related_to'} })
    edge_subclass_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate subclass_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:subclass_of'} })
    edge_has_phenotype: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_phenotype. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_phenotype'} })
    edge_associated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate associated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:associated_with'} })
    edge_correlated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate correlated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:correlated_with'} })
    edge_gene_associated_with_condition: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_associated_with_condition. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_associated_with_condition'} })
    edge_biomarker_for: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate biomarker_for. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:biomarker_for'} })
    edge_causes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate causes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:causes'} })
    edge_contributes_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate contributes_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:contributes_to'} })
    edge_treats: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate treats. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:treats'} })
    edge_applied_to_treat: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate applied_to_treat. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:applied_to_treat'} })
    edge_expressed_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate expressed_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:expressed_in'} })
    edge_located_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate located_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:located_in'} })
    edge_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:physically_interacts_with'} })
    edge_directly_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate directly_physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:directly_physically_interacts_with'} })
    edge_affects: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate affects. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:affects'} })
    edge_regulates: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate regulates. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:regulates'} })
    edge_has_part: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_part. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_part'} })
    edge_part_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate part_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:part_of'} })
    edge_has_gene_product: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_gene_product. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_gene_product'} })
    edge_gene_product_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_product_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_product_of'} })
    edge_participates_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate participates_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:participates_in'} })
    edge_actively_involved_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate actively_involved_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:actively_involved_in'} })
    edge_enables: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate enables. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:enables'} })
    edge_precedes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate precedes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:precedes'} })
    edge_occurs_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate occurs_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:occurs_in'} })
    edge_model_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate model_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:model_of'} })
    edge_has_input: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_input. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_input'} })
    edge_has_output: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_output. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_output'} })
    edge_disrupts: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate disrupts. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:disrupts'} })
    edge_has_approved_indication: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_approved_indication. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_approved_indication'} })
    edge_has_binding_affinity_comparable_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_binding_affinity_comparable_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_binding_affinity_comparable_to'} })
    edge_competes_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate competes_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:competes_with'} })
    edge_prevents_complex_formation: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate prevents_complex_formation. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:prevents_complex_formation'} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^[A-Za-z][A-Za-z0-9_.]*:[^\s:]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class CellType(NamedThing):
    """
    A cell type, identified by the Cell Ontology.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'exact_mappings': ['biolink:Cell'],
         'from_schema': 'https://w3id.org/firesld/firesld',
         'id_prefixes': ['CL']})

    id: str = Field(default=..., description="""The record's identifier as a CURIE: the authority's id (HGNC:5992, MONDO:0015584 ...) or a firesld IRI where no authority has the thing. Expanded with the schema's prefixes.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing', 'Claim']} })
    label: list[str] = Field(default=..., description="""The authority's own English label (a firesld label where there is no authority). One value: the slot shares rdfs:label with label_zh, so the one-label-per-language rule is the hand-written shape's sh:uniqueLang.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    label_zh: Optional[list[str]] = Field(default=None, description="""The review's Chinese term for the entity (one value; see label).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    synonyms: Optional[list[str]] = Field(default=None, description="""Other names, as the review writes them (IL-1β, IL-1Ra, FIRES).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    synonyms_zh: Optional[list[str]] = Field(default=None, description="""Other Chinese names the review uses.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    hidden_labels: Optional[list[str]] = Field(default=None, description="""Misspellings found in the review (the figure legend's \"IL-Iβ\"), kept for text matching.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:hiddenLabel'} })
    description: Optional[str] = Field(default=None, description="""A short English description by the curator.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:definition'} })
    exact_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of the same thing in other authorities.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:exactMatch'} })
    close_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a closely related but not identical thing (a drug and the protein it copies).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:closeMatch'} })
    related_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a related thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:relatedMatch'} })
    broad_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a broader thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:broadMatch'} })
    narrow_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a narrower thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:narrowMatch'} })
    identifier_evidence: Optional[str] = Field(default=None, description="""How the identifier was checked against the authority (file, release, line seen).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    no_authority_reason: Optional[str] = Field(default=None, description="""Why the record has a firesld IRI instead of an authority identifier.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    label_differs_reason: Optional[str] = Field(default=None, description="""Why the review's meaning differs from the authority's label, where it does.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    edge_related_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate related_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:related_to'} })
    edge_subclass_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate subclass_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:subclass_of'} })
    edge_has_phenotype: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_phenotype. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_phenotype'} })
    edge_associated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate associated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:associated_with'} })
    edge_correlated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate correlated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:correlated_with'} })
    edge_gene_associated_with_condition: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_associated_with_condition. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_associated_with_condition'} })
    edge_biomarker_for: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate biomarker_for. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:biomarker_for'} })
    edge_causes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate causes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:causes'} })
    edge_contributes_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate contributes_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:contributes_to'} })
    edge_treats: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate treats. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:treats'} })
    edge_applied_to_treat: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate applied_to_treat. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:applied_to_treat'} })
    edge_expressed_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate expressed_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:expressed_in'} })
    edge_located_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate located_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:located_in'} })
    edge_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:physically_interacts_with'} })
    edge_directly_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate directly_physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:directly_physically_interacts_with'} })
    edge_affects: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate affects. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:affects'} })
    edge_regulates: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate regulates. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:regulates'} })
    edge_has_part: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_part. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_part'} })
    edge_part_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate part_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:part_of'} })
    edge_has_gene_product: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_gene_product. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_gene_product'} })
    edge_gene_product_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_product_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_product_of'} })
    edge_participates_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate participates_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:participates_in'} })
    edge_actively_involved_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate actively_involved_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:actively_involved_in'} })
    edge_enables: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate enables. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:enables'} })
    edge_precedes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate precedes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:precedes'} })
    edge_occurs_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate occurs_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:occurs_in'} })
    edge_model_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate model_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:model_of'} })
    edge_has_input: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_input. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_input'} })
    edge_has_output: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_output. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_output'} })
    edge_disrupts: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate disrupts. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:disrupts'} })
    edge_has_approved_indication: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_approved_indication. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_approved_indication'} })
    edge_has_binding_affinity_comparable_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_binding_affinity_comparable_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_binding_affinity_comparable_to'} })
    edge_competes_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate competes_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:competes_with'} })
    edge_prevents_complex_formation: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate prevents_complex_formation. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:prevents_complex_formation'} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^[A-Za-z][A-Za-z0-9_.]*:[^\s:]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class AnatomicalEntity(NamedThing):
    """
    An anatomical structure, tissue or body fluid, identified by UBERON.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'exact_mappings': ['biolink:AnatomicalEntity'],
         'from_schema': 'https://w3id.org/firesld/firesld',
         'id_prefixes': ['UBERON']})

    id: str = Field(default=..., description="""The record's identifier as a CURIE: the authority's id (HGNC:5992, MONDO:0015584 ...) or a firesld IRI where no authority has the thing. Expanded with the schema's prefixes.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing', 'Claim']} })
    label: list[str] = Field(default=..., description="""The authority's own English label (a firesld label where there is no authority). One value: the slot shares rdfs:label with label_zh, so the one-label-per-language rule is the hand-written shape's sh:uniqueLang.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    label_zh: Optional[list[str]] = Field(default=None, description="""The review's Chinese term for the entity (one value; see label).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    synonyms: Optional[list[str]] = Field(default=None, description="""Other names, as the review writes them (IL-1β, IL-1Ra, FIRES).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    synonyms_zh: Optional[list[str]] = Field(default=None, description="""Other Chinese names the review uses.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    hidden_labels: Optional[list[str]] = Field(default=None, description="""Misspellings found in the review (the figure legend's \"IL-Iβ\"), kept for text matching.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:hiddenLabel'} })
    description: Optional[str] = Field(default=None, description="""A short English description by the curator.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:definition'} })
    exact_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of the same thing in other authorities.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:exactMatch'} })
    close_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a closely related but not identical thing (a drug and the protein it copies).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:closeMatch'} })
    related_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a related thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:relatedMatch'} })
    broad_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a broader thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:broadMatch'} })
    narrow_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a narrower thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:narrowMatch'} })
    identifier_evidence: Optional[str] = Field(default=None, description="""How the identifier was checked against the authority (file, release, line seen).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    no_authority_reason: Optional[str] = Field(default=None, description="""Why the record has a firesld IRI instead of an authority identifier.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    label_differs_reason: Optional[str] = Field(default=None, description="""Why the review's meaning differs from the authority's label, where it does.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    edge_related_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate related_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:related_to'} })
    edge_subclass_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate subclass_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:subclass_of'} })
    edge_has_phenotype: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_phenotype. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_phenotype'} })
    edge_associated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate associated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:associated_with'} })
    edge_correlated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate correlated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:correlated_with'} })
    edge_gene_associated_with_condition: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_associated_with_condition. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_associated_with_condition'} })
    edge_biomarker_for: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate biomarker_for. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:biomarker_for'} })
    edge_causes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate causes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:causes'} })
    edge_contributes_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate contributes_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:contributes_to'} })
    edge_treats: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate treats. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:treats'} })
    edge_applied_to_treat: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate applied_to_treat. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:applied_to_treat'} })
    edge_expressed_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate expressed_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:expressed_in'} })
    edge_located_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate located_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:located_in'} })
    edge_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:physically_interacts_with'} })
    edge_directly_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate directly_physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:directly_physically_interacts_with'} })
    edge_affects: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate affects. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:affects'} })
    edge_regulates: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate regulates. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:regulates'} })
    edge_has_part: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_part. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_part'} })
    edge_part_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate part_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:part_of'} })
    edge_has_gene_product: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_gene_product. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_gene_product'} })
    edge_gene_product_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_product_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_product_of'} })
    edge_participates_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate participates_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:participates_in'} })
    edge_actively_involved_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate actively_involved_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:actively_involved_in'} })
    edge_enables: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate enables. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:enables'} })
    edge_precedes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate precedes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:precedes'} })
    edge_occurs_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate occurs_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:occurs_in'} })
    edge_model_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate model_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:model_of'} })
    edge_has_input: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_input. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_input'} })
    edge_has_output: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_output. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_output'} })
    edge_disrupts: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate disrupts. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:disrupts'} })
    edge_has_approved_indication: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_approved_indication. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_approved_indication'} })
    edge_has_binding_affinity_comparable_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_binding_affinity_comparable_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_binding_affinity_comparable_to'} })
    edge_competes_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate competes_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:competes_with'} })
    edge_prevents_complex_formation: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate prevents_complex_formation. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:prevents_complex_formation'} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^[A-Za-z][A-Za-z0-9_.]*:[^\s:]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class BiologicalProcess(NamedThing):
    """
    A biological process or pathway, identified by a GO biological-process term (a firesld IRI where GO has no term for the process as the review describes it).
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'go_branch': {'tag': 'go_branch',
                                       'value': 'biological_process'}},
         'exact_mappings': ['biolink:BiologicalProcess'],
         'from_schema': 'https://w3id.org/firesld/firesld',
         'id_prefixes': ['GO', 'firesld.entity']})

    id: str = Field(default=..., description="""The record's identifier as a CURIE: the authority's id (HGNC:5992, MONDO:0015584 ...) or a firesld IRI where no authority has the thing. Expanded with the schema's prefixes.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing', 'Claim']} })
    label: list[str] = Field(default=..., description="""The authority's own English label (a firesld label where there is no authority). One value: the slot shares rdfs:label with label_zh, so the one-label-per-language rule is the hand-written shape's sh:uniqueLang.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    label_zh: Optional[list[str]] = Field(default=None, description="""The review's Chinese term for the entity (one value; see label).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    synonyms: Optional[list[str]] = Field(default=None, description="""Other names, as the review writes them (IL-1β, IL-1Ra, FIRES).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    synonyms_zh: Optional[list[str]] = Field(default=None, description="""Other Chinese names the review uses.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    hidden_labels: Optional[list[str]] = Field(default=None, description="""Misspellings found in the review (the figure legend's \"IL-Iβ\"), kept for text matching.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:hiddenLabel'} })
    description: Optional[str] = Field(default=None, description="""A short English description by the curator.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:definition'} })
    exact_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of the same thing in other authorities.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:exactMatch'} })
    close_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a closely related but not identical thing (a drug and the protein it copies).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:closeMatch'} })
    related_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a related thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:relatedMatch'} })
    broad_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a broader thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:broadMatch'} })
    narrow_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a narrower thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:narrowMatch'} })
    identifier_evidence: Optional[str] = Field(default=None, description="""How the identifier was checked against the authority (file, release, line seen).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    no_authority_reason: Optional[str] = Field(default=None, description="""Why the record has a firesld IRI instead of an authority identifier.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    label_differs_reason: Optional[str] = Field(default=None, description="""Why the review's meaning differs from the authority's label, where it does.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    edge_related_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate related_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:related_to'} })
    edge_subclass_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate subclass_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:subclass_of'} })
    edge_has_phenotype: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_phenotype. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_phenotype'} })
    edge_associated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate associated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:associated_with'} })
    edge_correlated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate correlated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:correlated_with'} })
    edge_gene_associated_with_condition: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_associated_with_condition. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_associated_with_condition'} })
    edge_biomarker_for: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate biomarker_for. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:biomarker_for'} })
    edge_causes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate causes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:causes'} })
    edge_contributes_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate contributes_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:contributes_to'} })
    edge_treats: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate treats. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:treats'} })
    edge_applied_to_treat: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate applied_to_treat. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:applied_to_treat'} })
    edge_expressed_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate expressed_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:expressed_in'} })
    edge_located_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate located_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:located_in'} })
    edge_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:physically_interacts_with'} })
    edge_directly_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate directly_physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:directly_physically_interacts_with'} })
    edge_affects: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate affects. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:affects'} })
    edge_regulates: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate regulates. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:regulates'} })
    edge_has_part: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_part. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_part'} })
    edge_part_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate part_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:part_of'} })
    edge_has_gene_product: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_gene_product. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_gene_product'} })
    edge_gene_product_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_product_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_product_of'} })
    edge_participates_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate participates_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:participates_in'} })
    edge_actively_involved_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate actively_involved_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:actively_involved_in'} })
    edge_enables: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate enables. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:enables'} })
    edge_precedes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate precedes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:precedes'} })
    edge_occurs_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate occurs_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:occurs_in'} })
    edge_model_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate model_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:model_of'} })
    edge_has_input: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_input. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_input'} })
    edge_has_output: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_output. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_output'} })
    edge_disrupts: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate disrupts. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:disrupts'} })
    edge_has_approved_indication: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_approved_indication. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_approved_indication'} })
    edge_has_binding_affinity_comparable_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_binding_affinity_comparable_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_binding_affinity_comparable_to'} })
    edge_competes_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate competes_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:competes_with'} })
    edge_prevents_complex_formation: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate prevents_complex_formation. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:prevents_complex_formation'} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^[A-Za-z][A-Za-z0-9_.]*:[^\s:]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class MolecularFunction(NamedThing):
    """
    A molecular activity, identified by a GO molecular-function term.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'go_branch': {'tag': 'go_branch',
                                       'value': 'molecular_function'}},
         'exact_mappings': ['biolink:MolecularActivity'],
         'from_schema': 'https://w3id.org/firesld/firesld',
         'id_prefixes': ['GO']})

    id: str = Field(default=..., description="""The record's identifier as a CURIE: the authority's id (HGNC:5992, MONDO:0015584 ...) or a firesld IRI where no authority has the thing. Expanded with the schema's prefixes.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing', 'Claim']} })
    label: list[str] = Field(default=..., description="""The authority's own English label (a firesld label where there is no authority). One value: the slot shares rdfs:label with label_zh, so the one-label-per-language rule is the hand-written shape's sh:uniqueLang.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    label_zh: Optional[list[str]] = Field(default=None, description="""The review's Chinese term for the entity (one value; see label).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    synonyms: Optional[list[str]] = Field(default=None, description="""Other names, as the review writes them (IL-1β, IL-1Ra, FIRES).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    synonyms_zh: Optional[list[str]] = Field(default=None, description="""Other Chinese names the review uses.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    hidden_labels: Optional[list[str]] = Field(default=None, description="""Misspellings found in the review (the figure legend's \"IL-Iβ\"), kept for text matching.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:hiddenLabel'} })
    description: Optional[str] = Field(default=None, description="""A short English description by the curator.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:definition'} })
    exact_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of the same thing in other authorities.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:exactMatch'} })
    close_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a closely related but not identical thing (a drug and the protein it copies).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:closeMatch'} })
    related_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a related thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:relatedMatch'} })
    broad_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a broader thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:broadMatch'} })
    narrow_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a narrower thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:narrowMatch'} })
    identifier_evidence: Optional[str] = Field(default=None, description="""How the identifier was checked against the authority (file, release, line seen).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    no_authority_reason: Optional[str] = Field(default=None, description="""Why the record has a firesld IRI instead of an authority identifier.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    label_differs_reason: Optional[str] = Field(default=None, description="""Why the review's meaning differs from the authority's label, where it does.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    edge_related_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate related_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:related_to'} })
    edge_subclass_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate subclass_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:subclass_of'} })
    edge_has_phenotype: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_phenotype. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_phenotype'} })
    edge_associated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate associated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:associated_with'} })
    edge_correlated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate correlated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:correlated_with'} })
    edge_gene_associated_with_condition: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_associated_with_condition. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_associated_with_condition'} })
    edge_biomarker_for: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate biomarker_for. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:biomarker_for'} })
    edge_causes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate causes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:causes'} })
    edge_contributes_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate contributes_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:contributes_to'} })
    edge_treats: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate treats. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:treats'} })
    edge_applied_to_treat: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate applied_to_treat. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:applied_to_treat'} })
    edge_expressed_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate expressed_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:expressed_in'} })
    edge_located_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate located_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:located_in'} })
    edge_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:physically_interacts_with'} })
    edge_directly_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate directly_physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:directly_physically_interacts_with'} })
    edge_affects: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate affects. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:affects'} })
    edge_regulates: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate regulates. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:regulates'} })
    edge_has_part: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_part. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_part'} })
    edge_part_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate part_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:part_of'} })
    edge_has_gene_product: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_gene_product. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_gene_product'} })
    edge_gene_product_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_product_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_product_of'} })
    edge_participates_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate participates_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:participates_in'} })
    edge_actively_involved_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate actively_involved_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:actively_involved_in'} })
    edge_enables: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate enables. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:enables'} })
    edge_precedes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate precedes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:precedes'} })
    edge_occurs_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate occurs_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:occurs_in'} })
    edge_model_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate model_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:model_of'} })
    edge_has_input: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_input. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_input'} })
    edge_has_output: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_output. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_output'} })
    edge_disrupts: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate disrupts. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:disrupts'} })
    edge_has_approved_indication: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_approved_indication. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_approved_indication'} })
    edge_has_binding_affinity_comparable_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_binding_affinity_comparable_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_binding_affinity_comparable_to'} })
    edge_competes_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate competes_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:competes_with'} })
    edge_prevents_complex_formation: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate prevents_complex_formation. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:prevents_complex_formation'} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^[A-Za-z][A-Za-z0-9_.]*:[^\s:]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class SequenceVariant(NamedThing):
    """
    A genetic variant or allele the review names (the IL1RN RN2 tandem-repeat allele, the IL1RN splice variants). No authority id is given by the review, so variants have firesld IRIs.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'exact_mappings': ['biolink:SequenceVariant'],
         'from_schema': 'https://w3id.org/firesld/firesld',
         'id_prefixes': ['firesld.entity']})

    variant_of: list[str] = Field(default=..., description="""The gene the variant lies in; several genes only for a record that stands for the variants of genes the review names together (IL-1β 及 IL1RN 基因的多样性).""", json_schema_extra = { "linkml_meta": {'domain_of': ['SequenceVariant']} })
    variant_count: Optional[int] = Field(default=None, description="""How many distinct variants of this kind the review reports (e.g. 5 splice variants).""", ge=1, json_schema_extra = { "linkml_meta": {'domain_of': ['SequenceVariant']} })
    id: str = Field(default=..., description="""The record's identifier as a CURIE: the authority's id (HGNC:5992, MONDO:0015584 ...) or a firesld IRI where no authority has the thing. Expanded with the schema's prefixes.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing', 'Claim']} })
    label: list[str] = Field(default=..., description="""The authority's own English label (a firesld label where there is no authority). One value: the slot shares rdfs:label with label_zh, so the one-label-per-language rule is the hand-written shape's sh:uniqueLang.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    label_zh: Optional[list[str]] = Field(default=None, description="""The review's Chinese term for the entity (one value; see label).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    synonyms: Optional[list[str]] = Field(default=None, description="""Other names, as the review writes them (IL-1β, IL-1Ra, FIRES).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    synonyms_zh: Optional[list[str]] = Field(default=None, description="""Other Chinese names the review uses.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    hidden_labels: Optional[list[str]] = Field(default=None, description="""Misspellings found in the review (the figure legend's \"IL-Iβ\"), kept for text matching.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:hiddenLabel'} })
    description: Optional[str] = Field(default=None, description="""A short English description by the curator.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:definition'} })
    exact_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of the same thing in other authorities.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:exactMatch'} })
    close_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a closely related but not identical thing (a drug and the protein it copies).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:closeMatch'} })
    related_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a related thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:relatedMatch'} })
    broad_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a broader thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:broadMatch'} })
    narrow_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a narrower thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:narrowMatch'} })
    identifier_evidence: Optional[str] = Field(default=None, description="""How the identifier was checked against the authority (file, release, line seen).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    no_authority_reason: Optional[str] = Field(default=None, description="""Why the record has a firesld IRI instead of an authority identifier.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    label_differs_reason: Optional[str] = Field(default=None, description="""Why the review's meaning differs from the authority's label, where it does.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    edge_related_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate related_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:related_to'} })
    edge_subclass_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate subclass_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:subclass_of'} })
    edge_has_phenotype: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_phenotype. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_phenotype'} })
    edge_associated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate associated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:associated_with'} })
    edge_correlated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate correlated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:correlated_with'} })
    edge_gene_associated_with_condition: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_associated_with_condition. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_associated_with_condition'} })
    edge_biomarker_for: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate biomarker_for. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:biomarker_for'} })
    edge_causes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate causes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:causes'} })
    edge_contributes_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate contributes_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:contributes_to'} })
    edge_treats: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate treats. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:treats'} })
    edge_applied_to_treat: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate applied_to_treat. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:applied_to_treat'} })
    edge_expressed_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate expressed_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:expressed_in'} })
    edge_located_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate located_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:located_in'} })
    edge_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:physically_interacts_with'} })
    edge_directly_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate directly_physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:directly_physically_interacts_with'} })
    edge_affects: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate affects. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:affects'} })
    edge_regulates: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate regulates. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:regulates'} })
    edge_has_part: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_part. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_part'} })
    edge_part_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate part_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:part_of'} })
    edge_has_gene_product: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_gene_product. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_gene_product'} })
    edge_gene_product_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_product_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_product_of'} })
    edge_participates_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate participates_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:participates_in'} })
    edge_actively_involved_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate actively_involved_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:actively_involved_in'} })
    edge_enables: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate enables. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:enables'} })
    edge_precedes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate precedes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:precedes'} })
    edge_occurs_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate occurs_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:occurs_in'} })
    edge_model_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate model_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:model_of'} })
    edge_has_input: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_input. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_input'} })
    edge_has_output: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_output. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_output'} })
    edge_disrupts: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate disrupts. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:disrupts'} })
    edge_has_approved_indication: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_approved_indication. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_approved_indication'} })
    edge_has_binding_affinity_comparable_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_binding_affinity_comparable_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_binding_affinity_comparable_to'} })
    edge_competes_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate competes_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:competes_with'} })
    edge_prevents_complex_formation: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate prevents_complex_formation. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:prevents_complex_formation'} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^[A-Za-z][A-Za-z0-9_.]*:[^\s:]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class OrganismTaxon(NamedThing):
    """
    An organism taxon, identified by NCBITaxon.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'exact_mappings': ['biolink:OrganismTaxon'],
         'from_schema': 'https://w3id.org/firesld/firesld',
         'id_prefixes': ['NCBITaxon']})

    id: str = Field(default=..., description="""The record's identifier as a CURIE: the authority's id (HGNC:5992, MONDO:0015584 ...) or a firesld IRI where no authority has the thing. Expanded with the schema's prefixes.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing', 'Claim']} })
    label: list[str] = Field(default=..., description="""The authority's own English label (a firesld label where there is no authority). One value: the slot shares rdfs:label with label_zh, so the one-label-per-language rule is the hand-written shape's sh:uniqueLang.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    label_zh: Optional[list[str]] = Field(default=None, description="""The review's Chinese term for the entity (one value; see label).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    synonyms: Optional[list[str]] = Field(default=None, description="""Other names, as the review writes them (IL-1β, IL-1Ra, FIRES).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    synonyms_zh: Optional[list[str]] = Field(default=None, description="""Other Chinese names the review uses.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    hidden_labels: Optional[list[str]] = Field(default=None, description="""Misspellings found in the review (the figure legend's \"IL-Iβ\"), kept for text matching.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:hiddenLabel'} })
    description: Optional[str] = Field(default=None, description="""A short English description by the curator.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:definition'} })
    exact_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of the same thing in other authorities.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:exactMatch'} })
    close_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a closely related but not identical thing (a drug and the protein it copies).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:closeMatch'} })
    related_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a related thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:relatedMatch'} })
    broad_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a broader thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:broadMatch'} })
    narrow_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a narrower thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:narrowMatch'} })
    identifier_evidence: Optional[str] = Field(default=None, description="""How the identifier was checked against the authority (file, release, line seen).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    no_authority_reason: Optional[str] = Field(default=None, description="""Why the record has a firesld IRI instead of an authority identifier.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    label_differs_reason: Optional[str] = Field(default=None, description="""Why the review's meaning differs from the authority's label, where it does.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    edge_related_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate related_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:related_to'} })
    edge_subclass_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate subclass_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:subclass_of'} })
    edge_has_phenotype: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_phenotype. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_phenotype'} })
    edge_associated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate associated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:associated_with'} })
    edge_correlated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate correlated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:correlated_with'} })
    edge_gene_associated_with_condition: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_associated_with_condition. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_associated_with_condition'} })
    edge_biomarker_for: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate biomarker_for. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:biomarker_for'} })
    edge_causes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate causes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:causes'} })
    edge_contributes_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate contributes_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:contributes_to'} })
    edge_treats: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate treats. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:treats'} })
    edge_applied_to_treat: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate applied_to_treat. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:applied_to_treat'} })
    edge_expressed_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate expressed_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:expressed_in'} })
    edge_located_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate located_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:located_in'} })
    edge_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:physically_interacts_with'} })
    edge_directly_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate directly_physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:directly_physically_interacts_with'} })
    edge_affects: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate affects. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:affects'} })
    edge_regulates: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate regulates. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:regulates'} })
    edge_has_part: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_part. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_part'} })
    edge_part_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate part_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:part_of'} })
    edge_has_gene_product: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_gene_product. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_gene_product'} })
    edge_gene_product_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_product_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_product_of'} })
    edge_participates_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate participates_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:participates_in'} })
    edge_actively_involved_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate actively_involved_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:actively_involved_in'} })
    edge_enables: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate enables. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:enables'} })
    edge_precedes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate precedes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:precedes'} })
    edge_occurs_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate occurs_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:occurs_in'} })
    edge_model_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate model_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:model_of'} })
    edge_has_input: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_input. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_input'} })
    edge_has_output: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_output. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_output'} })
    edge_disrupts: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate disrupts. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:disrupts'} })
    edge_has_approved_indication: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_approved_indication. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_approved_indication'} })
    edge_has_binding_affinity_comparable_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_binding_affinity_comparable_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_binding_affinity_comparable_to'} })
    edge_competes_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate competes_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:competes_with'} })
    edge_prevents_complex_formation: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate prevents_complex_formation. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:prevents_complex_formation'} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^[A-Za-z][A-Za-z0-9_.]*:[^\s:]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class Treatment(NamedThing):
    """
    A therapeutic procedure that is not a single drug (the ketogenic diet, anticonvulsant or anaesthetic therapy), identified by MAxO or MeSH.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'exact_mappings': ['biolink:Procedure'],
         'from_schema': 'https://w3id.org/firesld/firesld',
         'id_prefixes': ['MAXO', 'MESH', 'firesld.entity']})

    has_component: Optional[list[str]] = Field(default=None, description="""The drugs or procedures a combined treatment is made of, where the review names them together and does not separate their effects (阿那白滞素和生酮饮食: anakinra with the ketogenic diet).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Treatment']} })
    id: str = Field(default=..., description="""The record's identifier as a CURIE: the authority's id (HGNC:5992, MONDO:0015584 ...) or a firesld IRI where no authority has the thing. Expanded with the schema's prefixes.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing', 'Claim']} })
    label: list[str] = Field(default=..., description="""The authority's own English label (a firesld label where there is no authority). One value: the slot shares rdfs:label with label_zh, so the one-label-per-language rule is the hand-written shape's sh:uniqueLang.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    label_zh: Optional[list[str]] = Field(default=None, description="""The review's Chinese term for the entity (one value; see label).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    synonyms: Optional[list[str]] = Field(default=None, description="""Other names, as the review writes them (IL-1β, IL-1Ra, FIRES).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    synonyms_zh: Optional[list[str]] = Field(default=None, description="""Other Chinese names the review uses.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    hidden_labels: Optional[list[str]] = Field(default=None, description="""Misspellings found in the review (the figure legend's \"IL-Iβ\"), kept for text matching.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:hiddenLabel'} })
    description: Optional[str] = Field(default=None, description="""A short English description by the curator.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:definition'} })
    exact_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of the same thing in other authorities.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:exactMatch'} })
    close_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a closely related but not identical thing (a drug and the protein it copies).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:closeMatch'} })
    related_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a related thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:relatedMatch'} })
    broad_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a broader thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:broadMatch'} })
    narrow_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a narrower thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:narrowMatch'} })
    identifier_evidence: Optional[str] = Field(default=None, description="""How the identifier was checked against the authority (file, release, line seen).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    no_authority_reason: Optional[str] = Field(default=None, description="""Why the record has a firesld IRI instead of an authority identifier.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    label_differs_reason: Optional[str] = Field(default=None, description="""Why the review's meaning differs from the authority's label, where it does.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    edge_related_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate related_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:related_to'} })
    edge_subclass_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate subclass_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:subclass_of'} })
    edge_has_phenotype: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_phenotype. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_phenotype'} })
    edge_associated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate associated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:associated_with'} })
    edge_correlated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate correlated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:correlated_with'} })
    edge_gene_associated_with_condition: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_associated_with_condition. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_associated_with_condition'} })
    edge_biomarker_for: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate biomarker_for. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:biomarker_for'} })
    edge_causes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate causes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:causes'} })
    edge_contributes_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate contributes_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:contributes_to'} })
    edge_treats: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate treats. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:treats'} })
    edge_applied_to_treat: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate applied_to_treat. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:applied_to_treat'} })
    edge_expressed_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate expressed_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:expressed_in'} })
    edge_located_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate located_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:located_in'} })
    edge_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:physically_interacts_with'} })
    edge_directly_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate directly_physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:directly_physically_interacts_with'} })
    edge_affects: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate affects. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:affects'} })
    edge_regulates: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate regulates. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:regulates'} })
    edge_has_part: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_part. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_part'} })
    edge_part_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate part_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:part_of'} })
    edge_has_gene_product: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_gene_product. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_gene_product'} })
    edge_gene_product_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_product_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_product_of'} })
    edge_participates_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate participates_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:participates_in'} })
    edge_actively_involved_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate actively_involved_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:actively_involved_in'} })
    edge_enables: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate enables. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:enables'} })
    edge_precedes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate precedes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:precedes'} })
    edge_occurs_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate occurs_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:occurs_in'} })
    edge_model_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate model_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:model_of'} })
    edge_has_input: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_input. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_input'} })
    edge_has_output: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_output. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_output'} })
    edge_disrupts: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate disrupts. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:disrupts'} })
    edge_has_approved_indication: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_approved_indication. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_approved_indication'} })
    edge_has_binding_affinity_comparable_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_binding_affinity_comparable_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_binding_affinity_comparable_to'} })
    edge_competes_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate competes_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:competes_with'} })
    edge_prevents_complex_formation: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate prevents_complex_formation. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:prevents_complex_formation'} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^[A-Za-z][A-Za-z0-9_.]*:[^\s:]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class Study(NamedThing):
    """
    A study the review reports (a cohort, a case report, an animal model), with its design, size and the reference that reports it.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'exact_mappings': ['biolink:Study'],
         'from_schema': 'https://w3id.org/firesld/firesld',
         'id_prefixes': ['firesld.study']})

    study_design: StudyDesignEnum = Field(default=..., description="""The kind of study.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Study']} })
    sample_size: Optional[int] = Field(default=None, description="""Number of patients (or subjects) in the study, as the review gives it.""", ge=1, json_schema_extra = { "linkml_meta": {'domain_of': ['Study']} })
    study_population: Optional[str] = Field(default=None, description="""Who was studied, in the curator's English.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['Study']} })
    species: Optional[str] = Field(default=None, description="""The organism studied.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Study']} })
    reported_in: Optional[list[str]] = Field(default=None, description="""The reference(s) that report the study.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Study']} })
    id: str = Field(default=..., description="""The record's identifier as a CURIE: the authority's id (HGNC:5992, MONDO:0015584 ...) or a firesld IRI where no authority has the thing. Expanded with the schema's prefixes.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing', 'Claim']} })
    label: list[str] = Field(default=..., description="""The authority's own English label (a firesld label where there is no authority). One value: the slot shares rdfs:label with label_zh, so the one-label-per-language rule is the hand-written shape's sh:uniqueLang.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    label_zh: Optional[list[str]] = Field(default=None, description="""The review's Chinese term for the entity (one value; see label).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    synonyms: Optional[list[str]] = Field(default=None, description="""Other names, as the review writes them (IL-1β, IL-1Ra, FIRES).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    synonyms_zh: Optional[list[str]] = Field(default=None, description="""Other Chinese names the review uses.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    hidden_labels: Optional[list[str]] = Field(default=None, description="""Misspellings found in the review (the figure legend's \"IL-Iβ\"), kept for text matching.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:hiddenLabel'} })
    description: Optional[str] = Field(default=None, description="""A short English description by the curator.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:definition'} })
    exact_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of the same thing in other authorities.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:exactMatch'} })
    close_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a closely related but not identical thing (a drug and the protein it copies).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:closeMatch'} })
    related_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a related thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:relatedMatch'} })
    broad_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a broader thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:broadMatch'} })
    narrow_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a narrower thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:narrowMatch'} })
    identifier_evidence: Optional[str] = Field(default=None, description="""How the identifier was checked against the authority (file, release, line seen).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    no_authority_reason: Optional[str] = Field(default=None, description="""Why the record has a firesld IRI instead of an authority identifier.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    label_differs_reason: Optional[str] = Field(default=None, description="""Why the review's meaning differs from the authority's label, where it does.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    edge_related_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate related_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:related_to'} })
    edge_subclass_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate subclass_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:subclass_of'} })
    edge_has_phenotype: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_phenotype. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_phenotype'} })
    edge_associated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate associated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:associated_with'} })
    edge_correlated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate correlated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:correlated_with'} })
    edge_gene_associated_with_condition: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_associated_with_condition. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_associated_with_condition'} })
    edge_biomarker_for: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate biomarker_for. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:biomarker_for'} })
    edge_causes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate causes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:causes'} })
    edge_contributes_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate contributes_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:contributes_to'} })
    edge_treats: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate treats. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:treats'} })
    edge_applied_to_treat: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate applied_to_treat. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:applied_to_treat'} })
    edge_expressed_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate expressed_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:expressed_in'} })
    edge_located_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate located_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:located_in'} })
    edge_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:physically_interacts_with'} })
    edge_directly_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate directly_physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:directly_physically_interacts_with'} })
    edge_affects: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate affects. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:affects'} })
    edge_regulates: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate regulates. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:regulates'} })
    edge_has_part: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_part. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_part'} })
    edge_part_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate part_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:part_of'} })
    edge_has_gene_product: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_gene_product. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_gene_product'} })
    edge_gene_product_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_product_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_product_of'} })
    edge_participates_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate participates_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:participates_in'} })
    edge_actively_involved_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate actively_involved_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:actively_involved_in'} })
    edge_enables: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate enables. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:enables'} })
    edge_precedes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate precedes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:precedes'} })
    edge_occurs_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate occurs_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:occurs_in'} })
    edge_model_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate model_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:model_of'} })
    edge_has_input: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_input. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_input'} })
    edge_has_output: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_output. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_output'} })
    edge_disrupts: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate disrupts. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:disrupts'} })
    edge_has_approved_indication: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_approved_indication. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_approved_indication'} })
    edge_has_binding_affinity_comparable_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_binding_affinity_comparable_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_binding_affinity_comparable_to'} })
    edge_competes_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate competes_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:competes_with'} })
    edge_prevents_complex_formation: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate prevents_complex_formation. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:prevents_complex_formation'} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^[A-Za-z][A-Za-z0-9_.]*:[^\s:]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class Publication(NamedThing):
    """
    The review itself, or a reference it cites by number. The review gives no reference list, so a cited reference carries only what the text says of it.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'exact_mappings': ['biolink:Publication'],
         'from_schema': 'https://w3id.org/firesld/firesld',
         'id_prefixes': ['firesld.pub']})

    reference_number: Optional[int] = Field(default=None, description="""The number under which the review cites this reference.""", ge=1, json_schema_extra = { "linkml_meta": {'domain_of': ['Publication']} })
    authors_text: Optional[str] = Field(default=None, description="""Authors as the review names them (\"Clarkson et al.\"), nothing more.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Publication']} })
    journal_column: Optional[str] = Field(default=None, description="""The journal column the review appeared in, as printed (儿科药物临床研究).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Publication']} })
    language: Optional[str] = Field(default=None, description="""The language of the publication (BCP 47).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Publication']} })
    text_sha256: Optional[str] = Field(default=None, description="""The SHA-256 of the review's plain text that the text selectors count in (the review only). Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['Publication']} })
    id: str = Field(default=..., description="""The record's identifier as a CURIE: the authority's id (HGNC:5992, MONDO:0015584 ...) or a firesld IRI where no authority has the thing. Expanded with the schema's prefixes.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing', 'Claim']} })
    label: list[str] = Field(default=..., description="""The authority's own English label (a firesld label where there is no authority). One value: the slot shares rdfs:label with label_zh, so the one-label-per-language rule is the hand-written shape's sh:uniqueLang.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    label_zh: Optional[list[str]] = Field(default=None, description="""The review's Chinese term for the entity (one value; see label).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'rdfs:label'} })
    synonyms: Optional[list[str]] = Field(default=None, description="""Other names, as the review writes them (IL-1β, IL-1Ra, FIRES).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    synonyms_zh: Optional[list[str]] = Field(default=None, description="""Other Chinese names the review uses.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:altLabel'} })
    hidden_labels: Optional[list[str]] = Field(default=None, description="""Misspellings found in the review (the figure legend's \"IL-Iβ\"), kept for text matching.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:hiddenLabel'} })
    description: Optional[str] = Field(default=None, description="""A short English description by the curator.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'skos:definition'} })
    exact_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of the same thing in other authorities.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:exactMatch'} })
    close_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a closely related but not identical thing (a drug and the protein it copies).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:closeMatch'} })
    related_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a related thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:relatedMatch'} })
    broad_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a broader thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:broadMatch'} })
    narrow_matches: Optional[list[str]] = Field(default=None, description="""Identifiers of a narrower thing.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing'], 'slot_uri': 'skos:narrowMatch'} })
    identifier_evidence: Optional[str] = Field(default=None, description="""How the identifier was checked against the authority (file, release, line seen).""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    no_authority_reason: Optional[str] = Field(default=None, description="""Why the record has a firesld IRI instead of an authority identifier.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    label_differs_reason: Optional[str] = Field(default=None, description="""Why the review's meaning differs from the authority's label, where it does.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing']} })
    edge_related_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate related_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:related_to'} })
    edge_subclass_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate subclass_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:subclass_of'} })
    edge_has_phenotype: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_phenotype. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_phenotype'} })
    edge_associated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate associated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:associated_with'} })
    edge_correlated_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate correlated_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:correlated_with'} })
    edge_gene_associated_with_condition: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_associated_with_condition. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_associated_with_condition'} })
    edge_biomarker_for: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate biomarker_for. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:biomarker_for'} })
    edge_causes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate causes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:causes'} })
    edge_contributes_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate contributes_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:contributes_to'} })
    edge_treats: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate treats. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:treats'} })
    edge_applied_to_treat: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate applied_to_treat. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:applied_to_treat'} })
    edge_expressed_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate expressed_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:expressed_in'} })
    edge_located_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate located_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:located_in'} })
    edge_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:physically_interacts_with'} })
    edge_directly_physically_interacts_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate directly_physically_interacts_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:directly_physically_interacts_with'} })
    edge_affects: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate affects. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:affects'} })
    edge_regulates: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate regulates. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:regulates'} })
    edge_has_part: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_part. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_part'} })
    edge_part_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate part_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:part_of'} })
    edge_has_gene_product: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_gene_product. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_gene_product'} })
    edge_gene_product_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate gene_product_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:gene_product_of'} })
    edge_participates_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate participates_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:participates_in'} })
    edge_actively_involved_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate actively_involved_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:actively_involved_in'} })
    edge_enables: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate enables. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:enables'} })
    edge_precedes: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate precedes. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:precedes'} })
    edge_occurs_in: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate occurs_in. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:occurs_in'} })
    edge_model_of: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate model_of. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:model_of'} })
    edge_has_input: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_input. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_input'} })
    edge_has_output: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_output. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:has_output'} })
    edge_disrupts: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate disrupts. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'biolink:disrupts'} })
    edge_has_approved_indication: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_approved_indication. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_approved_indication'} })
    edge_has_binding_affinity_comparable_to: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate has_binding_affinity_comparable_to. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:has_binding_affinity_comparable_to'} })
    edge_competes_with: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate competes_with. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:competes_with'} })
    edge_prevents_complex_formation: Optional[list[str]] = Field(default=None, description="""The direct edge of an asserted claim with predicate prevents_complex_formation. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['NamedThing'],
         'slot_uri': 'firesld:prevents_complex_formation'} })

    @field_validator('text_sha256')
    def pattern_text_sha256(cls, v):
        pattern=re.compile(r"^[0-9a-f]{64}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid text_sha256 format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid text_sha256 format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^[A-Za-z][A-Za-z0-9_.]*:[^\s:]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v


class Claim(ConfiguredBaseModel):
    """
    One statement of the review: subject, predicate and object (or a quantity or value), with its qualifiers, evidence, certainty, verbatim supporting sentence, location and citations. A claim is always a node; an asserted claim also yields a direct subject–predicate–object edge, a hedged one never does.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'disjoint_with': ['NamedThing', 'Quantity'],
         'exact_mappings': ['biolink:Association'],
         'from_schema': 'https://w3id.org/firesld/firesld',
         'id_prefixes': ['firesld.claim']})

    id: str = Field(default=..., description="""The record's identifier as a CURIE: the authority's id (HGNC:5992, MONDO:0015584 ...) or a firesld IRI where no authority has the thing. Expanded with the schema's prefixes.""", json_schema_extra = { "linkml_meta": {'domain_of': ['NamedThing', 'Claim']} })
    subject: str = Field(default=..., description="""What the claim is about.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim'], 'exact_mappings': ['biolink:subject']} })
    predicate: PredicateEnum = Field(default=..., description="""The relation the claim states.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim'], 'exact_mappings': ['biolink:predicate']} })
    object: Optional[str] = Field(default=None, description="""The other end of the relation (absent for a quantity or value claim).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim'], 'exact_mappings': ['biolink:object']} })
    quantity: Optional[Quantity] = Field(default=None, description="""The number the claim states, with its unit.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim']} })
    frequency: Optional[Quantity] = Field(default=None, description="""How often the relation holds among patients (\"drug-resistant epilepsy in > 90%\"), a qualifier of a claim with an object.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim'], 'exact_mappings': ['biolink:frequency_qualifier']} })
    qualitative_frequency: Optional[QualitativeFrequencyEnum] = Field(default=None, description="""How often the relation holds, in the review's words rather than a number (不一定 \"not necessarily\", 通常 \"usually\", 大部分 \"in most\", 仅少数 \"only in a few\"), a qualifier of a claim with an object. \"Not necessarily\" is not a negation: the relation holds in some cases, not in all.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim']} })
    degree: Optional[DegreeEnum] = Field(default=None, description="""How much, how well or in what role the relation holds, in the review's words (主要 \"mainly\", 初始 \"initial\", 大量 \"in large amounts\", 效果较差 \"works poorly\", 较小 \"weakly\", 更为重要 \"more important\", 部分 \"partially\", 没有明确的 \"not clearly\"). \"Works poorly\" and \"not clearly\" are not negations, and, like \"weakly\", they never become a bare edge.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim']} })
    relative_quantity: Optional[Quantity] = Field(default=None, description="""A comparative quantity qualifying a claim with an object: the subject's value as a ratio of the object's (其活性只有 IL-1β 的一半: activity 0.5 of IL-1β's, UCUM unit \"1\"); quantity_text says what is compared.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim']} })
    evidence_limitation: Optional[list[EvidenceLimitationEnum]] = Field(default=None, description="""The limits of the evidence behind the claim that the review itself states (病例数少、规模小, 缺乏完善的验证, 还需要进一步的、多中心的研究).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim']} })
    value_text: Optional[str] = Field(default=None, description="""A value the claim states in words (e.g. a route of administration), in English.""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['Claim']} })
    value_boolean: Optional[bool] = Field(default=None, description="""A yes/no value the claim states (e.g. Table 1's \"FIRES studies\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim']} })
    negated: Optional[bool] = Field(default=None, description="""True when the review states that the relation does NOT hold (a negative finding).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim'], 'exact_mappings': ['biolink:negated']} })
    anatomical_context: Optional[list[str]] = Field(default=None, description="""Where the claim holds (CSF, serum, brain).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim']} })
    cell_type_context: Optional[list[str]] = Field(default=None, description="""The cell types in which the claim holds.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim']} })
    species_context: Optional[str] = Field(default=None, description="""The organism in which the claim was observed.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim'],
         'exact_mappings': ['biolink:species_context_qualifier']} })
    age_group: Optional[AgeGroupEnum] = Field(default=None, description="""The age group the claim is about.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim']} })
    direction: Optional[DirectionEnum] = Field(default=None, description="""The direction of a change the claim reports.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim']} })
    study: Optional[str] = Field(default=None, description="""The study that the claim reports.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim']} })
    evidence_type: EvidenceEnum = Field(default=..., description="""The kind of evidence behind the claim (ECO).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim'], 'exact_mappings': ['biolink:has_evidence']} })
    knowledge_level: KnowledgeLevelEnum = Field(default=..., description="""Biolink knowledge level.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim'], 'exact_mappings': ['biolink:knowledge_level']} })
    agent_type: AgentTypeEnum = Field(default=..., description="""Biolink agent type.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim'], 'exact_mappings': ['biolink:agent_type']} })
    certainty: CertaintyEnum = Field(default=..., description="""Asserted (the review states it plainly) or hedged (可能, may, 推断, 提示).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim']} })
    hedge_cue: Optional[list[str]] = Field(default=None, description="""The word(s) of the review that hedge the claim (可能, 推断 ...).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['Claim']} })
    supporting_text_zh: list[str] = Field(default=..., description="""The review's own Chinese sentence, verbatim (line breaks of the PDF removed). One value: the slot shares firesld:supporting_text with supporting_text_en (see label).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'zh'}},
         'domain_of': ['Claim'],
         'slot_uri': 'firesld:supporting_text'} })
    supporting_text_en: list[str] = Field(default=..., description="""An English rendering of the sentence; translation_source says whose (one value).""", json_schema_extra = { "linkml_meta": {'annotations': {'language': {'tag': 'language', 'value': 'en'}},
         'domain_of': ['Claim'],
         'slot_uri': 'firesld:supporting_text'} })
    translation_source: TranslationSourceEnum = Field(default=..., description="""Whether the English text is the authors' own abstract or a curator's translation.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim']} })
    section: str = Field(default=..., description="""The section of the review (\"abstract\", \"introduction\", \"1.1\", \"2.2.1\", \"3\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim']} })
    figure_panel: Optional[str] = Field(default=None, description="""The panel of Figure 1 that shows the claim (1A, 1B, 1C).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim']} })
    table_row: Optional[str] = Field(default=None, description="""The row of Table 1 the claim comes from (its Chinese row heading).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim']} })
    reference_numbers: Optional[list[Annotated[int, Field(ge=1, le=39)]]] = Field(default=None, description="""The reference numbers the sentence cites, each range expanded.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim']} })
    reference_string: Optional[str] = Field(default=None, description="""The citation as printed, e.g. \"[1-4]\".""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim']} })
    cites: Optional[list[str]] = Field(default=None, description="""The cited references as publication nodes. Set by the build from reference_numbers; not written in the curated YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['Claim'],
         'exact_mappings': ['biolink:publications']} })
    stated_in: Optional[str] = Field(default=None, description="""The publication stating the claim (the review). Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['Claim']} })
    in_tension_with: Optional[list[str]] = Field(default=None, description="""Claims of the review that this claim is in tension with.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim']} })
    curator_note: Optional[str] = Field(default=None, description="""A curator's remark on how the claim was read.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim']} })
    subject_mention: Optional[str] = Field(default=None, description="""Where the Chinese quote names the subject: a verbatim substring of supporting_text_zh that is one of the subject's labels, synonyms or abbreviations (zh or en), unless subject_mention_reason declares it an alias.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim']} })
    object_mention: Optional[str] = Field(default=None, description="""Where the Chinese quote names the object (as subject_mention; only with an object).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim']} })
    subject_mention_reason: Optional[str] = Field(default=None, description="""Why subject_mention names the subject although it is none of its labels, synonyms or abbreviations (an alias: a pronoun such as 其, a class word, a description); or, with no subject_mention, why the quote does not name the subject (a Table 1 cell, whose drug is the column heading; a subject the sentence leaves implicit).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim']} })
    object_mention_reason: Optional[str] = Field(default=None, description="""As subject_mention_reason, for the object.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Claim']} })
    quote_anchor: Optional[TextAnchor] = Field(default=None, description="""Where supporting_text_zh is in the review text. Set by the build; not written in the YAML.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['Claim']} })
    subject_mention_anchor: Optional[TextAnchor] = Field(default=None, description="""Where subject_mention is in the review text. Set by the build.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['Claim']} })
    object_mention_anchor: Optional[TextAnchor] = Field(default=None, description="""Where object_mention is in the review text. Set by the build.""", json_schema_extra = { "linkml_meta": {'annotations': {'derived': {'tag': 'derived', 'value': True}},
         'domain_of': ['Claim']} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^[A-Za-z][A-Za-z0-9_.]*:[^\s:]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('section')
    def pattern_section(cls, v):
        pattern=re.compile(r"^(abstract|introduction|[1-9](\.[1-9]){0,2}|table-1|figure-1)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid section format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid section format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('figure_panel')
    def pattern_figure_panel(cls, v):
        pattern=re.compile(r"^1[ABC]$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid figure_panel format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid figure_panel format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('reference_string')
    def pattern_reference_string(cls, v):
        pattern=re.compile(r"^\[[0-9]+([-,][0-9]+)*\]$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid reference_string format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid reference_string format: {v}"
            raise ValueError(err_msg)
        return v


class TextAnchor(ConfiguredBaseModel):
    """
    A span of the review's text (a W3C Web Annotation specific resource): the review as source, found by a quote selector and a position selector that select the same characters.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'exact_mappings': ['oa:SpecificResource'],
         'from_schema': 'https://w3id.org/firesld/firesld'})

    has_source: str = Field(default=..., description="""The review.""", json_schema_extra = { "linkml_meta": {'domain_of': ['TextAnchor'], 'slot_uri': 'oa:hasSource'} })
    has_selector: list[TextSelector] = Field(default=..., description="""A text quote selector and a text position selector.""", json_schema_extra = { "linkml_meta": {'domain_of': ['TextAnchor'], 'slot_uri': 'oa:hasSelector'} })


class TextSelector(ConfiguredBaseModel):
    """
    A selector of the review's plain text (UTF-8, SHA-256 text_sha256 of the review), counted in Unicode code points from 0, on the text as it is (line breaks and spaces of the PDF extraction included). The curated quotes omit that whitespace; scripts/anchor_review.py maps them.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'abstract': True, 'from_schema': 'https://w3id.org/firesld/firesld'})

    pass


class TextQuoteSelector(TextSelector):
    """
    Selects a span of the review's text by its exact text and the text around it.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'exact_mappings': ['oa:TextQuoteSelector'],
         'from_schema': 'https://w3id.org/firesld/firesld'})

    exact: str = Field(default=..., description="""The selected text, as in the review text.""", json_schema_extra = { "linkml_meta": {'domain_of': ['TextQuoteSelector'], 'slot_uri': 'oa:exact'} })
    prefix: Optional[str] = Field(default=None, description="""Up to 32 characters of the review text before it.""", json_schema_extra = { "linkml_meta": {'domain_of': ['TextQuoteSelector'], 'slot_uri': 'oa:prefix'} })
    suffix: Optional[str] = Field(default=None, description="""Up to 32 characters of the review text after it.""", json_schema_extra = { "linkml_meta": {'domain_of': ['TextQuoteSelector'], 'slot_uri': 'oa:suffix'} })


class TextPositionSelector(TextSelector):
    """
    Selects a span of the review's text by its start and end positions.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'exact_mappings': ['oa:TextPositionSelector'],
         'from_schema': 'https://w3id.org/firesld/firesld'})

    start: int = Field(default=..., description="""The position of the first selected character.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['TextPositionSelector'], 'slot_uri': 'oa:start'} })
    end: int = Field(default=..., description="""The position after the last selected character.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['TextPositionSelector'], 'slot_uri': 'oa:end'} })


class Quantity(ConfiguredBaseModel):
    """
    A number or a range with a UCUM unit: a value, or a minimum and/or maximum each inclusive or exclusive, possibly approximate (\"about 82%\").
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'disjoint_with': ['NamedThing'],
         'from_schema': 'https://w3id.org/firesld/firesld'})

    numeric_value: Optional[Decimal] = Field(default=None, description="""The value, when the review gives one number.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Quantity']} })
    minimum_value: Optional[Decimal] = Field(default=None, description="""The lower bound of a range.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Quantity']} })
    maximum_value: Optional[Decimal] = Field(default=None, description="""The upper bound of a range.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Quantity']} })
    minimum_inclusive: Optional[bool] = Field(default=None, description="""Whether the lower bound is included (false for \"> 90%\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['Quantity']} })
    maximum_inclusive: Optional[bool] = Field(default=None, description="""Whether the upper bound is included.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Quantity']} })
    approximate: Optional[bool] = Field(default=None, description="""True for \"about\" (约).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Quantity']} })
    unit: str = Field(default=..., description="""The unit as a UCUM code (%, h, d, wk, mo, kDa, /d ...).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Quantity']} })
    maximum_unit: Optional[str] = Field(default=None, description="""The UCUM unit of the upper bound when it differs from the lower one (\"24 h to 2 wk\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['Quantity']} })
    quantity_text: Optional[str] = Field(default=None, description="""The quantity as printed in the review (e.g. \"9%~18%\").""", json_schema_extra = { "linkml_meta": {'domain_of': ['Quantity']} })


# Model rebuild
# see https://pydantic-docs.helpmanual.io/usage/models/#rebuilding-a-model
Dataset.model_rebuild()
NamedThing.model_rebuild()
Gene.model_rebuild()
GeneProduct.model_rebuild()
MacromolecularComplex.model_rebuild()
ChemicalEntity.model_rebuild()
Drug.model_rebuild()
Disease.model_rebuild()
PhenotypicFeature.model_rebuild()
CellType.model_rebuild()
AnatomicalEntity.model_rebuild()
BiologicalProcess.model_rebuild()
MolecularFunction.model_rebuild()
SequenceVariant.model_rebuild()
OrganismTaxon.model_rebuild()
Treatment.model_rebuild()
Study.model_rebuild()
Publication.model_rebuild()
Claim.model_rebuild()
TextAnchor.model_rebuild()
TextSelector.model_rebuild()
TextQuoteSelector.model_rebuild()
TextPositionSelector.model_rebuild()
Quantity.model_rebuild()
