-- On H2 the change counter of ip_address is kept in the server's process (dev.restsh.server.storage.EmbeddedRevision):
-- H2 locks the database file to one process, so every write is made by this server, which raises the counter itself,
-- and /get_ips need not ask the database whether anything changed. The trigger and table of V2 are not needed here.
DROP TRIGGER ip_address_changed;
DROP TABLE ip_address_revision;
