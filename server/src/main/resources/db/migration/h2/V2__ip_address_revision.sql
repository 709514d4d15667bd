-- Every committed change to ip_address raises the sum of these counters, so an instance can keep /get_ips pages and
-- check them against the database on each request with one tiny query (dev.restsh.server.ip.TutorialPages).
-- Sixteen slots, chosen by the writing session, so that concurrent writers do not all queue on one row's lock.
-- H2 triggers are Java classes: dev.restsh.server.storage.H2RevisionTrigger, row-level (H2 refuses the nested update in
-- auto-commit mode from a statement-level trigger). H2 fires no trigger on TRUNCATE; the server never truncates, and an
-- H2 file belongs to this one process.
CREATE TABLE ip_address_revision (
    slot     SMALLINT PRIMARY KEY,
    revision BIGINT NOT NULL DEFAULT 0
);

INSERT INTO ip_address_revision (slot)
VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15);

CREATE TRIGGER ip_address_changed
    AFTER INSERT, UPDATE, DELETE ON ip_address
    FOR EACH ROW CALL 'dev.restsh.server.storage.H2RevisionTrigger';
