-- Khối / cụm thi đua: a bloc (by sector) or cluster (by locality) under an organizing unit.
create table bloc (
    id                   uuid          primary key,
    organizing_unit_id   uuid          not null references unit (id),
    code                 varchar(50)   not null,
    name                 varchar(300)  not null,
    kind                 varchar(20)   not null,
    description          text,
    founding_doc_number  varchar(100),
    founding_doc_date    date,
    founding_doc_issuer  varchar(300),
    founding_doc_title   varchar(500),
    cross_scoring        boolean       not null default false,
    version              bigint        not null default 0,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null
);
create unique index bloc_code_per_organizer on bloc (organizing_unit_id, lower(code));
create index bloc_organizer on bloc (organizing_unit_id);

-- Thành viên khối: one row per period of membership; ending a period keeps it (history).
create table bloc_membership (
    id            uuid          primary key,
    bloc_id       uuid          not null references bloc (id),
    unit_id       uuid          not null references unit (id),
    joined_on     date          not null,
    left_on       date,
    join_reason   varchar(500)  not null,
    leave_reason  varchar(500),
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    constraint bloc_membership_period check (left_on is null or left_on >= joined_on)
);
create index bloc_membership_bloc on bloc_membership (bloc_id, joined_on);
create index bloc_membership_unit on bloc_membership (unit_id);
-- at most one open period per unit and bloc (overlaps of closed periods are checked by the service)
create unique index bloc_membership_open on bloc_membership (bloc_id, unit_id) where left_on is null;

-- Nhiệm kỳ Trưởng khối / Phó khối for one year.
create table bloc_term (
    id                 uuid          primary key,
    bloc_id            uuid          not null references bloc (id),
    year               integer       not null,
    head_unit_id       uuid          not null references unit (id),
    deputy_unit_id     uuid          not null references unit (id),
    method             varchar(20)   not null,
    decided_on         date          not null,
    meeting_id         uuid,
    voting_session_id  uuid,
    voters             integer,
    head_votes         integer,
    deputy_votes       integer,
    note               varchar(1000),
    set_by             varchar(200)  not null,
    version            bigint        not null default 0,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    constraint bloc_term_year unique (bloc_id, year),
    constraint bloc_term_distinct check (head_unit_id <> deputy_unit_id)
);
