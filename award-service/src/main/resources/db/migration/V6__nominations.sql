-- Đề nghị khen thưởng with its dossier, eligibility as last checked, appraisal and council vote.
create table nomination (
    id                   uuid          primary key,
    year                 int           not null,
    occasion             varchar(300),
    proposer_kind        varchar(20)   not null,
    proposer_unit_id     uuid          not null,
    origin_kind          varchar(20)   not null,
    origin_id            uuid,
    origin_title         varchar(300),
    origin_rank          int,
    nominee_kind         varchar(20)   not null,
    nominee_unit_id      uuid          not null,
    person_id            uuid          references person (id),
    nominee_name         varchar(300)  not null,
    nominee_position     varchar(200),
    award_type           varchar(60)   references award_type (code),
    requested_award      varchar(300),
    achievement          text          not null,
    status               varchar(20)   not null,
    on_hold              boolean       not null default false,
    submitted_on         date,
    submitted_by         varchar(200),
    rule_set_ids         jsonb,
    eligibility          jsonb,
    override_reason      varchar(1000),
    override_by          varchar(200),
    appraisal_note       varchar(1000),
    appraised_by         varchar(200),
    appraised_at         timestamptz,
    vote                 jsonb,
    notice_id            uuid,
    decision_id          uuid,
    closing_reason       varchar(1000),
    created_by           varchar(200)  not null,
    created_at           timestamptz   not null,
    version              bigint        not null,
    check ((nominee_kind = 'INDIVIDUAL') = (person_id is not null))
);
create index nomination_status on nomination (status);
create index nomination_nominee on nomination (nominee_unit_id, year);
create index nomination_person on nomination (person_id, year);
-- one draft per proposal received from a bloc or a campaign (redeliveries change nothing)
create unique index nomination_origin_once on nomination (origin_kind, origin_id, nominee_unit_id, coalesce(person_id::text, nominee_name), year)
    where origin_kind in ('BLOC', 'CAMPAIGN');

create table nomination_document (
    id             uuid          primary key,
    nomination_id  uuid          not null references nomination (id) on delete cascade,
    kind           varchar(30)   not null,
    filename       varchar(300)  not null,
    content_type   varchar(100)  not null,
    size           bigint        not null,
    sha256         varchar(64)   not null,
    content        bytea         not null,
    uploaded_by    varchar(200)  not null,
    uploaded_at    timestamptz   not null
);
create index nomination_document_nomination on nomination_document (nomination_id);
