-- The replicas module's own tables, in every service that depends on it (award-service,
-- campaign-service). A repeatable migration: Flyway runs it after the service's versioned ones
-- whenever this file changes, so every statement must be idempotent. To change a table, add an
-- "alter table ... add column if not exists" below; never edit what a database already has.

-- Units as bloc-service's directory reports them (thidua.units.v1), fed only by its events.
create table if not exists unit_replica (
    id          uuid         primary key,
    name        varchar(300) not null,
    short_name  varchar(100),
    kind        varchar(30)  not null,
    parent_id   uuid,
    active      boolean      not null,
    version     bigint       not null,
    updated_at  timestamptz  not null,
    received_at timestamptz  not null
);
create index if not exists unit_replica_parent on unit_replica (parent_id);

-- Blocs and their membership periods (thidua.blocs.v1): a bloc's proposals, ballots and campaigns
-- are judged against who was a member on the day.
create table if not exists bloc_replica (
    id                  uuid         primary key,
    organizing_unit_id  uuid         not null,
    code                varchar(40)  not null,
    name                varchar(300) not null,
    version             bigint       not null,
    received_at         timestamptz  not null
);

create table if not exists bloc_membership_replica (
    membership_id  uuid         primary key,
    bloc_id        uuid         not null,
    unit_id        uuid         not null,
    joined_on      date         not null,
    left_on        date,
    received_at    timestamptz  not null
);
create index if not exists bloc_membership_replica_bloc on bloc_membership_replica (bloc_id);

-- A bloc's head and deputy per year (term-set events): who leads the bloc's votes. Until the day
-- the term was decided, the outgoing head still runs the bloc's year-end business (handover).
create table if not exists bloc_term_replica (
    id              uuid         primary key,
    bloc_id         uuid         not null,
    year            integer      not null,
    head_unit_id    uuid         not null,
    deputy_unit_id  uuid         not null,
    version         bigint       not null,
    received_at     timestamptz  not null,
    unique (bloc_id, year)
);
alter table bloc_term_replica add column if not exists decided_on date;
