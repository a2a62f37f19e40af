-- Kỳ báo cáo the campaign defines (e.g. quarterly); a report can be corrected until its period closes.
create table campaign_period (
    campaign_id  uuid          not null references campaign (id) on delete cascade,
    number       integer       not null,
    name         varchar(200)  not null,
    starts_on    date          not null,
    ends_on      date          not null,
    closes_on    date          not null,
    primary key (campaign_id, number),
    constraint campaign_period_dates check (ends_on >= starts_on and closes_on >= ends_on)
);

-- A unit's progress report for one period: achieved values per target, narrative, evidence.
create table progress_report (
    id             uuid           primary key,
    campaign_id    uuid           not null references campaign (id),
    unit_id        uuid           not null,
    period_number  integer        not null,
    narrative      text,
    reported_by    varchar(200)   not null,
    version        bigint         not null default 0,
    created_at     timestamptz    not null,
    updated_at     timestamptz    not null,
    constraint progress_report_once unique (campaign_id, unit_id, period_number)
);

create table progress_value (
    report_id      uuid            not null references progress_report (id) on delete cascade,
    target_number  integer         not null,
    value          numeric(14, 2)  not null check (value >= 0),
    primary key (report_id, target_number)
);

create table report_evidence (
    id            uuid           primary key,
    report_id     uuid           not null references progress_report (id) on delete cascade,
    filename      varchar(255)   not null,
    content_type  varchar(150)   not null,
    size          bigint         not null,
    sha256        char(64)       not null,
    content       bytea          not null,
    uploaded_by   varchar(200)   not null,
    uploaded_at   timestamptz    not null
);
create index report_evidence_report on report_evidence (report_id);
