-- 督办看板 (Duban Board): the one-time set-up of a PostgreSQL server for shared mode
-- (README, 几台电脑共用一个数据库). The office's IT runs it once, as the PostgreSQL superuser:
--
--     psql -U postgres -f db/postgresql/setup.sql
--     psql -U postgres -v owner_password='…' -f db/postgresql/setup.sql      (no prompt)
--     psql -h dbserver -U postgres -v db=duban2027 -f db/postgresql/setup.sql (another database)
--
-- It creates (names are psql variables, defaults in brackets):
--   * the database :db [duban], UTF8, collation C (text sorts by code point, as SQLite's does);
--   * the owner :owner_role [duban_owner], a LOGIN that is NOT a superuser. It owns the database and,
--     after the board's first start logged in as it, every table: the board's Flyway migrations run
--     as the owner (at the first start and after every upgrade of the board);
--   * the group :staff_role [duban_staff], NOLOGIN: 督查室 staff, who register, chase and close items;
--   * the group :leader_role [duban_leader], NOLOGIN: leaders and the meeting-room PC, read-only
--     (the board opens in 只读模式, and the server refuses their writes anyway).
-- People log in with roles of their own, members of one group (see the end of this file).
--
-- What each group may do, table by table, once the owner has migrated the schema:
--   staff   SELECT, INSERT, UPDATE on the board's tables, USAGE on their identity sequences;
--           DELETE only on item_assist_unit (editing an item replaces its 协办单位; nothing else is
--           ever deleted); INSERT but no UPDATE on the append-only history (item_event,
--           setting_change); SELECT only on flyway_schema_history (the board checks the schema
--           version), database_identity and staff (the owner fills in the display names).
--   leader  SELECT on every table, nothing else.
--   PUBLIC  nothing: it may not even connect, nor create anything in schema public.
-- The broad grants come from ALTER DEFAULT PRIVILEGES below, so the tables the migrations create
-- later get them by themselves; the narrower rules above are applied by the migrations' own
-- afterMigrate step (db/migration/postgresql/afterMigrate.sql), which runs as the owner after
-- every migration and narrows whatever roles hold the broad grants, whatever their names.
-- The append-only triggers (item_event, setting_change, database_identity) bind everybody, the
-- owner too. The owner could still drop them, as the owner of any table can: keep its password
-- with IT, log in as a person for daily work, and `--verify` catches a history edited behind the
-- triggers' back (the hash chain).
--
-- Safe to run again (after an upgrade of PostgreSQL or of the board, or to add a group's
-- privileges back): every CREATE checks first, every GRANT, REVOKE and ALTER may be repeated.
-- It never drops anything and never changes a password it is not given, except to ask for the
-- owner's when the owner has none yet.

\set ON_ERROR_STOP on

\if :{?db}
\else
\set db duban
\endif
\if :{?owner_role}
\else
\set owner_role duban_owner
\endif
\if :{?staff_role}
\else
\set staff_role duban_staff
\endif
\if :{?leader_role}
\else
\set leader_role duban_leader
\endif

-- 1. Roles (they belong to the whole server, not to one database).

SELECT format('CREATE ROLE %I LOGIN', :'owner_role')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'owner_role') \gexec
SELECT format('CREATE ROLE %I NOLOGIN', :'staff_role')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'staff_role') \gexec
SELECT format('CREATE ROLE %I NOLOGIN', :'leader_role')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'leader_role') \gexec

-- Also for roles that existed before: the owner logs in but holds no power beyond its database.
ALTER ROLE :"owner_role" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
ALTER ROLE :"staff_role" NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
ALTER ROLE :"leader_role" NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;

-- The owner's password: given with -v owner_password=…, or asked for (twice, not shown, sent to the
-- server already hashed) when the owner has none yet.
SELECT NOT EXISTS (SELECT FROM pg_authid WHERE rolname = :'owner_role' AND rolpassword IS NOT NULL)
       AS owner_needs_password \gset
\if :{?owner_password}
ALTER ROLE :"owner_role" PASSWORD :'owner_password';
\elif :owner_needs_password
\echo 'Password for' :owner_role '(the board''s first start logs in with it):'
\password :owner_role
\endif

-- 2. The database.

SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L LC_COLLATE %L LC_CTYPE %L TEMPLATE template0',
              :'db', :'owner_role', 'UTF8', 'C', 'C')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec
ALTER DATABASE :"db" OWNER TO :"owner_role";
-- By default every role may connect to every database and create temporary tables in it.
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"db" TO :"staff_role", :"leader_role";

-- 3. Inside the database: schema public and the grants of the tables to come (both are per database).

\connect :"db"

-- Before PostgreSQL 15 every role may create tables in public; since 15 the database owner owns it.
ALTER SCHEMA public OWNER TO :"owner_role";
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"staff_role", :"leader_role";

ALTER DEFAULT PRIVILEGES FOR ROLE :"owner_role" IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE ON TABLES TO :"staff_role";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner_role" IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO :"staff_role";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner_role" IN SCHEMA public
    GRANT SELECT ON TABLES TO :"leader_role";

\echo 'Done. Next: start the board once as' :owner_role 'to create the tables (README, 几台电脑共用一个数据库),'
\echo 'then create one login per person as below.'

-- 4. One login per person, a member of one group. For example, as the superuser:
--
--     CREATE ROLE zhang LOGIN PASSWORD '…' IN ROLE duban_staff;          -- 张: 督查室
--     CREATE ROLE li    LOGIN PASSWORD '…' IN ROLE duban_staff;          -- 李: 督查室
--     CREATE ROLE wang  LOGIN PASSWORD '…' IN ROLE duban_leader;         -- 王: 分管领导
--     CREATE ROLE meeting_room LOGIN PASSWORD '…' IN ROLE duban_leader;  -- the meeting-room PC
--
-- or, to keep the password out of the server's log and psql's history:
--
--     CREATE ROLE zhang LOGIN IN ROLE duban_staff;
--     \password zhang
--
-- The login's name is what the history records as 操作人 (with the display name the owner enters
-- in table staff). Someone who leaves: ALTER ROLE zhang NOLOGIN; rather than DROP ROLE, so that the
-- history's names stay the names of roles.
