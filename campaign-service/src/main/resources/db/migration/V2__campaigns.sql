-- Phong trào, đợt thi đua: drafted under an organizing unit, launched to the units in scope.
create table campaign (
    id                     uuid           primary key,
    organizing_unit_id     uuid           not null,
    title                  varchar(500)   not null,
    kind                   varchar(20)    not null,
    theme                  varchar(1000),
    doc_number             varchar(100)   not null,
    doc_type               varchar(20)    not null,
    doc_date               date           not null,
    doc_issuer             varchar(300)   not null,
    starts_on              date           not null,
    ends_on                date           not null,
    registration_deadline  date           not null,
    scope_kind             varchar(20)    not null,
    status                 varchar(20)    not null,
    revision               integer        not null default 0,
    launched_at            timestamptz,
    closed_at              timestamptz,
    version                bigint         not null default 0,
    created_at             timestamptz    not null,
    updated_at             timestamptz    not null,
    constraint campaign_period check (ends_on >= starts_on)
);
create index campaign_organizer on campaign (organizing_unit_id);

-- Nội dung trọng tâm ("Một là … Năm là"), in order.
create table campaign_content (
    campaign_id  uuid     not null references campaign (id) on delete cascade,
    number       integer  not null,
    text         text     not null,
    primary key (campaign_id, number)
);

-- Chỉ tiêu: what units report against.
create table campaign_target (
    campaign_id      uuid            not null references campaign (id) on delete cascade,
    number           integer         not null,
    name             varchar(500)    not null,
    unit_of_measure  varchar(100)    not null,
    target_value     numeric(14, 2),
    per_unit         boolean         not null,
    primary key (campaign_id, number)
);

-- What each unit must pledge (e.g. "ít nhất 1 mô hình hoặc 1 phần việc thiết thực").
create table campaign_pledge_rule (
    campaign_id  uuid     not null references campaign (id) on delete cascade,
    position     integer  not null,
    text         varchar(1000) not null,
    primary key (campaign_id, position)
);

-- Khen thưởng dự kiến at the final review.
create table campaign_planned_award (
    campaign_id  uuid          not null references campaign (id) on delete cascade,
    position     integer       not null,
    award_type   varchar(300)  not null,
    quantity     integer       not null check (quantity > 0),
    primary key (campaign_id, position)
);

-- The scope as chosen (a subtree root, units or blocs) ...
create table campaign_scope_choice (
    campaign_id  uuid  not null references campaign (id) on delete cascade,
    ref_id       uuid  not null,
    primary key (campaign_id, ref_id)
);

-- ... and the units it meant when the campaign was launched.
create table campaign_scope_unit (
    campaign_id  uuid  not null references campaign (id) on delete cascade,
    unit_id      uuid  not null,
    primary key (campaign_id, unit_id)
);
create index campaign_scope_unit_unit on campaign_scope_unit (unit_id);

-- Every change after launch is a new revision, visible to the units.
create table campaign_revision (
    campaign_id  uuid           not null references campaign (id) on delete cascade,
    revision     integer        not null,
    changed_at   timestamptz    not null,
    changed_by   varchar(200)   not null,
    reason       varchar(1000)  not null,
    snapshot     text           not null,
    primary key (campaign_id, revision)
);

-- Bloc membership replica (from thidua.blocs.v1), to scope a campaign to the members of blocs.
create table bloc_membership_replica (
    membership_id  uuid         primary key,
    bloc_id        uuid         not null,
    unit_id        uuid         not null,
    joined_on      date         not null,
    left_on        date,
    received_at    timestamptz  not null
);
create index bloc_membership_replica_bloc on bloc_membership_replica (bloc_id);
