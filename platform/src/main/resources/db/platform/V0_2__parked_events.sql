-- Events this service's consumers could not apply (a rule refused them, a reference is unknown, or retries ran out):
-- kept whole with the reason until an officer has them applied again after a fix, or set aside. Never only logged.
create table parked_event (
    id               uuid          primary key,
    channel          varchar(100)  not null,
    topic            varchar(200)  not null,
    message_key      varchar(200),
    event_id         varchar(200)  not null,
    event_type       varchar(200),
    event_source     varchar(200),
    subject          varchar(200),
    payload          text          not null,
    reason           text          not null,
    reason_field     varchar(300),
    attempts         integer       not null default 1,
    parked_at        timestamptz   not null,
    last_attempt_at  timestamptz   not null,
    resolution       varchar(20),
    resolved_by      varchar(200),
    resolved_at      timestamptz,
    note             varchar(2000),
    constraint parked_event_once unique (channel, event_id)
);
create index parked_event_open on parked_event (channel) where resolution is null;

-- This service's own events that another service's consumer parked (reported on thidua.deliveries.v1): shown to
-- the officer whose act the event reported, until that service reports it applied or set aside.
create table delivery_problem (
    parked_id        uuid          primary key,
    service          varchar(100)  not null,
    channel          varchar(100)  not null,
    event_id         varchar(200)  not null,
    event_type       varchar(200),
    subject          varchar(200),
    reason           text          not null,
    reason_field     varchar(300),
    attempts         integer       not null,
    parked_at        timestamptz   not null,
    resolution       varchar(20),
    resolved_at      timestamptz
);
create index delivery_problem_subject on delivery_problem (subject) where resolution is null;
