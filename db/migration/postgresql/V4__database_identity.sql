-- 督办看板 schema, version 4, for a PostgreSQL server: every database knows who it is.
-- The same as db/migration/sqlite/V4__database_identity.sql, said PostgreSQL's way (see V1 here).
-- The id is 32 hex digits from md5 over random values, the server's clock and its process id
-- (gen_random_uuid() would do, but not every PostgreSQL-compatible server has it).

CREATE TABLE database_identity (
    id          VARCHAR(32)  PRIMARY KEY NOT NULL
                CHECK (length(id) = 32 AND ltrim(id, '0123456789abcdef') = ''),
    created_at  VARCHAR(29)  NOT NULL
);

INSERT INTO database_identity (id, created_at)
VALUES (md5(random()::text || random()::text || clock_timestamp()::text || pg_backend_pid()::text),
        to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));

CREATE FUNCTION database_identity_one_row() RETURNS TRIGGER
    LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT count(*) FROM database_identity) > 0 THEN
        RAISE EXCEPTION 'database_identity holds one row' USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END;
$$;

CREATE FUNCTION database_identity_fixed() RETURNS TRIGGER
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'database_identity is fixed' USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER database_identity_one_row BEFORE INSERT ON database_identity
    FOR EACH ROW EXECUTE FUNCTION database_identity_one_row();
CREATE TRIGGER database_identity_fixed_update BEFORE UPDATE ON database_identity
    FOR EACH ROW EXECUTE FUNCTION database_identity_fixed();
CREATE TRIGGER database_identity_fixed_delete BEFORE DELETE ON database_identity
    FOR EACH ROW EXECUTE FUNCTION database_identity_fixed();
CREATE TRIGGER database_identity_fixed_truncate BEFORE TRUNCATE ON database_identity
    FOR EACH STATEMENT EXECUTE FUNCTION database_identity_fixed();
