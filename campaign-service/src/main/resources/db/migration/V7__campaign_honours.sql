-- Honours granted on a campaign review's proposals, as award-service reports them (read-only here).
create table campaign_honour (
    honour_id          uuid           primary key,
    campaign_id        uuid           not null references campaign (id),
    award_type_name    varchar(300)   not null,
    recipient_kind     varchar(20)    not null,
    recipient_name     varchar(300)   not null,
    recipient_unit_id  uuid,
    decision_number    varchar(100)   not null,
    decided_on         date           not null,
    revoked            boolean        not null default false,
    revoked_reason     varchar(1000),
    received_at        timestamptz    not null
);
create index campaign_honour_campaign on campaign_honour (campaign_id);
