-- The change feed (GET /ips/events, /ips/changes) on PostgreSQL, where several instances and other clients write.
-- Every row written to ip_address is logged here, in the same transaction, under the feed's revision: the next number
-- of ip_address_change_head. That one row's lock is held until the writing transaction commits, so revisions are given
-- out in commit order, without gaps (a rolled-back write gives its number back): an instance that has delivered
-- revision r has seen everything before r, and a client can resume from any revision on any instance.
-- (ip_address_revision, V2, only says *whether* anything changed, for /get_ips pages; its sum numbers no change.)
-- Each change is announced with NOTIFY ip_address_change, payload the revision; NOTIFY is sent at commit, and each
-- listening instance reads the new rows from this table. The latest 10000 changes are kept; older ones are pruned by
-- the writer that passes them. TRUNCATE logs nothing (the server never truncates).
CREATE TABLE ip_address_change_head (
    singleton BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    revision  BIGINT NOT NULL
);

INSERT INTO ip_address_change_head (revision) VALUES (0);

CREATE TABLE ip_address_change (
    revision       BIGINT PRIMARY KEY,
    kind           VARCHAR(7)               NOT NULL,
    id             BIGINT                   NOT NULL,
    address_bytes  BYTEA                    NOT NULL,
    label          VARCHAR(200)             NOT NULL,
    entry_revision BIGINT                   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE FUNCTION ip_address_logged() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed ip_address;
    logged  BIGINT;
BEGIN
    IF TG_OP = 'DELETE' THEN
        changed := OLD;
    ELSE
        changed := NEW;
    END IF;
    UPDATE ip_address_change_head SET revision = revision + 1 RETURNING revision INTO logged;
    INSERT INTO ip_address_change (revision, kind, id, address_bytes, label, entry_revision, created_at, updated_at)
    VALUES (logged,
            CASE TG_OP WHEN 'INSERT' THEN 'created' WHEN 'UPDATE' THEN 'updated' ELSE 'deleted' END,
            changed.id, changed.address_bytes, changed.label, changed.revision, changed.created_at, changed.updated_at);
    DELETE FROM ip_address_change WHERE revision <= logged - 10000;
    PERFORM pg_notify('ip_address_change', logged::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER ip_address_logged
    AFTER INSERT OR UPDATE OR DELETE ON ip_address
    FOR EACH ROW EXECUTE FUNCTION ip_address_logged();
