"""The summary tables' rows counted afresh from the records: SQL frozen with migration m005.

m005 fills the tables with these queries; ``db.store.summaries`` compares the tables with
them (``check``), rebuilds the tables with them (``--reindex``) and counts a bulk import's
new records with them. Never edit: a later migration that changes the tables brings its own.
"""

from __future__ import annotations

RECOUNT = {
    "summary_facets": """
SELECT 'kind', deleted_at IS NOT NULL, kind, count(*) FROM agreements WHERE id > :above
GROUP BY 2, 3
UNION ALL
SELECT 'status', deleted_at IS NOT NULL, status, count(*) FROM agreements WHERE id > :above
GROUP BY 2, 3
UNION ALL
SELECT 'year', deleted_at IS NOT NULL, substr(signed_on, 1, 4), count(*) FROM agreements
WHERE signed_on IS NOT NULL AND id > :above GROUP BY 2, 3
UNION ALL
SELECT 'partner', a.deleted_at IS NOT NULL, p.party_key, count(*)
FROM parties p JOIN agreements a ON a.id = p.agreement_id WHERE a.id > :above GROUP BY 2, 3
UNION ALL
SELECT 'subject', a.deleted_at IS NOT NULL, x.subject_id, count(*)
FROM agreement_subjects x JOIN agreements a ON a.id = x.agreement_id WHERE a.id > :above
GROUP BY 2, 3""",
    "summary_partners": """
SELECT h.party_key, p.party_key, a.kind, count(*), min(a.signed_on), max(a.signed_on)
FROM parties h JOIN parties p ON p.agreement_id = h.agreement_id AND p.party_key <> h.party_key
JOIN agreements a ON a.id = h.agreement_id
WHERE a.deleted_at IS NULL AND a.id > :above GROUP BY 1, 2, 3""",
    "summary_partner_subjects": """
SELECT h.party_key, p.party_key, x.subject_id, count(*), max(a.signed_on)
FROM parties h JOIN parties p ON p.agreement_id = h.agreement_id AND p.party_key <> h.party_key
JOIN agreement_subjects x ON x.agreement_id = h.agreement_id
JOIN agreements a ON a.id = h.agreement_id
WHERE a.deleted_at IS NULL AND a.id > :above GROUP BY 1, 2, 3""",
    "summary_cube": """
WITH live AS (
    SELECT id, kind, status, coalesce(substr(signed_on, 1, 4), '') AS year FROM agreements
    WHERE deleted_at IS NULL AND id > :above
), context AS (
    SELECT id AS agreement_id, '' AS party FROM live
    UNION ALL
    SELECT p.agreement_id, p.party_key FROM parties p JOIN live ON live.id = p.agreement_id
)
SELECT c.party, 'record', '', l.kind, l.status, l.year, count(*) FROM context c
JOIN live l ON l.id = c.agreement_id GROUP BY 1, 4, 5, 6
UNION ALL
SELECT c.party, 'partner', p.party_key, l.kind, l.status, l.year, count(*) FROM context c
JOIN parties p ON p.agreement_id = c.agreement_id JOIN live l ON l.id = c.agreement_id
GROUP BY 1, 3, 4, 5, 6
UNION ALL
SELECT c.party, 'subject', x.subject_id, l.kind, l.status, l.year, count(*) FROM context c
JOIN agreement_subjects x ON x.agreement_id = c.agreement_id JOIN live l ON l.id = c.agreement_id
GROUP BY 1, 3, 4, 5, 6""",
}
"""Each summary table's rows counted from the records with ids above ``:above`` (0: all),
frozen with m005, which fills the tables with them; db.store.summaries checks, rebuilds
and counts a bulk import's new records with them."""
