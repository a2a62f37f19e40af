-- Hội đồng Thi đua – Khen thưởng: a body of named people (Keycloak accounts) under an organizing unit.
create table council (
    id                  uuid          primary key,
    organizing_unit_id  uuid          not null,
    name                varchar(300)  not null,
    established_by      varchar(200),
    term_from           date          not null,
    term_to             date,
    version             bigint        not null,
    created_by          varchar(100)  not null,
    created_at          timestamptz   not null,
    check (term_to is null or term_to >= term_from)
);
create index council_unit on council (organizing_unit_id);

create table council_member (
    id          uuid          primary key,
    council_id  uuid          not null references council on delete cascade,
    position    integer       not null,
    username    varchar(100)  not null,
    full_name   varchar(200)  not null,
    title       varchar(300),
    role        varchar(20)   not null,
    from_date   date          not null,
    to_date     date,
    unique (council_id, username),
    check (to_date is null or to_date >= from_date)
);
