-- Local read replica of bloc-service's unit directory, fed only by its events.
create table unit_replica (
    id          uuid         primary key,
    name        varchar(300) not null,
    short_name  varchar(100),
    kind        varchar(30)  not null,
    parent_id   uuid,
    active      boolean      not null,
    version     bigint       not null,
    updated_at  timestamptz  not null,
    received_at timestamptz  not null
);
create index unit_replica_parent on unit_replica (parent_id);
