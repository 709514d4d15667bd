-- Every committed change to ip_address raises the sum of these counters, so an instance can keep /get_ips pages and
-- check them against the database on each request with one tiny query (dev.restsh.server.ip.TutorialPages).
-- Sixteen slots, chosen by the writing backend, so that concurrent writers do not all queue on one row's lock.
CREATE TABLE ip_address_revision (
    slot     SMALLINT PRIMARY KEY,
    revision BIGINT NOT NULL DEFAULT 0
);

INSERT INTO ip_address_revision (slot) SELECT generate_series(0, 15);

CREATE FUNCTION ip_address_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE ip_address_revision SET revision = revision + 1 WHERE slot = pg_backend_pid() % 16;
    RETURN NULL;
END
$$;

CREATE TRIGGER ip_address_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ip_address
    FOR EACH STATEMENT EXECUTE FUNCTION ip_address_changed();
