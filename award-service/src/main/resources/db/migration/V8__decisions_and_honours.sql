-- Quyết định khen thưởng and the honours registry (sổ vàng) it fills; honours from earlier paper
-- decisions are recorded into the registry too, so later prerequisites can be checked against them.
create table decision (
    id                  uuid           primary key,
    organizing_unit_id  uuid           not null,
    number              varchar(60)    not null unique,
    issued_on           date           not null,
    authority           varchar(300)   not null,
    issuing_body        varchar(300)   not null,
    signer_name         varchar(200)   not null,
    signer_position     varchar(200)   not null,
    signing_for         varchar(100),
    title               varchar(500)   not null,
    status              varchar(20)    not null,
    base_salary         numeric(14,0),
    cash_total          numeric(16,0),
    created_by          varchar(200)   not null,
    created_at          timestamptz    not null,
    issued_by           varchar(200),
    issued_at           timestamptz,
    version             bigint         not null
);

create table decision_nomination (
    decision_id    uuid  not null references decision (id) on delete cascade,
    position       int   not null,
    nomination_id  uuid  not null unique references nomination (id),
    primary key (decision_id, position)
);

create table honour (
    id                        uuid           primary key,
    source                    varchar(20)    not null,
    decision_id               uuid           references decision (id),
    decision_number           varchar(60)    not null,
    decided_on                date           not null,
    authority                 varchar(300)   not null,
    award_type                varchar(60)    not null references award_type (code),
    award_type_name           varchar(200)   not null,
    level                     varchar(20)    not null,
    recipient_kind            varchar(20)    not null,
    unit_id                   uuid           not null,
    unit_name                 varchar(300)   not null,
    person_id                 uuid           references person (id),
    recipient_name            varchar(300)   not null,
    recipient_position        varchar(200),
    year                      int            not null,
    citation                  text,
    origin_kind               varchar(20)    not null,
    origin_id                 uuid,
    nomination_id             uuid           references nomination (id),
    cash_amount               numeric(14,0)  not null default 0,
    recorded_by               varchar(200)   not null,
    recorded_at               timestamptz    not null,
    revoked                   boolean        not null default false,
    revoking_decision_number  varchar(60),
    revoked_reason            varchar(2000),
    revoked_on                date,
    revoked_by                varchar(200),
    version                   bigint         not null
);
create index honour_unit on honour (unit_id, year);
create index honour_person on honour (person_id, year);
create index honour_type_year on honour (award_type, year);
create index honour_decision on honour (decision_number);
