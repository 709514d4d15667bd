-- H2 measures VARCHAR in UTF-16 units, PostgreSQL in characters: the API's limit is 200 characters (code points),
-- which can take up to 400 units (an emoji is two). The application checks the 200; the column only has to fit it.
ALTER TABLE ip_address ALTER COLUMN label SET DATA TYPE VARCHAR(400);
