-- Shared technical tables of every service (platform library): outbox, inbox, audit trail.

create table outbox_event (
    id           bigint generated always as identity primary key,
    event_id     uuid         not null unique,
    topic        varchar(200) not null,
    message_key  varchar(200) not null,
    event_type   varchar(200) not null,
    payload      text         not null,
    created_at   timestamptz  not null default now(),
    sent_at      timestamptz,
    attempts     integer      not null default 0,
    last_error   text
);
-- the relay reads unsent events in insertion order
create index outbox_event_unsent on outbox_event (id) where sent_at is null;

create table inbox_event (
    event_id     varchar(200) not null,
    consumer     varchar(200) not null,
    event_type   varchar(200) not null,
    received_at  timestamptz  not null default now(),
    primary key (event_id, consumer)
);

create table audit_log (
    seq          bigint generated always as identity primary key,
    at           timestamptz  not null,
    actor_sub    varchar(200) not null,
    actor_name   varchar(300),
    actor_unit   uuid,
    action       varchar(100) not null,
    entity_type  varchar(100) not null,
    entity_id    varchar(200) not null,
    before_state text,
    after_state  text,
    request_id   varchar(100),
    prev_hash    char(64)     not null,
    hash         char(64)     not null unique
);
create index audit_log_entity on audit_log (entity_type, entity_id);
