-- Giao ước thi đua: one per bloc and year, numbered clauses, signed by every member's leader.
create table covenant (
    id           uuid          primary key,
    bloc_id      uuid          not null references bloc (id),
    year         integer       not null,
    title        varchar(500)  not null,
    theme        varchar(500),
    status       varchar(20)   not null,
    revision     integer       not null default 1,
    text_sha256  char(64),
    opened_at    timestamptz,
    in_force_at  timestamptz,
    closed_at    timestamptz,
    version      bigint        not null default 0,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    constraint covenant_per_year unique (bloc_id, year)
);

create table covenant_clause (
    covenant_id  uuid           not null references covenant (id) on delete cascade,
    number       integer        not null,
    content      text           not null,
    criteria     text,
    max_points   numeric(7, 2),
    primary key (covenant_id, number),
    constraint covenant_clause_points check (max_points is null or max_points > 0)
);

-- One signature per unit and revision of the text: the unique key settles two leaders signing at once.
create table covenant_signature (
    id               uuid          primary key,
    covenant_id      uuid          not null references covenant (id),
    revision         integer       not null,
    unit_id          uuid          not null references unit (id),
    signer_subject   varchar(200)  not null,
    signer_name      varchar(300)  not null,
    signer_position  varchar(300),
    signed_at        timestamptz   not null,
    text_sha256      char(64)      not null,
    constraint covenant_signature_once unique (covenant_id, revision, unit_id)
);
